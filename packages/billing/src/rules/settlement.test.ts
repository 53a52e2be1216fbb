import { describe, expect, it } from 'vitest';
import { EarlyTerminationPolicy, LastPeriodPolicy, addDays, commitmentEnd, type TerminationTerms } from '@portal/offers';
import { closingSettlement, earlyTerminationFee, lastDayDue, remainingCommitmentFees } from './settlement.js';

const terms = (over: Partial<TerminationTerms> = {}): TerminationTerms => ({
  monthlyPriceCents: 3000, noticePeriodMonths: 1, activatedOn: '2018-05-29', commitmentEndsOn: null,
  earlyTerminationPolicy: EarlyTerminationPolicy.NONE, earlyTerminationSharePercent: 0,
  lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE, hasEquipment: false, equipmentReturnDays: 0, ...over,
});

describe('early-termination fee', () => {
  // The offer: 89 € HT a month, 24 months from 16/06/2025 (last day 15/06/2027), 100 % of the remaining fees.
  const fibre = terms({
    monthlyPriceCents: 8900, activatedOn: '2025-06-16', commitmentEndsOn: commitmentEnd('2025-06-16', 24),
    earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: LastPeriodPolicy.PRORATA,
  });
  const fullPeriod = { ...fibre, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE };

  it.each([
    // effective date, PRORATA fee, FULL_PERIOD_DUE fee (the started month is billed, the fee starts the month after)
    ['2026-11-30', 8900 * 6 + 4450, 8900 * 6 + 4450], // month end: 01/12/2026 → 15/06/2027
    ['2026-12-01', 8900 * 5 + 4450 + 8900 - 287, 8900 * 5 + 4450], // one December day served
    ['2026-12-15', 8900 * 5 + 4450 + 4594, 8900 * 5 + 4450], // 16..31/12 = 16/31 of 89 €
    ['2026-12-16', 8900 * 5 + 4450 + 4306, 8900 * 5 + 4450], // one day less than the 15th, not a month less
    ['2026-12-31', 8900 * 5 + 4450, 8900 * 5 + 4450],
    ['2027-02-28', 8900 * 3 + 4450, 8900 * 3 + 4450],
    ['2027-05-31', 4450, 4450],
    ['2027-06-14', 297, 0], // the commitment's last day still due under PRORATA
    ['2027-06-15', 0, 0], // the commitment's last day: nothing left
    ['2027-06-16', 0, 0], // the anniversary: committed no more
    ['2027-07-31', 0, 0],
  ])('ending %s costs %i cents (PRORATA), %i (FULL_PERIOD_DUE)', (effective, prorata, full) => {
    expect(earlyTerminationFee(fibre, effective)).toBe(prorata);
    expect(earlyTerminationFee(fullPeriod, effective)).toBe(full);
  });

  it('never jumps by more than one day of fees between two consecutive end dates, over two years', () => {
    for (const t of [fibre, fullPeriod]) {
      let day = '2025-06-16';
      let previous = earlyTerminationFee(t, day);
      while (day < '2027-07-01') {
        day = addDays(day, 1);
        const fee = earlyTerminationFee(t, day);
        const drop = previous - fee;
        // PRORATA: one day (a month's 28th to 31st part); FULL_PERIOD_DUE: a whole month at most, when the next month starts being billed.
        expect(drop, day).toBeGreaterThanOrEqual(0);
        expect(drop, day).toBeLessThanOrEqual(t === fibre ? Math.ceil(8900 / 28) : 8900);
        previous = fee;
      }
    }
  });

  it('is the policy share of the remaining fees, or nothing', () => {
    const half = { ...fibre, earlyTerminationSharePercent: 50 };
    expect(earlyTerminationFee(half, '2026-12-31')).toBe(Math.round((8900 * 5 + 4450) / 2));
    expect(earlyTerminationFee({ ...fibre, earlyTerminationPolicy: EarlyTerminationPolicy.NONE }, '2026-12-15')).toBe(0);
    expect(earlyTerminationFee({ ...fibre, commitmentEndsOn: null }, '2026-12-15')).toBe(0);
  });

  it('counts from the day after the last day billed, day by day', () => {
    expect(remainingCommitmentFees(fibre, '2027-05-20').map((c) => [c.periodStart, c.periodEnd, c.amountCents])).toEqual([
      ['2027-05-21', '2027-05-31', 3158],
      ['2027-06-01', '2027-06-15', 4450],
    ]);
    expect(remainingCommitmentFees(fullPeriod, '2027-05-20').map((c) => c.periodStart)).toEqual(['2027-06-01']);
  });
});

describe('closing settlement', () => {
  it('makes the started month due in full under FULL_PERIOD_DUE', () => {
    expect(lastDayDue(LastPeriodPolicy.FULL_PERIOD_DUE, '2024-02-10')).toBe('2024-02-29');
    // Invoiced through January: February is due in full.
    expect(closingSettlement(terms(), '2024-02-10', '2024-01-31')).toMatchObject({
      charges: [{ periodStart: '2024-02-01', periodEnd: '2024-02-29', wholeMonth: true, amountCents: 3000 }],
      refunds: [],
      refundDueOn: '2024-02-20',
    });
    // Invoiced in advance through February: nothing more, nothing back.
    expect(closingSettlement(terms(), '2024-02-10', '2024-02-29')).toMatchObject({ charges: [], refunds: [] });
    // Invoiced through March already: March comes back in full.
    expect(closingSettlement(terms(), '2024-02-10', '2024-03-31').refunds).toEqual([
      { periodStart: '2024-03-01', periodEnd: '2024-03-31', wholeMonth: true, amountCents: 3000 },
    ]);
  });

  it('stops the fees at the effective date under PRORATA and refunds the rest', () => {
    const prorata = terms({ lastPeriodPolicy: LastPeriodPolicy.PRORATA });
    const s = closingSettlement(prorata, '2024-02-10', '2024-02-29');
    expect(s.charges).toEqual([]);
    expect(s.refunds).toEqual([{ periodStart: '2024-02-11', periodEnd: '2024-02-29', wholeMonth: false, amountCents: 1966 }]); // 19/29 of 30 €
    const notYet = closingSettlement(prorata, '2024-02-10', '2024-01-31');
    expect(notYet.charges).toEqual([{ periodStart: '2024-02-01', periodEnd: '2024-02-10', wholeMonth: false, amountCents: 1034 }]);
    expect(notYet.charges[0]!.amountCents + s.refunds[0]!.amountCents).toBe(3000);
  });

  it('bills from the activation date when nothing was invoiced yet', () => {
    const fresh = terms({ activatedOn: '2026-11-16' });
    expect(closingSettlement(fresh, '2026-12-05', null).charges.map((c) => [c.periodStart, c.periodEnd, c.amountCents])).toEqual([
      ['2026-11-16', '2026-11-30', 1500],
      ['2026-12-01', '2026-12-31', 3000],
    ]);
  });
});
