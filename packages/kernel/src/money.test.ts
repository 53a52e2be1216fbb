import { describe, expect, it } from 'vitest';
import { documentTotals, lineAmounts, vatByRate, vatCents } from './money.js';

describe('VAT per line', () => {
  it.each([
    [10_000, 2000, 2000],
    [2500, 2000, 500],
    [333, 2000, 67], // 66.6 → 67
    [1, 2000, 0], // 0.2 → 0
    [3, 2000, 1], // 0.6 → 1
    [25, 2000, 5],
    [2, 2500, 1], // 0.5 → 1, half away from zero
    [-2, 2500, -1],
    [-333, 2000, -67],
    [999, 550, 55], // 54.945 → 55
    [4990, 1000, 499],
    [12345, 0, 0],
  ])('%i cents at %i bp → %i cents', (amount, rate, expected) => expect(vatCents(amount, rate)).toBe(expected));

  it('refuses fractional cents and rates out of range', () => {
    expect(() => vatCents(10.5, 2000)).toThrow(RangeError);
    expect(() => vatCents(100, 10_001)).toThrow(RangeError);
  });

});

describe('VAT per rate on the sum of the lines (EN 16931 BR-S-09, BR-CO-17)', () => {
  const rated = (quantity: number, unit: number, rate: number) => ({ ...lineAmounts(quantity, unit, rate), vatRateBasisPoints: rate });

  it('computes the VAT once per rate on the summed base, not as the sum of rounded line VATs', () => {
    // Three lines of 0,02 € at 25 %: each line alone would bear 0,01 € (0.5 rounded up), 0,03 €
    // in all; 25 % of the 0,06 € base is 0,015 → 0,02 €.
    const lines = [rated(1, 2, 2500), rated(1, 2, 2500), rated(1, 2, 2500)];
    expect(lines.reduce((sum, l) => sum + l.vatCents, 0)).toBe(3);
    expect(documentTotals(lines)).toEqual({ totalExclVatCents: 6, totalVatCents: 2, totalInclVatCents: 8 });
  });

  it('keeps one row per rate in increasing order, each its own base and VAT', () => {
    const lines = [rated(3, 333, 2000), rated(1, 999, 550), rated(1, 4990, 2000), rated(1, 1000, 0)];
    expect(vatByRate(lines)).toEqual([
      { vatRateBasisPoints: 0, baseExclVatCents: 1000, vatCents: 0 },
      { vatRateBasisPoints: 550, baseExclVatCents: 999, vatCents: 55 },
      { vatRateBasisPoints: 2000, baseExclVatCents: 5989, vatCents: 1198 },
    ]);
    expect(documentTotals(lines)).toEqual({ totalExclVatCents: 7988, totalVatCents: 1253, totalInclVatCents: 9241 });
  });
});
