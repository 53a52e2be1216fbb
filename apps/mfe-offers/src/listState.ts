import type { SortState } from '@portal/ui';
import type { ContractedOfferFilterInput, ContractedOfferSortField, ContractedOfferState, OrderType } from './gql/graphql.js';

/**
 * The OC list's state lives in the URL, so a list can be bookmarked and shared: the filters under
 * the names of the API (and of the CSV export), `sort` + `direction`, the page's `after` cursor,
 * and `client` (the customer whose OCs are shown).
 */
export const SORT_FIELDS = [
  'SALES_ADMIN', 'REFERENCE', 'NAME', 'ORDER_REFERENCE', 'END_CUSTOMER', 'BILLING_ACCOUNT', 'SITE', 'DELIVERED_ON', 'STATE', 'ORDER_TYPE',
] as const satisfies readonly ContractedOfferSortField[];

export const STATES = ['ORDERED', 'IN_DELIVERY', 'DELIVERED', 'TERMINATION_REQUESTED', 'TERMINATED'] as const satisfies readonly ContractedOfferState[];
export const ORDER_TYPES = ['CREATION', 'MODIFICATION', 'PORTING', 'TERMINATION'] as const satisfies readonly OrderType[];

/** Text filters, in the order of the columns. */
export const TEXT_FILTERS = ['salesAdmin', 'reference', 'name', 'orderReference', 'endCustomer', 'billingAccount', 'site'] as const;
export const DATE_FILTERS = ['deliveredFrom', 'deliveredTo'] as const;

export type TextFilter = (typeof TEXT_FILTERS)[number];
export type DateFilter = (typeof DATE_FILTERS)[number];

export interface ListState {
  client: string | null;
  text: Record<TextFilter | DateFilter, string>;
  states: ContractedOfferState[];
  orderTypes: OrderType[];
  sort: SortState | null;
  after: string | null;
}

function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).flatMap((v) => v.split(','));
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function parseListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const text = {} as ListState['text'];
  for (const key of [...TEXT_FILTERS, ...DATE_FILTERS]) text[key] = params.get(key) ?? '';
  const sortKey = params.get('sort');
  const sort = sortKey && (SORT_FIELDS as readonly string[]).includes(sortKey) ? { key: sortKey, descending: params.get('direction') === 'DESC' } : null;
  return {
    client: params.get('client') || null,
    text,
    states: listParam(params, 'states', STATES),
    orderTypes: listParam(params, 'orderTypes', ORDER_TYPES),
    sort,
    after: params.get('after') || null,
  };
}

/** The query string of a list state ('' when it is the default list). */
export function listSearch(state: ListState, { forExport = false } = {}): string {
  const params = new URLSearchParams();
  if (state.client) params.set(forExport ? 'companyId' : 'client', state.client);
  for (const [key, value] of Object.entries(state.text)) if (value.trim()) params.set(key, value.trim());
  if (state.states.length) params.set('states', state.states.join(','));
  if (state.orderTypes.length) params.set('orderTypes', state.orderTypes.join(','));
  if (state.sort) {
    params.set('sort', state.sort.key);
    params.set('direction', state.sort.descending ? 'DESC' : 'ASC');
  }
  if (state.after && !forExport) params.set('after', state.after);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const listUrl = (state: ListState) => `/offres${listSearch(state)}`;
export const exportUrl = (state: ListState) => `/exports/contracted-offers.csv${listSearch(state, { forExport: true })}`;

export function hasFilters(state: ListState): boolean {
  return Object.values(state.text).some((v) => v.trim() !== '') || state.states.length > 0 || state.orderTypes.length > 0;
}

/** The variables of the list query. */
export function listVariables(state: ListState, first: number) {
  const filter: ContractedOfferFilterInput = {};
  if (state.client) filter.companyId = state.client;
  for (const [key, value] of Object.entries(state.text)) if (value.trim()) filter[key as TextFilter | DateFilter] = value.trim();
  if (state.states.length) filter.states = state.states;
  if (state.orderTypes.length) filter.orderTypes = state.orderTypes;
  return {
    first,
    after: state.after,
    filter,
    orderBy: state.sort ? { field: state.sort.key as ContractedOfferSortField, descending: state.sort.descending } : null,
    clientId: state.client ?? '',
    withClient: !!state.client,
  };
}
