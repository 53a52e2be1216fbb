import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, monthBounds, todayInParis } from './calendar.js';

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
