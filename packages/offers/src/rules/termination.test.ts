import { describe, expect, it } from 'vitest';
import { EarlyTerminationPolicy, LastPeriodPolicy } from '../enums.js';
import { commitmentEnd, desiredDateProblem, effectiveDate, equipmentReturn, isCalendarDate, type TerminationTerms } from './termination.js';

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

describe('commitment end: N months from D end the day before D + N months', () => {
  it.each([
    ['2025-06-16', 24, '2027-06-15'], // the contract's own example
    ['2025-01-01', 12, '2025-12-31'],
    ['2025-01-31', 1, '2025-02-27'], // the day before the clamped 28/02
    ['2024-01-31', 1, '2024-02-28'], // leap year: the day before 29/02
    ['2024-02-29', 12, '2025-02-27'],
    ['2026-03-01', 1, '2026-03-31'],
  ])('%s + %i months → %s', (start, months, end) => expect(commitmentEnd(start, months)).toBe(end));

  it('is null without a commitment', () => expect(commitmentEnd('2025-06-16', 0)).toBeNull());
});

describe('equipment', () => {
  it('gets a return coupon and a deadline when the offer has some', () => {
    expect(equipmentReturn(terms({ hasEquipment: true, equipmentReturnDays: 14 }), '2026-12-31', 'OC138637')).toEqual({ reference: 'RET-OC138637-20261231', deadline: '2027-01-14' });
    expect(equipmentReturn(terms(), '2026-12-31', 'OC1')).toBeNull();
  });
});
