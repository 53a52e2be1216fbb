/**
 * Calendar dates are ISO strings (YYYY-MM-DD) with no time and no zone, as PostgreSQL `date`
 * columns give them; they never go through a Date, so no time zone moves them. Months are added
 * the way contracts mean it: the day is kept, or clamped to the month's last day (31 Jan + 1 month
 * = 28 or 29 Feb). No dependency: the server, the browser and the tools share this one module,
 * and calendar.test.ts pins it to Temporal.
 */
export const PORTAL_TIME_ZONE = 'Europe/Paris';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The number of days of a month (1..12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether day/month/year is a real day of the calendar (not 31/02). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const iso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** A real calendar date written YYYY-MM-DD (not 2027-02-30, which Date.parse would take as 2 March). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The date plus (or minus) some months, the day clamped to the month's last day. */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** The date plus (or minus) some days. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(...parts(date)) + days);
}

/** First and last day of the month containing the date. */
export function monthBounds(date: string): { first: string; last: string } {
  const [y, m] = parts(date);
  return { first: iso(y, m, 1), last: iso(y, m, daysInMonth(y, m)) };
}

/** The last day of the month containing the date. */
export const monthEnd = (date: string): string => monthBounds(date).last;

/** Today's calendar date in Paris at the given instant. */
export function todayInParis(now: Date = new Date()): string {
  const found: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat('en-GB', { timeZone: PORTAL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)) found[p.type] = p.value;
  return `${found.year}-${found.month}-${found.day}`;
}

/** A date as French documents print it: 2026-12-31 → 31/12/2026 (empty for none). */
export function frenchDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
