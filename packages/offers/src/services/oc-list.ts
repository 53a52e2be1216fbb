import { type EntityManager } from '@mikro-orm/core';
import { Permission, keysetIds, throwAll, userError, type Access, type UserError } from '@portal/kernel';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { ContractedOfferState, OrderType } from '../enums.js';
import { isCalendarDate } from '../rules/termination.js';
import { relationShownSql, shownOrEmptySql } from './oc-relations.js';

/** The columns of "Liste des offres contractées". */
export enum OcSortField {
  SALES_ADMIN = 'SALES_ADMIN',
  REFERENCE = 'REFERENCE',
  NAME = 'NAME',
  ORDER_REFERENCE = 'ORDER_REFERENCE',
  END_CUSTOMER = 'END_CUSTOMER',
  BILLING_ACCOUNT = 'BILLING_ACCOUNT',
  SITE = 'SITE',
  DELIVERED_ON = 'DELIVERED_ON',
  STATE = 'STATE',
  ORDER_TYPE = 'ORDER_TYPE',
}

export interface OcFilter {
  /** OCs this company uses or pays for; absent: every OC in reach. */
  companyId?: number | null;
  salesAdmin?: string | null;
  reference?: string | null;
  name?: string | null;
  orderReference?: string | null;
  endCustomer?: string | null;
  billingAccount?: string | null;
  site?: string | null;
  deliveredFrom?: string | null;
  deliveredTo?: string | null;
  states?: ContractedOfferState[] | null;
  orderTypes?: OrderType[] | null;
}

/**
 * A reference in natural order ("Réf.": OC94529 < OC138637 < OC150943), as one text key: its
 * letters, then its first number padded with zeros to 30 digits, then the rest.
 */
export function naturalKeySql(column: string): string {
  const digits = `coalesce(substring(${column} from '[0-9]+'), '')`;
  return `(coalesce(substring(${column} from '^[^0-9]*'), '') || repeat('0', greatest(0, 30 - length(${digits}))) || ${digits} || coalesce(substring(${column} from '^[^0-9]*[0-9]+(.*)$'), ''))`;
}

/**
 * Sort expressions; text columns sort with nulls as empty text so that keyset comparisons hold.
 * The end customer, the billing account and the site sort as the caller sees them (oc-relations):
 * a hidden company as an empty name.
 */
function sortOf(access: Access, field: OcSortField): { sql: string; kind: 'text' | 'date' } {
  switch (field) {
    case OcSortField.SALES_ADMIN: return { sql: "coalesce(sa.display_name, '')", kind: 'text' };
    case OcSortField.REFERENCE: return { sql: naturalKeySql('oc.reference'), kind: 'text' };
    case OcSortField.NAME: return { sql: 'oc.name', kind: 'text' };
    case OcSortField.ORDER_REFERENCE: return { sql: "coalesce(o.reference, '')", kind: 'text' };
    case OcSortField.END_CUSTOMER: return { sql: shownOrEmptySql(access, 'oc.end_customer_id', 'ec.legal_name'), kind: 'text' };
    case OcSortField.BILLING_ACCOUNT: return { sql: shownOrEmptySql(access, 'oc.billing_account_id', 'ba.legal_name'), kind: 'text' };
    case OcSortField.SITE: return { sql: shownOrEmptySql(access, 's.company_id', 's.name'), kind: 'text' };
    case OcSortField.DELIVERED_ON: return { sql: "coalesce(oc.delivered_on, date '0001-01-01')", kind: 'date' };
    case OcSortField.STATE: return { sql: 'oc.state', kind: 'text' };
    case OcSortField.ORDER_TYPE: return { sql: 'oc.order_type', kind: 'text' };
  }
}

const FROM = `contracted_offer oc
  join company ec on ec.id = oc.end_customer_id
  join company ba on ba.id = oc.billing_account_id
  join site s on s.id = oc.site_id
  left join sales_admin sa on sa.id = oc.sales_admin_id
  left join customer_order o on o.id = oc.order_id`;

const like = (v: string) => `%${v.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL conditions of the OC list: reach (end customer or billing account), then the filters. */
export function ocConditions(access: Access, filter: OcFilter): { text: string; params: unknown[] } {
  const reach = access.reachSql(Permission.OFFERS_READ);
  const parts = [`(oc.end_customer_id in (${reach}) or oc.billing_account_id in (${reach}))`];
  const params: unknown[] = [];
  if (filter.companyId != null) {
    parts.push('(oc.end_customer_id = ? or oc.billing_account_id = ?)');
    params.push(filter.companyId, filter.companyId);
  }
  // A related company the caller may not see never matches (oc-relations).
  const texts: [keyof OcFilter, string, string | null][] = [
    ['salesAdmin', 'sa.display_name', null], ['reference', 'oc.reference', null], ['name', 'oc.name', null], ['orderReference', 'o.reference', null],
    ['endCustomer', 'ec.legal_name', 'oc.end_customer_id'], ['billingAccount', 'ba.legal_name', 'oc.billing_account_id'], ['site', 's.name', 's.company_id'],
  ];
  // Every refused filter at once (throwAll), so the list's form shows them all after one submit.
  const refused: UserError[] = [];
  for (const [key, column, relation] of texts) {
    const value = filter[key];
    if (typeof value !== 'string' || !value.trim()) continue;
    if (value.length > 200) refused.push(userError('TOO_LONG', 'Au plus 200 caractères.', ['filter', key]));
    parts.push(relation ? `(${relationShownSql(access, relation)} and ${column} ilike ? escape '\\')` : `${column} ilike ? escape '\\'`);
    params.push(like(value));
  }
  for (const key of ['deliveredFrom', 'deliveredTo'] as const) {
    const value = filter[key];
    if (!value) continue;
    if (!isCalendarDate(value)) refused.push(userError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['filter', key]));
    parts.push(`oc.delivered_on ${key === 'deliveredFrom' ? '>=' : '<='} cast(? as date)`);
    params.push(value);
  }
  if (filter.deliveredFrom && filter.deliveredTo && isCalendarDate(filter.deliveredFrom) && isCalendarDate(filter.deliveredTo) && filter.deliveredTo < filter.deliveredFrom) {
    refused.push(userError('DATE_RANGE_INVALID', 'La date de fin précède la date de début.', ['filter', 'deliveredTo']));
  }
  throwAll(refused);
  if (filter.states?.length) {
    parts.push(`oc.state in (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.orderTypes?.length) {
    parts.push(`oc.order_type in (${filter.orderTypes.map(() => '?').join(', ')})`);
    params.push(...filter.orderTypes);
  }
  return { text: parts.join(' and '), params };
}

export interface OcPage {
  /** Up to `first + 1` OCs with their end customer, billing account, site, sales admin and order. */
  rows: ContractedOffer[];
  totalCount: number | null;
  cursorOf(oc: ContractedOffer): (string | number)[];
}

/**
 * A page of the OC list in three statements whatever its size: the ids of the page, the count,
 * then the OCs with their end customer, billing account, site, sales admin and order in one
 * joined query.
 */
export async function listContractedOffers(
  em: EntityManager,
  access: Access,
  input: { filter: OcFilter; field: OcSortField; descending: boolean; first: number; after: string | null; withTotal: boolean },
): Promise<OcPage> {
  const page = await keysetIds(em, {
    from: FROM, where: ocConditions(access, input.filter), sort: sortOf(access, input.field), idColumn: 'oc.id',
    descending: input.descending, first: input.first, after: input.after, withTotal: input.withTotal,
  });
  const ids = page.ids;
  const loaded = ids.length
    ? await em.find(ContractedOffer, { id: { $in: ids } }, { populate: ['endCustomer', 'billingAccount', 'site', 'salesAdmin', 'order', 'offer'], strategy: 'joined' })
    : [];
  const byId = new Map(loaded.map((oc) => [oc.id, oc]));
  // The cursor carries the sort key as the database computed it (the caller's view of it).
  return { rows: ids.map((id) => byId.get(id)!).filter(Boolean), totalCount: page.totalCount, cursorOf: (oc) => page.cursorOf(oc.id) };
}
