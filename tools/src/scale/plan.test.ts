import { createHash } from 'node:crypto';
import { isValidIban, isValidSiren } from '@portal/company';
import { addMonthsClamped as contractMonths, addDays } from '@portal/offers';
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, dayOf, isoDay, timestamp } from './calendar.js';
import { encodeRow, encodeValue } from './copy.js';
import { KIND_CLIENT, KIND_OPERATOR, KIND_RESELLER, ScalePlan } from './plan.js';
import { scaleTables } from './tables.js';

function digest(plan: ScalePlan, table: string): string {
  const load = scaleTables(plan).find((t) => t.table === table)!;
  const hash = createHash('sha256');
  for (const row of load.rows()) hash.update(encodeRow(row));
  return hash.digest('hex');
}

describe('calendar', () => {
  it('adds months like the contracts rule of @portal/offers', () => {
    for (let iso = '2010-01-01'; iso <= '2027-12-31'; iso = addDays(iso, 1)) {
      for (const months of [1, 12, 13, 24, 36]) {
        expect(isoDay(addMonthsClamped(dayOf(iso), months))).toBe(contractMonths(iso, months));
      }
    }
  });

  it('formats dates and UTC timestamps', () => {
    expect(isoDay(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(timestamp(dayOf('2026-11-01') * 86_400 + 9 * 3600 + 5 * 60 + 7)).toBe('2026-11-01 09:05:07+00');
  });
});

describe('COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL and booleans', () => {
    expect(encodeValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(encodeValue('\\N')).toBe('\\\\N');
    expect(encodeValue(null)).toBe('\\N');
    expect(encodeValue(true)).toBe('t');
    expect(encodeValue(false)).toBe('f');
    expect(encodeValue(-12)).toBe('-12');
    expect(encodeRow(['Société Générale', null, 3])).toBe('Société Générale\t\\N\t3\n');
    expect(() => encodeValue(Number.NaN)).toThrow();
  });
});

describe('ScalePlan', () => {
  const plan = new ScalePlan({ companies: 500, ocs: 4000, seed: 11 });

  it('has operators, resellers under them and clients under resellers', () => {
    expect(plan.operatorCount).toBe(1);
    expect(plan.resellerCount).toBe(5);
    expect(new ScalePlan({ companies: 100_000, ocs: 0, seed: 1 }).operatorCount).toBe(5);
    for (let id = 1; id <= plan.companyCount; id++) {
      const ancestors = [...plan.ancestors(id)];
      if (plan.kind[id] === KIND_OPERATOR) expect(ancestors).toEqual([]);
      if (plan.kind[id] === KIND_RESELLER) expect(plan.kind[ancestors[0]!]).toBe(KIND_OPERATOR);
      if (plan.kind[id] === KIND_CLIENT) {
        expect(ancestors).toContain(plan.reseller[id]);
        expect(plan.kind[ancestors.at(-1)!]).toBe(KIND_OPERATOR);
      }
    }
  });

  it('writes valid SIRENs, IBANs, RIOs and unique phone numbers', () => {
    const tables = new Map(scaleTables(plan).map((t) => [t.table, t]));
    const company = tables.get('company')!;
    const sirenAt = company.columns.indexOf('siren');
    let sirens = 0;
    for (const row of company.rows()) {
      const siren = row[sirenAt];
      if (siren === null) continue;
      sirens++;
      expect(isValidSiren(String(siren))).toBe(true);
    }
    expect(sirens).toBeGreaterThan(plan.companyCount * 0.9);
    const site = tables.get('site')!;
    const ibanAt = site.columns.indexOf('iban');
    for (const row of site.rows()) if (row[ibanAt] !== null) expect(isValidIban(String(row[ibanAt]))).toBe(true);
    const service = tables.get('oc_service')!;
    const identifiers = new Set<string>();
    for (const row of service.rows()) {
      expect(String(row[4])).toMatch(/^[0-9]{2}[A-Z0-9]{10}$/);
      identifiers.add(String(row[3]));
    }
    expect(identifiers.size).toBe(plan.ocCount);
  });

  it('gives the same rows for the same seed, and other rows for another seed', () => {
    const again = new ScalePlan({ companies: 500, ocs: 4000, seed: 11 });
    const other = new ScalePlan({ companies: 500, ocs: 4000, seed: 12 });
    for (const table of ['company', 'site', 'contracted_offer', 'invoice_line']) {
      expect(digest(again, table)).toBe(digest(plan, table));
      expect(digest(other, table)).not.toBe(digest(plan, table));
    }
  });

  it('generates the contracted offers identically on every pass', () => {
    const first = [...plan.contractedOffers()].length;
    const hash = () => createHash('sha256').update([...plan.contractedOffers()].map((oc) => JSON.stringify({ ...oc, offer: oc.offer.code })).join('\n')).digest('hex');
    expect(first).toBe(plan.ocCount);
    expect(hash()).toBe(hash());
  });
});
