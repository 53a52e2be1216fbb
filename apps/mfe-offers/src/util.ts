/** Calendar helpers: dates are 'YYYY-MM-DD' strings, never Dates (no time zone can move them). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * "Date de résiliation souhaitée avec le préavis": the desired date plus the notice, clamped to
 * the month's last day (31/01 + 1 month = 28 or 29/02) — the server's rule, shown while its
 * quote is on its way; the quote's date is the one displayed once it arrives.
 */
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

/** Percent from basis points: 2000 → "20 %" (fr) / "20%" (en). */
export function formatRate(basisPoints: number, locale: 'fr' | 'en'): string {
  const value = (basisPoints / 100).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 });
  return locale === 'en' ? `${value}%` : `${value}\u00a0%`;
}

export const ocPath = (id: string) => `/offres/${encodeURIComponent(id)}`;
export const terminationPath = (id: string) => `${ocPath(id)}/resiliation`;

/** A key for contractedOfferTerminate: the same request sent twice is one termination. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
