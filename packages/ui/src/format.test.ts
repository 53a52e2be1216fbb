import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatAmount, formatAmountPlain, formatDate, formatDateTime, parseFrenchDate } from './format.js';

const NNBSP = '\u202f'; // narrow no-break space: fr-FR thousands separator
const NBSP = '\u00a0'; // no-break space: before the € sign

describe('formatAmount', () => {
  it('writes integer cents as euros the French way, with the spaces Intl gives', () => {
    expect(formatAmount(123456, 'fr')).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount(123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount(5, 'fr')).toBe(`0,05${NBSP}€`);
    expect(formatAmount(0, 'fr')).toBe(`0,00${NBSP}€`);
  });

  it('writes credit notes (negative amounts) with a minus sign, and never -0', () => {
    expect(formatAmount(-123456, 'fr')).toBe(`-1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount(-1, 'fr')).toBe(`-0,01${NBSP}€`);
    expect(formatAmount(-0, 'fr')).toBe(`0,00${NBSP}€`);
    expect(formatAmount(-123456, 'en')).toBe('-€1,234.56');
  });

  it('keeps every digit of large amounts', () => {
    expect(formatAmount(1234567890123456, 'fr')).toBe(`12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234,56${NBSP}€`);
    expect(() => formatAmount(Number.NaN)).toThrow(RangeError);
    expect(() => formatAmount(1e21)).toThrow(RangeError);
  });

  it('writes English amounts with the € first', () => {
    expect(formatAmount(123456, 'en')).toBe('€1,234.56');
  });
});

describe('formatAmountPlain', () => {
  it('has no grouping nor currency, for exports and inputs', () => {
    expect(formatAmountPlain(123456)).toBe('1234,56');
    expect(formatAmountPlain(-7, 'fr')).toBe('-0,07');
    expect(formatAmountPlain(123456, 'en')).toBe('1234.56');
  });
});

describe('formatDate', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
    vi.unstubAllGlobals();
  });

  it('shows a calendar date as written, whatever the time zone', () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC', 'Europe/Paris']) {
      process.env.TZ = zone;
      expect(formatDate('2026-01-01')).toBe('01/01/2026');
      expect(formatDate('2026-03-29', 'en')).toBe('29/03/2026');
    }
  });

  it('never builds a Date for a calendar date', () => {
    vi.stubGlobal('Date', function NoDate() {
      throw new Error('a calendar date went through Date');
    });
    expect(formatDate('2028-02-29')).toBe('29/02/2028');
    expect(formatDate('2026-02-29')).toBe('');
    expect(parseFrenchDate('31/12/2026')).toBe('2026-12-31');
  });

  it('shows an instant as its day in Paris', () => {
    process.env.TZ = 'America/New_York';
    expect(formatDate('2026-06-30T22:30:00Z')).toBe('01/07/2026');
    expect(formatDate(new Date('2026-01-01T00:30:00+01:00'))).toBe('01/01/2026');
  });

  it('gives an empty string for empty or invalid input', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('2026-13-01')).toBe('');
    expect(formatDate('pas une date')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in Paris time, 24-hour clock', () => {
    expect(formatDateTime('2017-01-12T10:01:00Z')).toBe('12/01/2017 11:01:00');
    expect(formatDateTime('2017-07-12T22:01:00Z', 'fr')).toBe('13/07/2017 00:01:00');
    expect(formatDateTime('2017-01-12T10:01:00Z', 'en')).toBe('12/01/2017, 11:01:00');
    expect(formatDateTime('n/a')).toBe('');
  });
});

describe('parseFrenchDate', () => {
  it('reads a date typed day first', () => {
    expect(parseFrenchDate('31/12/2026')).toBe('2026-12-31');
    expect(parseFrenchDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseFrenchDate('01.02.2026')).toBe('2026-02-01');
    expect(parseFrenchDate('01-02-2026', 'en')).toBe('2026-02-01');
    expect(parseFrenchDate('2026-12-31')).toBe('2026-12-31');
    expect(parseFrenchDate('29/02/2028')).toBe('2028-02-29');
  });

  it('refuses what is not a real calendar day', () => {
    expect(parseFrenchDate('31/02/2026')).toBeNull();
    expect(parseFrenchDate('29/02/2026')).toBeNull();
    expect(parseFrenchDate('29/02/2100')).toBeNull();
    expect(parseFrenchDate('31/04/2026')).toBeNull();
    expect(parseFrenchDate('00/01/2026')).toBeNull();
    expect(parseFrenchDate('12/13/2026')).toBeNull();
    expect(parseFrenchDate('2026-02-30')).toBeNull();
    expect(parseFrenchDate('31/12/26')).toBeNull();
    expect(parseFrenchDate('')).toBeNull();
  });
});
