import { InvoiceState } from '../enums.js';

/**
 * The state an invoice shows: PAID once paid; ISSUED while waiting for payment; OVERDUE once its
 * due date has passed unpaid ("today" is a Paris calendar date, YYYY-MM-DD). The database keeps
 * ISSUED and PAID only: overdue is a matter of the calendar, not a stored state.
 */
export enum InvoiceDisplayState {
  ISSUED = 'ISSUED',
  OVERDUE = 'OVERDUE',
  PAID = 'PAID',
}

export function invoiceDisplayState(invoice: { state: InvoiceState; dueOn: string }, today: string): InvoiceDisplayState {
  if (invoice.state === InvoiceState.PAID) return InvoiceDisplayState.PAID;
  return invoice.dueOn < today ? InvoiceDisplayState.OVERDUE : InvoiceDisplayState.ISSUED;
}

/** The same rule in SQL, on an invoice aliased `alias`, for filters and sorting. */
export function invoiceDisplayStateSql(alias: string, today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError('today is a YYYY-MM-DD date');
  return `(case when ${alias}.state = 'PAID' then 'PAID' when ${alias}.due_on < date '${today}' then 'OVERDUE' else 'ISSUED' end)`;
}
