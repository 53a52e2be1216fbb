import { describe, expect, it } from 'vitest';
import { EarlyTerminationPolicy, LastPeriodPolicy, closingSettlement, type TerminationTerms } from '@portal/offers';
import { billedThroughAt, closingDocuments } from './closing.js';

const oc = { reference: 'OC160001', name: 'Fibre Pro 1 Gb/s', vatRateBasisPoints: 2000 };
const terms: TerminationTerms = {
  monthlyPriceCents: 8900, noticePeriodMonths: 0, activatedOn: '2025-06-16', commitmentEndsOn: '2027-06-16',
  earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 100,
  lastPeriodPolicy: LastPeriodPolicy.PRORATA, hasEquipment: true, equipmentReturnDays: 30,
};

describe('closing documents', () => {
  it('put the fee on the closing invoice and the prorata refund on a credit note, totals from the lines', () => {
    const docs = closingDocuments(oc, closingSettlement(terms, '2026-12-10', '2026-12-31'), '2026-12-10');
    expect(docs.invoice!.lines.map((l) => [l.kind, l.totalExclVatCents, l.vatCents])).toEqual([['EARLY_TERMINATION_FEE', 8900 * 7, 12460]]);
    expect(docs.invoice!.totals).toEqual({ totalExclVatCents: 62300, totalVatCents: 12460, totalInclVatCents: 74760 });
    expect(docs.creditNote!.lines).toMatchObject([{ kind: 'PRORATA_REFUND', periodStart: '2026-12-11', periodEnd: '2026-12-31', totalExclVatCents: 6029 }]);
    expect(docs.creditNote!.refundDueOn).toBe('2026-12-20');
  });

  it('issue nothing when nothing is due and nothing comes back', () => {
    const full = { ...terms, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE, commitmentEndsOn: null };
    expect(closingDocuments(oc, closingSettlement(full, '2026-12-10', '2026-12-31'), '2026-12-10')).toEqual({ invoice: null, creditNote: null });
  });
});

describe('invoiced by the effective date', () => {
  it('counts the monthly runs still to come before the effect', () => {
    expect(billedThroughAt('2026-11-30', '2025-06-16', '2026-11-25', '2026-11-23')).toBe('2026-11-30'); // this month
    expect(billedThroughAt('2026-11-30', '2025-06-16', '2027-01-15', '2026-11-23')).toBe('2027-01-31'); // Dec and Jan runs to come
    expect(billedThroughAt(null, null, '2027-01-15', '2026-11-23')).toBeNull(); // not active yet
  });
});
