import { describe, expect, it } from 'vitest';
import { EarlyTerminationPolicy, LastPeriodPolicy } from '../enums.js';
import {
  closingSettlement, desiredDateProblem, earlyTerminationFee, effectiveDate, equipmentReturn, isCalendarDate, lastDayDue,
  remainingCommitmentMonths, type TerminationTerms,
} from './termination.js';

const terms = (over: Partial<TerminationTerms> = {}): TerminationTerms => ({
  monthlyPriceCents: 3000, noticePeriodMonths: 1, activatedOn: '2018-05-29', commitmentEndsOn: null,
  earlyTerminationPolicy: EarlyTerminationPolicy.NONE, earlyTerminationSharePercent: 0,
  lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE, hasEquipment: false, equipmentReturnDays: 0, ...over,
});

describe('desired date', () => {
  it('is today or later, in Paris, and a real date', () => {
    expect(desiredDateProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(desiredDateProblem('2026-11-22', '2026-11-23')).toBe('DESIRED_DATE_IN_PAST');
    expect(desiredDateProblem('2026-02-30', '2026-01-01')).toBe('DATE_INVALID');
    expect(desiredDateProblem('23/11/2026', '2026-01-01')).toBe('DATE_INVALID');
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });
});

describe('effective date = desired date + notice, clamped to the month end', () => {
  it.each([
    ['2019-04-29', 1, '2019-05-29'], // the MyOpenIP guide's example
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2019-01-30', 1, '2019-02-28'],
    ['2019-12-31', 1, '2020-01-31'],
    ['2019-03-31', 0, '2019-03-31'],
    ['2019-11-30', 3, '2020-02-29'],
    ['2019-05-31', 3, '2019-08-31'],
    ['2019-08-31', 1, '2019-09-30'],
  ])('%s + %i month(s) → %s', (desired, notice, expected) => expect(effectiveDate(desired, notice)).toBe(expected));

  it('is never before the desired date and keeps the day when the month has it', () => {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        const desired = `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (!isCalendarDate(desired)) continue;
        for (const notice of [0, 1, 3]) {
          const e = effectiveDate(desired, notice);
          expect(e >= desired).toBe(true);
          const target = new Date(Date.UTC(2024, m - 1 + notice, 1));
          const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
          expect(Number(e.slice(8))).toBe(Math.min(d, last));
        }
      }
    }
  });
});

describe('early-termination fee', () => {
  const committed = terms({ commitmentEndsOn: '2026-06-16', earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 50 });

  it.each([
    ['2026-06-16', 0], // commitment ended that day
    ['2026-07-01', 0], // after it
    ['2026-05-16', 1], // exactly one month left
    ['2026-05-17', 1], // less than one month left: a started month
    ['2026-05-15', 2],
    ['2025-12-31', 6], // Jan 31 → Feb 28… each started month counts
  ])('counts the months left after %s: %i', (effective, months) => {
    expect(remainingCommitmentMonths(effective, '2026-06-16')).toBe(months);
  });

  it('is the policy share of the remaining monthly fees, or nothing', () => {
    expect(earlyTerminationFee(committed, '2026-05-15')).toBe(3000); // 50 % of 2 × 30 €
    expect(earlyTerminationFee(committed, '2026-06-16')).toBe(0);
    expect(earlyTerminationFee({ ...committed, earlyTerminationPolicy: EarlyTerminationPolicy.NONE }, '2026-05-15')).toBe(0);
    expect(earlyTerminationFee({ ...committed, earlyTerminationSharePercent: 100, monthlyPriceCents: 8900 }, '2025-12-31')).toBe(53400);
    expect(earlyTerminationFee({ ...committed, commitmentEndsOn: null }, '2026-05-15')).toBe(0);
  });
});

describe('equipment', () => {
  it('gets a return coupon and a deadline when the offer has some', () => {
    expect(equipmentReturn(terms({ hasEquipment: true, equipmentReturnDays: 14 }), '2026-12-31', 'OC138637')).toEqual({ reference: 'RET-OC138637-20261231', deadline: '2027-01-14' });
    expect(equipmentReturn(terms(), '2026-12-31', 'OC1')).toBeNull();
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
