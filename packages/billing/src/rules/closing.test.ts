import { describe, expect, it } from 'vitest';
import { EarlyTerminationPolicy, LastPeriodPolicy, addDays, commitmentEnd, type TerminationTerms } from '@portal/offers';
import { closingSettlement, earlyTerminationFee, lastDayDue } from './settlement.js';
import { closingDocuments } from './closing.js';
import { quotedCost, quoteWarnings } from './quote.js';

const oc = { reference: 'OC160001', name: 'Fibre Pro 1 Gb/s', vatRateBasisPoints: 2000 };
// The offer: 89 € HT a month, 24 months from 16/06/2025 (last day 15/06/2027), 100 % of the remaining fees.
const terms: TerminationTerms = {
  monthlyPriceCents: 8900, noticePeriodMonths: 0, activatedOn: '2025-06-16', commitmentEndsOn: commitmentEnd('2025-06-16', 24),
  earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 100,
  lastPeriodPolicy: LastPeriodPolicy.PRORATA, hasEquipment: true, equipmentReturnDays: 30,
};
const fullPeriod: TerminationTerms = { ...terms, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE };

describe('closing documents', () => {
  it('put the fee on the closing invoice and the prorata refund on a credit note, totals from the lines', () => {
    const docs = closingDocuments(oc, closingSettlement(terms, '2026-12-10', '2026-12-31'), '2026-12-10');
    // 11..31/12 (6029) + January to May (5 × 8900) + 1..15/06 (4450): the days after the last one served.
    expect(docs.invoice!.lines.map((l) => [l.kind, l.totalExclVatCents, l.vatCents])).toEqual([['EARLY_TERMINATION_FEE', 6029 + 8900 * 5 + 4450, 10996]]);
    expect(docs.invoice!.totals).toEqual({ totalExclVatCents: 54979, totalVatCents: 10996, totalInclVatCents: 65975 });
    expect(docs.creditNote!.lines).toMatchObject([{ kind: 'PRORATA_REFUND', periodStart: '2026-12-11', periodEnd: '2026-12-31', totalExclVatCents: 6029 }]);
    expect(docs.creditNote!.refundDueOn).toBe('2026-12-20');
  });

  it('issue nothing when nothing is due and nothing comes back', () => {
    const full = { ...fullPeriod, commitmentEndsOn: null };
    expect(closingDocuments(oc, closingSettlement(full, '2026-12-10', '2026-12-31'), '2026-12-10')).toEqual({ invoice: null, creditNote: null });
  });
});

describe('the whole cost until the last day of service', () => {
  const quote = (t: TerminationTerms, effectiveOn: string, through: string | null, today: string) => quotedCost(oc, t, effectiveOn, through, today, earlyTerminationFee(t, effectiveOn));

  it('lists the regular invoices still to come for a FULL_PERIOD_DUE offer ended three months ahead, and the total', () => {
    const noCommitment = { ...fullPeriod, commitmentEndsOn: null };
    const cost = quote(noCommitment, '2027-03-02', '2026-12-31', '2026-12-02');
    expect(cost.upcomingInvoices.map((i) => [i.issuedOn, i.periodStart, i.periodEnd, i.totals.totalExclVatCents, i.totals.totalInclVatCents])).toEqual([
      ['2027-01-01', '2027-01-01', '2027-01-31', 8900, 10680],
      ['2027-02-01', '2027-02-01', '2027-02-28', 8900, 10680],
      ['2027-03-01', '2027-03-01', '2027-03-31', 8900, 10680], // the started month, in full
    ]);
    expect(cost.invoice).toBeNull();
    expect(cost.creditNote).toBeNull();
    expect(cost.remaining).toEqual({ totalExclVatCents: 26700, totalVatCents: 5340, totalInclVatCents: 32040 });
    expect(quoteWarnings(noCommitment)).toEqual(['STARTED_MONTH_DUE']);
  });

  it('nets the credit note and adds the closing invoice under PRORATA', () => {
    const cost = quote(terms, '2027-01-10', '2026-12-31', '2026-12-02');
    expect(cost.upcomingInvoices.map((i) => i.issuedOn)).toEqual(['2027-01-01']);
    expect(cost.creditNote!.totals.totalExclVatCents).toBe(8900 - 2871); // 11..31/01 come back
    expect(cost.remaining.totalExclVatCents).toBe(8900 + cost.invoice!.totals.totalExclVatCents - (8900 - 2871));
    // With 100 % of the remaining fees, ending before the commitment's end costs the whole commitment.
    expect(cost.remaining.totalExclVatCents).toBe(8900 * 5 + 4450); // January to May + 1..15 June
  });

  it('counts from the activation when nothing was invoiced yet, and nothing before the OC is active', () => {
    const fresh = { ...fullPeriod, activatedOn: '2026-12-20', commitmentEndsOn: null };
    expect(quote(fresh, '2027-01-05', null, '2026-12-02').upcomingInvoices.map((i) => [i.periodStart, i.periodEnd, i.totals.totalExclVatCents])).toEqual([
      ['2026-12-20', '2027-01-31', 3445 + 8900],
    ]);
    expect(quote({ ...fresh, activatedOn: null }, '2027-01-05', null, '2026-12-02').upcomingInvoices).toEqual([]);
  });

  // The table of month ends and anniversaries: from one end date to the next day, what the
  // customer pays (invoices still to come + closing invoice + fee − credit note) never moves by
  // more than that one day of service: no day is billed twice, none is skipped, the fee never jumps a month.
  const endDates = [
    '2026-11-30', '2026-12-01', '2026-12-15', '2026-12-16', '2026-12-31', '2027-01-01', '2027-01-31', '2027-02-28', '2027-03-01',
    '2027-05-31', '2027-06-01', '2027-06-14', '2027-06-15', '2027-06-16', '2027-06-30', '2027-07-01',
  ];
  it.each(endDates.flatMap((d) => [['PRORATA', d], ['FULL_PERIOD_DUE', d]] as const))('%s: ending %s or the day after costs at most one more day', (policy, day) => {
    const t = policy === 'PRORATA' ? terms : fullPeriod;
    const today = '2026-11-02';
    const through = '2026-11-30';
    const total = (d: string) => quote(t, d, through, today).remaining.totalExclVatCents;
    const step = total(addDays(day, 1)) - total(day);
    // 100 % of the commitment is due whichever day it ends, as long as the days billed stay within it
    // (FULL_PERIOD_DUE: the started month is due in full, even past the commitment's last day).
    const committed = lastDayDue(t.lastPeriodPolicy, addDays(day, 1)) <= t.commitmentEndsOn!;
    if (committed) expect(step).toBe(0);
    else expect(step).toBeGreaterThanOrEqual(0);
    expect(step).toBeLessThanOrEqual(policy === 'PRORATA' ? 8900 / 28 : 8900); // FULL_PERIOD_DUE: a new month started
  });

  it('pins the issue\'s end dates: 15/12/2026 and 16/12/2026 one day apart, 15/06/2027 and 16/06/2027 without fee', () => {
    expect([
      ['2026-12-15', '2026-12-16', '2027-06-15', '2027-06-16'].map((d) => earlyTerminationFee(terms, d)),
    ]).toEqual([[53544, 53256, 0, 0]]);
    const cost = (d: string) => quote(terms, d, '2026-11-30', '2026-11-02');
    // The closing invoice bills 15 or 16 days of December; the fee the rest: the same 89 € × 6 + 4450 in total.
    expect(cost('2026-12-15').remaining.totalExclVatCents).toBe(cost('2026-12-16').remaining.totalExclVatCents);
  });
});
