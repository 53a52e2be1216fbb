import { ReferenceKind, type EntityManager } from '@mikro-orm/core';
import { Company, SortDirection } from '@portal/company';
import { DomainError, MAX_PAGE_SIZE, Permission, cursorInvalid, decodeCursor, throwAll, todayInParis, userError, type Access, type UserError } from '@portal/kernel';
import { CreditNote } from '../entities/CreditNote.js';
import { Invoice } from '../entities/Invoice.js';
import { CreditNoteState, LifecycleStatus } from '../enums.js';
import { InvoiceDisplayState, invoiceDisplayStateSql } from '../rules/invoice-state.js';

/** Whose documents a list shows. */
export enum DocumentScope {
  /** One company: the caller's own, or the `companyId` given (in reach). */
  COMPANY = 'COMPANY',
  /** Every company the caller may read the invoices of (its own and every one below it). */
  ALL_IN_REACH = 'ALL_IN_REACH',
}

/** Columns of the invoice list. */
export enum InvoiceSortField {
  NUMBER = 'NUMBER',
  ISSUED_ON = 'ISSUED_ON',
  DUE_ON = 'DUE_ON',
  PERIOD = 'PERIOD',
  TOTAL = 'TOTAL',
  STATE = 'STATE',
  COMPANY = 'COMPANY',
}

/** Columns of the credit note list. */
export enum CreditNoteSortField {
  NUMBER = 'NUMBER',
  ISSUED_ON = 'ISSUED_ON',
  REFUND_DUE_ON = 'REFUND_DUE_ON',
  INVOICE = 'INVOICE',
  TOTAL = 'TOTAL',
  STATE = 'STATE',
  COMPANY = 'COMPANY',
}

/** Filters shared by the invoice and credit note lists (GraphQL and CSV), all combined with "and". */
export interface DocumentFilter {
  /** Issued on or after / on or before (YYYY-MM-DD, inclusive). */
  issuedFrom?: string | null;
  issuedTo?: string | null;
  /** Any of these states (InvoiceDisplayState for invoices, CreditNoteState for credit notes). */
  states?: readonly string[] | null;
  /** Amount incl. VAT (TTC) at least / at most, in cents. */
  amountMin?: number | null;
  amountMax?: number | null;
  /** Billing accounts (company ids). Companies out of reach match nothing, like unknown ones. */
  companyIds?: readonly number[] | null;
  /** Any of these lifecycle statuses on the e-invoicing platform; NOT_SENT: never deposited yet. */
  lifecycleStatuses?: readonly string[] | null;
}

export type DocumentKindName = 'invoice' | 'creditNote';

export interface DocumentListInput<F extends string> {
  scope: DocumentScope;
  /** For the COMPANY scope: the company (default: the caller's). */
  companyId: number | null;
  filter: DocumentFilter;
  order: { field: F; direction: SortDirection };
  first: number;
  after: string | null;
  /** Counts and sums the whole filtered list (one more statement). */
  withTotals: boolean;
}

export interface DocumentTotalsRow {
  count: number;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
}

export interface DocumentPage<T> {
  /** Up to `first + 1` rows: the extra one only tells that a next page exists. */
  rows: { entity: T; cursor: (string | number)[] }[];
  totals: DocumentTotalsRow | null;
}

type SortType = 'text' | 'date' | 'int';
interface Sort {
  expr: string;
  type: SortType;
}

/** What differs between the two lists. */
interface KindSpec<F extends string> {
  table: string;
  entity: typeof Invoice | typeof CreditNote;
  states: readonly string[];
  stateSql(today: string): string;
  sort(field: F, today: string): Sort;
  /** Extra joins of the rows statement (the corrected invoice of a credit note). */
  joins: string;
}

const INVOICE_SPEC: KindSpec<InvoiceSortField> = {
  table: 'invoice',
  entity: Invoice,
  states: Object.values(InvoiceDisplayState),
  stateSql: (today) => invoiceDisplayStateSql('d', today),
  sort(field, today) {
    switch (field) {
      case InvoiceSortField.NUMBER: return { expr: 'd.number', type: 'text' };
      case InvoiceSortField.ISSUED_ON: return { expr: 'd.issued_on', type: 'date' };
      case InvoiceSortField.DUE_ON: return { expr: 'd.due_on', type: 'date' };
      case InvoiceSortField.PERIOD: return { expr: 'd.period_start', type: 'date' };
      case InvoiceSortField.TOTAL: return { expr: 'd.total_incl_vat_cents', type: 'int' };
      case InvoiceSortField.STATE: return { expr: invoiceDisplayStateSql('d', today), type: 'text' };
      case InvoiceSortField.COMPANY: return { expr: 'c.legal_name', type: 'text' };
    }
  },
  joins: '',
};

const CREDIT_NOTE_SPEC: KindSpec<CreditNoteSortField> = {
  table: 'credit_note',
  entity: CreditNote,
  states: Object.values(CreditNoteState),
  stateSql: () => 'd.state',
  sort(field) {
    switch (field) {
      case CreditNoteSortField.NUMBER: return { expr: 'd.number', type: 'text' };
      case CreditNoteSortField.ISSUED_ON: return { expr: 'd.issued_on', type: 'date' };
      case CreditNoteSortField.REFUND_DUE_ON: return { expr: 'd.refund_due_on', type: 'date' };
      case CreditNoteSortField.INVOICE: return { expr: 'inv.number', type: 'text' };
      case CreditNoteSortField.TOTAL: return { expr: 'd.total_incl_vat_cents', type: 'int' };
      case CreditNoteSortField.STATE: return { expr: 'd.state', type: 'text' };
      case CreditNoteSortField.COMPANY: return { expr: 'c.legal_name', type: 'text' };
    }
  },
  joins: ' join invoice inv on inv.id = d.invoice_id',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const MAX_CENTS = 2_147_483_647;

interface Sql {
  text: string;
  params: unknown[];
}

/** Checks a filter and turns it into SQL conditions on the document `d`; field paths start with `filter`. */
/** The lifecycle filter's value for a document not deposited yet. */
export const NOT_SENT = 'NOT_SENT';

export function documentFilterConditions(kind: DocumentKindName, filter: DocumentFilter, today: string): Sql {
  const spec: KindSpec<string> = kind === 'invoice' ? (INVOICE_SPEC as KindSpec<string>) : (CREDIT_NOTE_SPEC as KindSpec<string>);
  const parts: string[] = [];
  const params: unknown[] = [];
  // Every refused filter at once (throwAll), so the invoices' and credit notes' filter form shows them all after one submit.
  const refused: UserError[] = [];
  for (const key of ['issuedFrom', 'issuedTo'] as const) {
    const value = filter[key];
    if (value != null && (typeof value !== 'string' || !isIsoDate(value))) {
      refused.push(userError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['filter', key]));
    }
  }
  if (filter.issuedFrom && filter.issuedTo && isIsoDate(filter.issuedFrom) && isIsoDate(filter.issuedTo) && filter.issuedTo < filter.issuedFrom) {
    refused.push(userError('DATE_RANGE_INVALID', 'La date de fin précède la date de début.', ['filter', 'issuedTo']));
  }
  if (filter.issuedFrom) {
    parts.push('d.issued_on >= cast(? as date)');
    params.push(filter.issuedFrom);
  }
  if (filter.issuedTo) {
    parts.push('d.issued_on <= cast(? as date)');
    params.push(filter.issuedTo);
  }
  for (const key of ['amountMin', 'amountMax'] as const) {
    const value = filter[key];
    if (value != null && (!Number.isSafeInteger(value) || value < 0 || value > MAX_CENTS)) {
      refused.push(userError('AMOUNT_INVALID', 'Un montant est un nombre entier de centimes, positif ou nul.', ['filter', key]));
    }
  }
  if (filter.amountMin != null && filter.amountMax != null && Number.isSafeInteger(filter.amountMin) && Number.isSafeInteger(filter.amountMax) && filter.amountMin > filter.amountMax) {
    refused.push(userError('AMOUNT_RANGE_INVALID', 'Le montant minimum dépasse le montant maximum.', ['filter', 'amountMin']));
  }
  if (filter.amountMin != null) {
    parts.push('d.total_incl_vat_cents >= ?');
    params.push(filter.amountMin);
  }
  if (filter.amountMax != null) {
    parts.push('d.total_incl_vat_cents <= ?');
    params.push(filter.amountMax);
  }
  if (filter.states?.length) {
    const bad = filter.states.findIndex((s) => !spec.states.includes(s));
    if (bad >= 0) refused.push(userError('VALUE_INVALID', `État inconnu : ${filter.states[bad]}.`, ['filter', 'states', String(bad)]));
    parts.push(`${spec.stateSql(today)} in (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.lifecycleStatuses?.length) {
    const known = [...Object.values(LifecycleStatus), NOT_SENT];
    const bad = filter.lifecycleStatuses.findIndex((s) => !known.includes(s));
    if (bad >= 0) refused.push(userError('VALUE_INVALID', `Statut inconnu : ${filter.lifecycleStatuses[bad]}.`, ['filter', 'lifecycleStatuses', String(bad)]));
    const column = kind === 'invoice' ? 'invoice_id' : 'credit_note_id';
    parts.push(`coalesce((select p.lifecycle_status from platform_deposit p where p.${column} = d.id), '${NOT_SENT}') in (${filter.lifecycleStatuses.map(() => '?').join(', ')})`);
    params.push(...filter.lifecycleStatuses);
  }
  if (filter.companyIds) {
    if (filter.companyIds.length > MAX_PAGE_SIZE) {
      refused.push(userError('TOO_MANY_VALUES', `Au plus ${MAX_PAGE_SIZE} comptes de facturation.`, ['filter', 'companyIds']));
    }
    const bad = filter.companyIds.findIndex((id) => !Number.isSafeInteger(id) || id <= 0);
    if (bad >= 0) refused.push(userError('ID_INVALID', 'Identifiant de société invalide.', ['filter', 'companyIds', String(bad)]));
    if (filter.companyIds.length === 0) parts.push('false');
    else parts.push(`d.billed_company_id in (${filter.companyIds.map(() => '?').join(', ')})`);
    params.push(...filter.companyIds);
  }
  throwAll(refused);
  return { text: parts.join(' and '), params };
}

function specOf(kind: DocumentKindName): KindSpec<string> {
  return kind === 'invoice' ? (INVOICE_SPEC as KindSpec<string>) : (CREDIT_NOTE_SPEC as KindSpec<string>);
}

/** The columns of an entity's table, for selecting them under a prefix next to another table's. */
function columnsOf(em: EntityManager, entity: typeof Company | typeof Invoice): string[] {
  const meta = em.getMetadata().get(entity as typeof Company);
  const kinds = new Set<string>([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE]);
  return [...new Set(meta.props.filter((p) => kinds.has(p.kind) && p.persist !== false).flatMap((p) => p.fieldNames ?? []))];
}

/**
 * Everything about a list request that can be checked without the database, as SQL: the scope,
 * the filter, the order and the keyset. Throws DomainErrors (with field paths) for bad input, so
 * that exports can refuse before sending their first byte.
 */
export function documentListSql<F extends string>(
  kind: DocumentKindName,
  access: Access,
  viewerCompanyId: number,
  input: DocumentListInput<F>,
  now: Date,
): { where: Sql; keyset: Sql; orderBy: string; sort: Sort; companyId: number | null } {
  const spec = specOf(kind);
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE_SIZE) {
    throw new DomainError('FIRST_OUT_OF_RANGE', `first va de 1 à ${MAX_PAGE_SIZE}.`, ['first']);
  }
  if (input.scope === DocumentScope.ALL_IN_REACH && input.companyId !== null) {
    throw new DomainError('SCOPE_CONFLICT', 'Une société et le périmètre ALL_IN_REACH ne vont pas ensemble : filtrez par compte de facturation.', ['companyId']);
  }
  const today = todayInParis(now);
  const conditions = documentFilterConditions(kind, input.filter, today);
  const companyId = input.scope === DocumentScope.COMPANY ? (input.companyId ?? viewerCompanyId) : null;
  const scopeSql = companyId !== null ? 'd.billed_company_id = ?' : `d.billed_company_id in (${access.reachSql(Permission.BILLING_READ)})`;
  const where: Sql = {
    text: [scopeSql, conditions.text].filter(Boolean).join(' and '),
    params: companyId !== null ? [companyId, ...conditions.params] : conditions.params,
  };

  const sort = spec.sort(input.order.field, today);
  if (!sort) throw new DomainError('VALUE_INVALID', `Tri inconnu : ${input.order.field}.`, ['orderBy', 'field']);
  const dir = input.order.direction === SortDirection.DESC ? 'desc' : 'asc';
  const keyset: Sql = { text: '', params: [] };
  if (input.after) {
    const values = decodeCursor(input.after, [sort.type, 'id']);
    if (!values) throw cursorInvalid();
    const cast = sort.type === 'date' ? 'cast(? as date)' : sort.type === 'int' ? 'cast(? as integer)' : 'cast(? as text)';
    keyset.text = ` and (${sort.expr}, d.id) ${dir === 'desc' ? '<' : '>'} (${cast}, ?)`;
    keyset.params.push(values[0], values[1]);
  }
  return { where, keyset, orderBy: `${sort.expr} ${dir}, d.id ${dir}`, sort, companyId };
}

/**
 * One page of invoices or credit notes in reach, sorted on any column then on the id (a stable
 * order for keyset pagination), with the count and the sums HT/TVA/TTC of the whole filtered list.
 *
 * Statements: the reach check of the company (COMPANY scope; cached for the request), one for the
 * rows with their billed company (and, for credit notes, the corrected invoice) joined in, one for
 * the count and sums. No statement per row.
 */
export async function listDocuments<T extends Invoice | CreditNote, F extends string>(
  em: EntityManager,
  access: Access,
  kind: DocumentKindName,
  input: DocumentListInput<F>,
  now: Date,
): Promise<DocumentPage<T>> {
  const spec = specOf(kind);
  const sql = documentListSql(kind, access, access.viewer.companyId, input, now);
  if (sql.companyId !== null) await access.require(sql.companyId, Permission.BILLING_READ, 'Société', ['companyId']);

  const companyColumns = columnsOf(em, Company);
  const invoiceColumns = kind === 'creditNote' ? columnsOf(em, Invoice) : [];
  const select = [
    'd.*',
    `(${sql.sort.expr})${sql.sort.type === 'date' ? '::text' : ''} as "sort:key"`,
    ...companyColumns.map((c) => `c.${c} as "c:${c}"`),
    ...invoiceColumns.map((c) => `inv.${c} as "inv:${c}"`),
  ].join(', ');
  const rowsSql = `select ${select} from ${spec.table} d join company c on c.id = d.billed_company_id${spec.joins}`
    + ` where ${sql.where.text}${sql.keyset.text} order by ${sql.orderBy} limit ${input.first + 1}`;
  const totalsSql = `select count(*)::int as n, coalesce(sum(d.total_excl_vat_cents), 0)::text as ht,`
    + ` coalesce(sum(d.total_vat_cents), 0)::text as tva, coalesce(sum(d.total_incl_vat_cents), 0)::text as ttc`
    + ` from ${spec.table} d where ${sql.where.text}`;

  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const [raw, totals] = await Promise.all([
    conn.execute<Record<string, unknown>[]>(rowsSql, [...sql.where.params, ...sql.keyset.params], 'all', ctx),
    input.withTotals ? conn.execute<{ n: number; ht: string; tva: string; ttc: string }[]>(totalsSql, sql.where.params, 'all', ctx) : Promise.resolve(null),
  ]);

  const rows = raw.map((row: Record<string, unknown>) => {
    const own: Record<string, unknown> = {};
    const company: Record<string, unknown> = {};
    const invoice: Record<string, unknown> = {};
    let key: unknown;
    for (const [name, value] of Object.entries(row)) {
      if (name === 'sort:key') key = value;
      else if (name.startsWith('c:')) company[name.slice(2)] = value;
      else if (name.startsWith('inv:')) invoice[name.slice(4)] = value;
      else own[name] = value;
    }
    // The billed company (and corrected invoice) first, so the document's references point at
    // loaded entities of this request's identity map.
    em.map(Company, company as never);
    if (kind === 'creditNote') em.map(Invoice, invoice as never);
    const entity = em.map(spec.entity as never, own as never) as T;
    const sortKey = sql.sort.type === 'int' ? Number(key) : String(key);
    return { entity, cursor: [sortKey, entity.id] as (string | number)[] };
  });
  const t = totals?.[0];
  return {
    rows,
    totals: t ? { count: Number(t.n), totalExclVatCents: Number(t.ht), totalVatCents: Number(t.tva), totalInclVatCents: Number(t.ttc) } : null,
  };
}
