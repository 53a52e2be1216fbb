import { describe, expect, it } from 'vitest';
import { InvoiceState } from '../enums.js';
import { InvoiceDisplayState, invoiceDisplayState, invoiceDisplayStateSql } from './invoice-state.js';

describe('the state an invoice shows', () => {
  it.each([
    [InvoiceState.PAID, '2026-10-01', '2026-12-31', InvoiceDisplayState.PAID],
    [InvoiceState.ISSUED, '2026-12-01', '2026-11-30', InvoiceDisplayState.ISSUED],
    [InvoiceState.ISSUED, '2026-12-01', '2026-12-01', InvoiceDisplayState.ISSUED], // due today: not late yet
    [InvoiceState.ISSUED, '2026-12-01', '2026-12-02', InvoiceDisplayState.OVERDUE],
  ])('%s due %s, seen on %s: %s', (state, dueOn, today, expected) => {
    expect(invoiceDisplayState({ state, dueOn }, today)).toBe(expected);
  });

  it('refuses anything but a date in SQL', () => {
    expect(() => invoiceDisplayStateSql('i', "2026-01-01' or true --")).toThrow(RangeError);
    expect(invoiceDisplayStateSql('i', '2026-12-02')).toContain("date '2026-12-02'");
  });
});
