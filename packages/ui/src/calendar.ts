/**
 * Calendar dates in the browser, as the server counts them (@portal/kernel's calendar, without its
 * Temporal polyfill): 'YYYY-MM-DD' strings that never go through a Date, so no time zone moves them.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether day/month/year is a real day of the calendar (not 31/02). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The date plus some months, clamped to the month's last day (31/01 + 1 month = 28 or 29/02). */
export function addMonthsClamped(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) return '';
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(Number(m[3]), daysInMonth(year, month)))}`;
}

/** Today in Paris, as the server counts days. */
export function todayInParis(now = new Date()): string {
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}
