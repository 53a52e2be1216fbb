import Holidays from 'date-holidays';
import { Temporal } from 'temporal-polyfill';
import { isCalendarDate } from '@portal/kernel';

/** French public holidays (jours fériés de métropole), from the date-holidays library. */
const france = new Holidays('FR');
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(france.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidaysByYear.set(year, days);
  }
  return days;
}

/** Whether a date (YYYY-MM-DD) is a French public holiday. */
export function isPublicHoliday(date: string): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** Jour ouvré: Monday to Friday, not a public holiday. */
export function isWorkingDay(date: string): boolean {
  return Temporal.PlainDate.from(date).dayOfWeek <= 5 && !isPublicHoliday(date);
}

/** The date `count` working days after `date` (working days strictly after it). */
export function addWorkingDays(date: string, count: number): string {
  let day = Temporal.PlainDate.from(date);
  let left = count;
  while (left > 0) {
    day = day.add({ days: 1 });
    if (isWorkingDay(day.toString())) left--;
  }
  return day.toString();
}

/**
 * Délai légal minimum of a fixed-number porting: the porting date is at least this many working
 * days after the request (the operators' interoperability rules for fixed numbers: 7 jours ouvrés).
 */
export const PORTING_MIN_WORKING_DAYS = 7;
/** A porting date further away than this is refused (the request would lapse). */
export const PORTING_MAX_DAYS_AHEAD = 120;

/** The first porting date a request made today may ask for. */
export function earliestPortingDate(today: string): string {
  return addWorkingDays(today, PORTING_MIN_WORKING_DAYS);
}

/** Why a desired porting date is refused: not a date, not a working day, too soon, too far; or null. */
export function portingDateProblem(desired: string, today: string): 'DATE_INVALID' | 'PORTING_DATE_NOT_WORKING_DAY' | 'PORTING_DATE_TOO_SOON' | 'PORTING_DATE_TOO_FAR' | null {
  if (!isCalendarDate(desired)) return 'DATE_INVALID';
  if (Temporal.PlainDate.compare(desired, earliestPortingDate(today)) < 0) return 'PORTING_DATE_TOO_SOON';
  if (Temporal.PlainDate.compare(desired, Temporal.PlainDate.from(today).add({ days: PORTING_MAX_DAYS_AHEAD })) > 0) return 'PORTING_DATE_TOO_FAR';
  if (!isWorkingDay(desired)) return 'PORTING_DATE_NOT_WORKING_DAY';
  return null;
}
