import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates are ISO strings (YYYY-MM-DD) with no time and no zone, as PostgreSQL `date`
 * columns give them. Arithmetic goes through Temporal.PlainDate, which adds months the way
 * contracts mean it: the day is kept, or clamped to the month's last day (31 Jan + 1 month =
 * 28 or 29 Feb).
 */
export const PORTAL_TIME_ZONE = 'Europe/Paris';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (not 2027-02-30, which Date.parse would take as 2 March). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

export function addMonthsClamped(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Today's calendar date in Paris at the given instant. */
export function todayInParis(now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(PORTAL_TIME_ZONE).toPlainDate().toString();
}

/** First and last day of the month containing the date. */
export function monthBounds(date: string): { first: string; last: string } {
  const d = Temporal.PlainDate.from(date);
  const first = d.with({ day: 1 });
  return { first: first.toString(), last: first.add({ months: 1 }).subtract({ days: 1 }).toString() };
}
