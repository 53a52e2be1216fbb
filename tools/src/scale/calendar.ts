/**
 * Fast calendar arithmetic for a million rows: dates are day numbers (days since 1970-01-01, UTC)
 * and timestamps are seconds since the epoch. Months are added the way contracts mean it, like
 * `addMonthsClamped` of @portal/offers (31 Jan + 1 month = 28/29 Feb), without Temporal's cost.
 */
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date (YYYY-MM-DD). */
export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

const cache: string[] = [];

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  const cached = cache[day];
  if (cached !== undefined) return cached;
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (day >= 0 && day < 40_000) cache[day] = iso;
  return iso;
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** The day `months` months later, the day of month clamped to the target month's last day. */
export function addMonthsClamped(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  return Date.UTC(year, month0, Math.min(d.getUTCDate(), daysInMonth(year, month0))) / MS_PER_DAY;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A timestamptz literal in UTC for COPY: 2026-11-01 09:30:00+00. */
export function timestamp(seconds: number): string {
  const day = Math.floor(seconds / 86_400);
  const rest = seconds - day * 86_400;
  const h = Math.floor(rest / 3_600);
  const m = Math.floor((rest - h * 3_600) / 60);
  const s = rest - h * 3_600 - m * 60;
  return `${isoDay(day)} ${two(h)}:${two(m)}:${two(s)}+00`;
}
