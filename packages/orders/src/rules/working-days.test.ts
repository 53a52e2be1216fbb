import { describe, expect, it } from 'vitest';
import { addWorkingDays, earliestPortingDate, isPublicHoliday, isWorkingDay, portingDateProblem } from './working-days.js';

describe('working days and the porting date', () => {
  it.each([
    ['2026-12-25', true], ['2027-01-01', true], ['2027-03-29', true] /* Lundi de Pâques */, ['2027-05-06', true] /* Ascension */,
    ['2027-05-17', true] /* Lundi de Pentecôte */, ['2026-07-14', true], ['2026-11-11', true], ['2026-12-24', false], ['2027-05-16', false] /* Pentecôte, a Sunday, not counted as such */,
  ])('knows %s is a French public holiday: %s', (date, holiday) => {
    expect(isPublicHoliday(date)).toBe(holiday);
  });

  it('counts only Monday to Friday that are not public holidays', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25')).toBe(false); // Friday, Noël
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28'); // skips Noël and the week-end
  });

  it('puts the earliest porting date 7 working days after today', () => {
    expect(earliestPortingDate('2026-11-23')).toBe('2026-12-02');
    expect(earliestPortingDate('2026-12-21')).toBe('2026-12-31'); // Noël skipped
  });

  it.each([
    ['2026-12-01', 'PORTING_DATE_TOO_SOON'],
    ['2026-12-02', null],
    ['2026-12-05', 'PORTING_DATE_NOT_WORKING_DAY'], // a Saturday
    ['2026-12-25', 'PORTING_DATE_NOT_WORKING_DAY'],
    ['2027-06-01', 'PORTING_DATE_TOO_FAR'],
    ['2026-02-30', 'DATE_INVALID'],
    ['demain', 'DATE_INVALID'],
  ])('on 2026-11-23 judges the porting date %s: %s', (desired, problem) => {
    expect(portingDateProblem(desired, '2026-11-23')).toBe(problem);
  });
});
