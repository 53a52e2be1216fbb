/**
 * The lists' state as it lives in the URL (bookmarkable, shareable), and the URLs of the gateway's
 * downloads. Pure functions: no React, no DOM.
 *
 *   /facturation/factures?client=<company id>&scope=ALL_IN_REACH&issuedFrom=2026-09-01&issuedTo=…
 *     &amountMin=<cents>&amountMax=<cents>&states=ISSUED,OVERDUE&lifecycle=REJECTED&sort=TOTAL&direction=ASC&after=<cursor>
 *
 * The parameter names are the GraphQL filter's (and the CSV export's); dates are YYYY-MM-DD and
 * amounts integer cents, as in the API.
 */
import { isCalendarDate } from '@portal/ui';

export type DocumentKind = 'invoices' | 'creditNotes';

export const INVOICE_STATES = ['ISSUED', 'OVERDUE', 'PAID'] as const;
export const CREDIT_NOTE_STATES = ['ISSUED', 'REFUNDED'] as const;
/** Statuses on the e-invoicing platform (the reform's lifecycle), NOT_SENT before the first deposit. */
export const LIFECYCLE_STATUSES = [
  'NOT_SENT', 'DEPOSITED', 'ISSUED', 'RECEIVED', 'MADE_AVAILABLE', 'TAKEN_OVER', 'APPROVED', 'DISPUTED', 'SUSPENDED', 'REFUSED', 'PAYMENT_SENT', 'CASHED', 'REJECTED',
] as const;
export const INVOICE_SORTS = ['NUMBER', 'COMPANY', 'ISSUED_ON', 'PERIOD', 'DUE_ON', 'TOTAL', 'STATE'] as const;
export const CREDIT_NOTE_SORTS = ['NUMBER', 'INVOICE', 'COMPANY', 'ISSUED_ON', 'REFUND_DUE_ON', 'TOTAL', 'STATE'] as const;

/** Where each list lives. */
export const LIST_PATH: Record<DocumentKind, string> = { invoices: '/facturation/factures', creditNotes: '/facturation/avoirs' };
/** Where the operator's held documents live. */
export const HELD_PATH = '/facturation/en-attente';

export const statesOf = (kind: DocumentKind): readonly string[] => (kind === 'invoices' ? INVOICE_STATES : CREDIT_NOTE_STATES);
export const sortsOf = (kind: DocumentKind): readonly string[] => (kind === 'invoices' ? INVOICE_SORTS : CREDIT_NOTE_SORTS);

/** The filter fields of the form; an error on one is shown at it. */
export type FilterField = 'issuedFrom' | 'issuedTo' | 'amountMin' | 'amountMax' | 'states' | 'lifecycle' | 'scope';

export interface ListParams {
  /** `?client=`: the customer whose documents to list (global company id); null: the caller's own. */
  client: string | null;
  scope: 'COMPANY' | 'ALL_IN_REACH';
  issuedFrom: string | null;
  issuedTo: string | null;
  /** Cents. */
  amountMin: number | null;
  amountMax: number | null;
  states: string[];
  /** One status on the e-invoicing platform; null: any. */
  lifecycle: string | null;
  /** null: the API's default (date d'émission, newest first). */
  sort: { key: string; descending: boolean } | null;
  after: string | null;
}

/** What a URL gave that cannot be sent: the field and the kind of problem. */
export type ParamProblem = 'date' | 'amount' | 'state';

export const emptyParams = (client: string | null = null): ListParams => ({
  client, scope: 'COMPANY', issuedFrom: null, issuedTo: null, amountMin: null, amountMax: null, states: [], lifecycle: null, sort: null, after: null,
});

const CENTS = /^\d{1,12}$/;

/**
 * The list state of a query string. A value that cannot be sent to the API (a date that is not a
 * day, an amount that is not cents, an unknown state) is reported at its field; its raw text is
 * kept in `raw` so the form can show what the URL said.
 */
export function readListParams(search: string, kind: DocumentKind): { params: ListParams; problems: Partial<Record<FilterField, ParamProblem>>; raw: Partial<Record<FilterField, string>> } {
  const q = new URLSearchParams(search);
  const params = emptyParams(q.get('client') || null);
  const problems: Partial<Record<FilterField, ParamProblem>> = {};
  const raw: Partial<Record<FilterField, string>> = {};
  if (q.get('scope') === 'ALL_IN_REACH' && !params.client) params.scope = 'ALL_IN_REACH';
  for (const key of ['issuedFrom', 'issuedTo'] as const) {
    const value = q.get(key);
    if (!value) continue;
    if (isCalendarDate(value)) params[key] = value;
    else {
      problems[key] = 'date';
      raw[key] = value;
    }
  }
  for (const key of ['amountMin', 'amountMax'] as const) {
    const value = q.get(key);
    if (!value) continue;
    if (CENTS.test(value) && Number(value) <= 2_147_483_647) params[key] = Number(value);
    else {
      problems[key] = 'amount';
      raw[key] = value;
    }
  }
  const states = (q.get('states') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const known = statesOf(kind);
  params.states = [...new Set(states.filter((s) => known.includes(s)))];
  if (states.some((s) => !known.includes(s))) problems.states = 'state';
  const lifecycle = q.get('lifecycle');
  if (lifecycle && (LIFECYCLE_STATUSES as readonly string[]).includes(lifecycle)) params.lifecycle = lifecycle;
  else if (lifecycle) problems.lifecycle = 'state';
  const sort = q.get('sort');
  if (sort && sortsOf(kind).includes(sort)) params.sort = { key: sort, descending: q.get('direction') === 'DESC' };
  params.after = q.get('after') || null;
  return { params, problems, raw };
}

/** The query string of a list state ('' or '?…'), parameters in a stable order, defaults left out. */
export function listSearch(params: ListParams): string {
  const q = new URLSearchParams();
  if (params.client) q.set('client', params.client);
  if (params.scope === 'ALL_IN_REACH' && !params.client) q.set('scope', 'ALL_IN_REACH');
  if (params.issuedFrom) q.set('issuedFrom', params.issuedFrom);
  if (params.issuedTo) q.set('issuedTo', params.issuedTo);
  if (params.amountMin !== null) q.set('amountMin', String(params.amountMin));
  if (params.amountMax !== null) q.set('amountMax', String(params.amountMax));
  if (params.states.length) q.set('states', params.states.join(','));
  if (params.lifecycle) q.set('lifecycle', params.lifecycle);
  if (params.sort) {
    q.set('sort', params.sort.key);
    q.set('direction', params.sort.descending ? 'DESC' : 'ASC');
  }
  if (params.after) q.set('after', params.after);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter narrows the list (the client and the sort are not filters). */
export const hasFilters = (p: ListParams) =>
  !!(p.issuedFrom || p.issuedTo || p.amountMin !== null || p.amountMax !== null || p.states.length || p.lifecycle || p.scope === 'ALL_IN_REACH');

/** The GraphQL variables of a list page. */
export function listVariables(params: ListParams, first: number) {
  const filter = {
    ...(params.issuedFrom ? { issuedFrom: params.issuedFrom } : {}),
    ...(params.issuedTo ? { issuedTo: params.issuedTo } : {}),
    ...(params.amountMin !== null ? { amountMin: params.amountMin } : {}),
    ...(params.amountMax !== null ? { amountMax: params.amountMax } : {}),
    ...(params.states.length ? { states: params.states } : {}),
    ...(params.lifecycle ? { lifecycleStatuses: [params.lifecycle] } : {}),
  };
  return {
    companyId: params.client,
    scope: params.client ? ('COMPANY' as const) : params.scope,
    filter,
    orderBy: params.sort ? { field: params.sort.key, direction: params.sort.descending ? ('DESC' as const) : ('ASC' as const) } : null,
    first,
    after: params.after,
  };
}

/** The CSV export of the whole filtered list (gateway: GET /exports/invoices.csv, /exports/credit-notes.csv). */
export function exportUrl(kind: DocumentKind, params: ListParams): string {
  const q = new URLSearchParams();
  if (params.client) q.set('companyId', params.client);
  else if (params.scope === 'ALL_IN_REACH') q.set('scope', 'ALL_IN_REACH');
  if (params.issuedFrom) q.set('issuedFrom', params.issuedFrom);
  if (params.issuedTo) q.set('issuedTo', params.issuedTo);
  if (params.amountMin !== null) q.set('amountMin', String(params.amountMin));
  if (params.amountMax !== null) q.set('amountMax', String(params.amountMax));
  if (params.states.length) q.set('states', params.states.join(','));
  if (params.sort) {
    q.set('sort', params.sort.key);
    q.set('direction', params.sort.descending ? 'DESC' : 'ASC');
  }
  const text = q.toString();
  return `/exports/${kind === 'invoices' ? 'invoices' : 'credit-notes'}.csv${text ? `?${text}` : ''}`;
}

/** Several PDFs in one ZIP (gateway: GET /documents/invoices.zip?ids=…, /documents/credit-notes.zip?ids=…). */
export function zipUrl(kind: DocumentKind, ids: readonly string[]): string {
  return `/documents/${kind === 'invoices' ? 'invoices' : 'credit-notes'}.zip?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/**
 * An amount typed in euros as cents: "120", "120,5", "1 234,56", "1234.56 €" → 123456.
 * null for anything else (negative, more than 2 decimals, letters).
 */
export function parseEuros(text: string): number | null {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents <= 2_147_483_647 ? cents : null;
}
