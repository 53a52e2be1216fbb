/**
 * Formatting of dates and amounts for the portal, French first. Pure functions (no React, no DOM).
 *
 * - `fr` follows fr-FR: 29/05/2018, 12/01/2017 11:01:00, 1 234,56 €.
 * - `en` follows en-GB: the same day/month/year order (so a date typed by a user means the same
 *   thing in both locales), 24-hour clock, € before the amount: €1,234.56.
 * - Times are always shown in Europe/Paris, whatever the browser's time zone.
 * - Amounts are integers of euro cents, as everywhere in the portal.
 */
import { isValidDay } from './calendar.js';

export type Locale = 'fr' | 'en';

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const TIME_ZONE = 'Europe/Paris';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const cacheKey = `${locale}:${withTime}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateTimeFormats.set(cacheKey, format);
  }
  return format;
}

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The parts of an instant in Paris, assembled by hand so the output does not depend on ICU's wording ("à", commas). */
function parisParts(date: Date, locale: Locale, withTime: boolean): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of dateTimeFormat(locale, withTime).formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/**
 * A calendar date: `formatDate('2018-05-29') → '29/05/2018'`.
 * A date-only ISO string is shown as written (no time zone shift); an instant (Date or ISO date-time)
 * is shown as its day in Paris. Empty or invalid input gives ''.
 */
export function formatDate(value: Date | string | null | undefined, locale: Locale = 'fr'): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string') {
    const iso = ISO_DATE.exec(value);
    if (iso) {
      const [, y, m, d] = iso;
      return isValidDay(Number(y), Number(m), Number(d)) ? `${d}/${m}/${y}` : '';
    }
  }
  const date = toDate(value);
  if (!date) return '';
  const p = parisParts(date, locale, false);
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * An instant in Paris time: `formatDateTime('2017-01-12T10:01:00Z') → '12/01/2017 11:01:00'`
 * (en: '12/01/2017, 11:01:00'). Empty or invalid input gives ''.
 */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale = 'fr'): string {
  if (value == null || value === '') return '';
  const date = toDate(value);
  if (!date) return '';
  const p = parisParts(date, locale, true);
  const separator = locale === 'en' ? ', ' : ' ';
  return `${p.day}/${p.month}/${p.year}${separator}${p.hour}:${p.minute}:${p.second}`;
}

/** Exact decimal string of an integer number of cents: -123456 → '-1234.56'. */
function centsToDecimal(cents: number): string {
  const whole = Math.round(cents);
  // Beyond 2^53 the digits are no longer exact (and String() switches to exponent notation).
  if (!Number.isSafeInteger(whole)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const negative = whole < 0;
  const digits = String(Math.abs(whole)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const amountFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * An amount in euros from integer cents: `formatAmount(123456) → '1 234,56 €'` (the spaces are the
 * narrow no-break space U+202F and the no-break space U+00A0, as Intl gives them); en: '€1,234.56'.
 */
export function formatAmount(cents: number, locale: Locale = 'fr'): string {
  let format = amountFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' });
    amountFormats.set(locale, format);
  }
  const decimal = centsToDecimal(cents);
  // A decimal string keeps every digit exact (Intl.NumberFormat v3); -0 is shown as 0.
  return format.format((decimal === '-0.00' ? '0.00' : decimal) as unknown as number);
}

/** An amount without grouping nor currency, for exports and inputs: `formatAmountPlain(123456) → '1234,56'` (en: '1234.56'). */
export function formatAmountPlain(cents: number, locale: Locale = 'fr'): string {
  const decimal = centsToDecimal(cents);
  return locale === 'fr' ? decimal.replace('.', ',') : decimal;
}

/**
 * A date typed by a user, day first: `parseFrenchDate('29/05/2018') → '2018-05-29'`; also accepts
 * 1-digit day/month, '-' or '.' separators, and an ISO date as an `<input type="date">` gives it.
 * Returns null for anything that is not a real calendar day (31/02/2018). en (en-GB) reads the
 * same day/month/year order.
 */
export function parseFrenchDate(text: string, _locale: Locale = 'fr'): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const typed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    if (!typed) return null;
    [day, month, year] = [Number(typed[1]), Number(typed[2]), Number(typed[3])];
  }
  if (year < 1 || !isValidDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
