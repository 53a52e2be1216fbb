import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { addDays, addMonthsClamped, frenchDate, isCalendarDate, monthBounds, todayInParis } from './index.js';

describe('calendar', () => {
  it.each([
    ['2019-04-29', 1, '2019-05-29'], // the MyOpenIP guide's example
    ['2019-01-31', 1, '2019-02-28'],
    ['2020-01-31', 1, '2020-02-29'], // leap year
    ['2019-03-31', 1, '2019-04-30'],
    ['2019-08-31', 3, '2019-11-30'],
    ['2019-12-15', 1, '2020-01-15'],
    ['2019-05-10', 0, '2019-05-10'],
    ['2018-05-29', 12, '2019-05-29'],
    ['2020-02-29', 12, '2021-02-28'],
  ])('%s + %i month(s) = %s', (date, months, expected) => expect(addMonthsClamped(date, months)).toBe(expected));

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('gives month bounds, leap years included', () => {
    expect(monthBounds('2024-02-10')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2026-10-31')).toEqual({ first: '2026-10-01', last: '2026-10-31' });
  });

  it("takes today's date in Paris, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1).
    expect(todayInParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInParis(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});

describe('the calendar agrees with Temporal', () => {
  // Any day from year 1 to 9999, as an ISO string.
  const anyDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const options = { numRuns: 2000 };

  it('adds days as Temporal.PlainDate does', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
      const expected = Temporal.PlainDate.from(date).add({ days });
      fc.pre(expected.year >= 1 && expected.year <= 9999);
      expect(addDays(date, days)).toBe(expected.toString());
    }), options);
  });

  it('adds months clamped as Temporal.PlainDate does with overflow constrain', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
      const expected = Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' });
      fc.pre(expected.year >= 1 && expected.year <= 9999);
      expect(addMonthsClamped(date, months)).toBe(expected.toString());
    }), options);
  });

  it('knows the real dates and the month ends as Temporal does', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
      const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      let real = true;
      try {
        Temporal.PlainDate.from(text, { overflow: 'reject' });
      } catch {
        real = false;
      }
      expect(isCalendarDate(text), text).toBe(real);
      if (real) expect(monthBounds(text).last).toBe(Temporal.PlainDate.from(text).with({ day: 31 }, { overflow: 'constrain' }).toString());
    }), options);
  });

  it("gives Paris's date of any instant as Temporal's zoned time does", () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
      const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Paris').toPlainDate().toString();
      expect(todayInParis(new Date(ms))).toBe(expected);
    }), options);
  });

  it('writes a date the French way', () => {
    expect(frenchDate('2026-12-31')).toBe('31/12/2026');
    expect(frenchDate(null)).toBe('');
  });
});
