import { type EntityManager } from '@mikro-orm/core';
import { DomainError, Permission, isCalendarDate, keysetIds, type Access } from '@portal/kernel';
import { type OrderType } from '@portal/offers';
import { OrderDetail } from '../entities/OrderDetail.js';
import { OrderState } from '../enums.js';

/** The columns of "Mes commandes", each sortable. */
export enum OrderSortField {
  REFERENCE = 'REFERENCE',
  END_CUSTOMER = 'END_CUSTOMER',
  TYPE = 'TYPE',
  ORDERED_ON = 'ORDERED_ON',
  STATE = 'STATE',
  EXPECTED_DELIVERY_ON = 'EXPECTED_DELIVERY_ON',
}

export interface OrderFilter {
  /** Orders for this company only; absent: every order in reach. */
  companyId?: number | null;
  reference?: string | null;
  endCustomer?: string | null;
  types?: OrderType[] | null;
  states?: OrderState[] | null;
  orderedFrom?: string | null;
  orderedTo?: string | null;
  /** The delivery desk: open orders the caller delivers as provider. */
  toDeliver?: boolean | null;
}

const SORTS: Record<OrderSortField, { sql: string; kind: 'text' | 'date' }> = {
  [OrderSortField.REFERENCE]: { sql: 'd.reference', kind: 'text' },
  [OrderSortField.END_CUSTOMER]: { sql: 'ec.legal_name', kind: 'text' },
  [OrderSortField.TYPE]: { sql: 'd.type', kind: 'text' },
  [OrderSortField.ORDERED_ON]: { sql: 'd.ordered_on', kind: 'date' },
  [OrderSortField.STATE]: { sql: 'd.state', kind: 'text' },
  [OrderSortField.EXPECTED_DELIVERY_ON]: { sql: 'd.expected_delivery_on', kind: 'date' },
};

const FROM = 'order_detail d join company ec on ec.id = d.end_customer_id';
const like = (v: string) => `%${v.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL conditions of the order list: the one reach rule (end customer, or provider for the desk), then the filters. */
export function orderConditions(access: Access, filter: OrderFilter): { text: string; params: unknown[] } {
  const parts = filter.toDeliver
    ? [`d.provider_id in (${access.reachSql(Permission.ORDERS_DELIVER)})`, `d.state in ('RECEIVED', 'VALIDATED', 'IN_DELIVERY')`]
    : [`(d.end_customer_id in (${access.reachSql(Permission.OFFERS_READ)}) or d.provider_id in (${access.reachSql(Permission.ORDERS_DELIVER)}))`];
  const params: unknown[] = [];
  if (filter.companyId != null) {
    parts.push('d.end_customer_id = ?');
    params.push(filter.companyId);
  }
  for (const [key, column] of [['reference', 'd.reference'], ['endCustomer', 'ec.legal_name']] as const) {
    const value = filter[key];
    if (typeof value !== 'string' || !value.trim()) continue;
    if (value.length > 200) throw new DomainError('TOO_LONG', 'Au plus 200 caractères.', ['filter', key]);
    parts.push(`${column} ilike ? escape '\\'`);
    params.push(like(value));
  }
  for (const key of ['orderedFrom', 'orderedTo'] as const) {
    const value = filter[key];
    if (!value) continue;
    if (!isCalendarDate(value)) throw new DomainError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['filter', key]);
    parts.push(`d.ordered_on ${key === 'orderedFrom' ? '>=' : '<='} cast(? as date)`);
    params.push(value);
  }
  for (const [key, column] of [['types', 'd.type'], ['states', 'd.state']] as const) {
    const values = filter[key];
    if (!values?.length) continue;
    parts.push(`${column} in (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  return { text: parts.join(' and '), params };
}

export interface OrderListInput {
  filter: OrderFilter;
  field: OrderSortField;
  descending: boolean;
  first: number;
  after: string | null;
  withTotal: boolean;
}

/**
 * A page of "Mes commandes" in three statements whatever its size: the page's ids, the count, then
 * the orders with their end customer in one joined query.
 */
export async function listOrders(em: EntityManager, access: Access, input: OrderListInput): Promise<{ rows: OrderDetail[]; totalCount: number | null; cursorOf(o: OrderDetail): (string | number)[] }> {
  const page = await keysetIds(em, {
    from: FROM, where: orderConditions(access, input.filter), sort: SORTS[input.field], idColumn: 'd.id',
    descending: input.descending, first: input.first, after: input.after, withTotal: input.withTotal,
  });
  const ids = page.ids;
  const loaded = ids.length ? await em.find(OrderDetail, { id: { $in: ids } }, { populate: ['endCustomer'], strategy: 'joined' }) : [];
  const byId = new Map(loaded.map((o) => [o.id, o]));
  return { rows: ids.map((id) => byId.get(id)!).filter(Boolean), totalCount: page.totalCount, cursorOf: (o) => page.cursorOf(o.id) };
}
