import { type EntityManager } from '@mikro-orm/core';
import { DomainError, MAX_PAGE_SIZE, Permission, cursorInvalid, decodeCursor, throwAll, userError, type Access, type CursorKey, type UserError } from '@portal/kernel';
import { Company } from '../entities/Company.js';
import { CompanyState, LegalForm } from '../enums.js';
import { escapeLike, foldForSearch } from '../rules/search-fold.js';

/** The filters of the customer search ("Recherchez votre client à l'aide des filtres"). */
export interface CustomerFilter {
  /** Identifiant (44284) or référence (OIP-00044284). */
  identifier?: string | null;
  /** Raison sociale contains this, whatever the accents and case. */
  legalName?: string | null;
  /** Date de création from / to, inclusive, Paris dates (YYYY-MM-DD). */
  createdFrom?: string | null;
  createdTo?: string | null;
  legalForms?: LegalForm[] | null;
  states?: CompanyState[] | null;
}

export enum CustomerSortField {
  IDENTIFIER = 'IDENTIFIER',
  LEGAL_NAME = 'LEGAL_NAME',
  CREATED_AT = 'CREATED_AT',
  LEGAL_FORM = 'LEGAL_FORM',
  STATE = 'STATE',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface CustomerOrder {
  field: CustomerSortField;
  direction: SortDirection;
}

const SORT_COLUMN: Record<CustomerSortField, string> = {
  IDENTIFIER: 'c.id',
  LEGAL_NAME: 'c.legal_name',
  CREATED_AT: 'c.created_at',
  LEGAL_FORM: 'c.legal_form',
  STATE: 'c.state',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

interface Sql {
  text: string;
  params: unknown[];
}

/** Checks the filter and turns it into SQL conditions on `company c`; field paths start with `filter`. */
export function customerConditions(filter: CustomerFilter): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  // Every refused filter at once (throwAll), so the search form shows them all after one submit.
  const refused: UserError[] = [];
  if (filter.identifier?.trim()) {
    const m = /^(?:OIP-)?0*([0-9]{1,9})$/i.exec(filter.identifier.trim());
    if (!m) refused.push(userError('IDENTIFIER_INVALID', "L'identifiant est un numéro (44284) ou une référence (OIP-00044284).", ['filter', 'identifier']));
    else {
      parts.push('c.id = ?');
      params.push(Number(m[1]));
    }
  }
  if (filter.legalName?.trim()) {
    const q = filter.legalName.trim();
    if (q.length > 200) refused.push(userError('TOO_LONG', 'La raison sociale cherchée fait au plus 200 caractères.', ['filter', 'legalName']));
    parts.push("c.legal_name_folded like ? escape '\\'");
    params.push(`%${escapeLike(foldForSearch(q))}%`);
  }
  if (filter.createdFrom) {
    if (!isDate(filter.createdFrom)) refused.push(userError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['filter', 'createdFrom']));
    parts.push("c.created_at >= cast(? as date)::timestamp at time zone 'Europe/Paris'");
    params.push(filter.createdFrom);
  }
  if (filter.createdTo) {
    if (!isDate(filter.createdTo)) refused.push(userError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['filter', 'createdTo']));
    else if (filter.createdFrom && isDate(filter.createdFrom) && filter.createdTo < filter.createdFrom) {
      refused.push(userError('DATE_RANGE_INVALID', 'La date de fin précède la date de début.', ['filter', 'createdTo']));
    }
    parts.push("c.created_at < (cast(? as date) + 1)::timestamp at time zone 'Europe/Paris'");
    params.push(filter.createdTo);
  }
  throwAll(refused);
  if (filter.legalForms?.length) {
    parts.push(`c.legal_form in (${filter.legalForms.map(() => '?').join(', ')})`);
    params.push(...filter.legalForms);
  }
  if (filter.states?.length) {
    parts.push(`c.state in (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  return { text: parts.join(' and '), params };
}

/** Companies strictly below the caller's grants: their customers (and, for an operator, resellers). */
export function customersInReachSql(access: Access): string {
  const roots = access.reachRoots(Permission.COMPANY_READ);
  if (roots.length === 0) return 'false';
  return `c.id in (select t.descendant_id from company_tree t where t.ancestor_id in (${roots.join(', ')}) and t.depth > 0)`;
}

export interface CustomerPage {
  /** Up to `first + 1` rows: the extra one only tells that a next page exists. */
  rows: Company[];
  totalCount: number | null;
  cursorOf(company: Company): (string | number)[];
}

/**
 * One page of the customer search, in reach only, sorted on any column then on the id (a stable
 * order for keyset pagination). `withTotal` adds the count of the whole filtered list.
 */
export async function searchCustomers(
  em: EntityManager,
  access: Access,
  input: { filter: CustomerFilter; order: CustomerOrder; first: number; after: string | null; withTotal: boolean },
): Promise<CustomerPage> {
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE_SIZE) {
    throw new DomainError('FIRST_OUT_OF_RANGE', `first va de 1 à ${MAX_PAGE_SIZE}.`, ['first']);
  }
  const conditions = customerConditions(input.filter);
  const where = [customersInReachSql(access), conditions.text].filter(Boolean).join(' and ');
  const column = SORT_COLUMN[input.order.field];
  const dir = input.order.direction === SortDirection.DESC ? 'desc' : 'asc';
  const cursorOf = (c: Company): (string | number)[] =>
    input.order.field === CustomerSortField.IDENTIFIER ? [c.id]
      : [input.order.field === CustomerSortField.CREATED_AT ? c.createdAt.toISOString() : String(sortValue(c, input.order.field)), c.id];

  let keyset = '';
  const keysetParams: unknown[] = [];
  if (input.after) {
    const keys: CursorKey[] = input.order.field === CustomerSortField.IDENTIFIER ? ['id']
      : input.order.field === CustomerSortField.CREATED_AT ? ['timestamp', 'id'] : ['text', 'id'];
    const values = decodeCursor(input.after, keys);
    if (!values) throw cursorInvalid();
    const op = dir === 'desc' ? '<' : '>';
    if (keys.length === 1) {
      keyset = ` and c.id ${op} ?`;
    } else {
      const cast = input.order.field === CustomerSortField.CREATED_AT ? 'cast(? as timestamptz)' : '?';
      keyset = ` and (${column}, c.id) ${op} (${cast}, ?)`;
    }
    keysetParams.push(...values);
  }

  const conn = em.getConnection();
  // Without filters the count is that of the closure rows below the caller: no need to visit companies.
  const roots = access.reachRoots(Permission.COMPANY_READ);
  const countSql = conditions.text || roots.length === 0
    ? `select count(*)::int as n from company c where ${where}`
    : `select count(distinct t.descendant_id)::int as n from company_tree t where t.ancestor_id in (${roots.join(', ')}) and t.depth > 0`;
  const rowsSql = `select c.* from company c where ${where}${keyset} order by ${column} ${dir}, c.id ${dir} limit ${input.first + 1}`;
  const [rawRows, total] = await Promise.all([
    conn.execute(rowsSql, [...conditions.params, ...keysetParams]),
    input.withTotal ? conn.execute(countSql, conditions.params) : Promise.resolve(null),
  ]);
  const rows = (rawRows as Record<string, unknown>[]).map((r) => em.map(Company, r));
  return {
    rows,
    totalCount: total ? Number((total as { n: number }[])[0]!.n) : null,
    cursorOf,
  };
}

function sortValue(c: Company, field: CustomerSortField): string | number {
  switch (field) {
    case CustomerSortField.LEGAL_NAME: return c.legalName;
    case CustomerSortField.LEGAL_FORM: return c.legalForm;
    case CustomerSortField.STATE: return c.state;
    default: return c.id;
  }
}

/**
 * The path from the top of the caller's reach down to each company's parent, for the customer
 * list of an operator ("Revendeur > Client"): one query for a whole page.
 */
export async function managementPaths(em: EntityManager, access: Access, companyIds: readonly number[]): Promise<Map<number, Company[]>> {
  const paths = new Map<number, Company[]>(companyIds.map((id) => [id, []]));
  const roots = access.reachRoots(Permission.COMPANY_READ);
  if (companyIds.length === 0 || roots.length === 0) return paths;
  const rows = (await em.getConnection().execute(
    `select t.descendant_id as for_id, a.* from company_tree t join company a on a.id = t.ancestor_id
     where t.descendant_id in (${companyIds.map(() => '?').join(', ')}) and t.depth > 0
       and t.ancestor_id in (select r.descendant_id from company_tree r where r.ancestor_id in (${roots.join(', ')}))
     order by t.descendant_id, t.depth desc`,
    [...companyIds],
  )) as (Record<string, unknown> & { for_id: number })[];
  for (const row of rows) {
    const { for_id: forId, ...company } = row;
    paths.get(Number(forId))?.push(em.map(Company, company));
  }
  return paths;
}
