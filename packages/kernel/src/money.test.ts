import { describe, expect, it } from 'vitest';
import { documentTotals, lineAmounts, vatCents } from './money.js';

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

  it('makes totals the sums of the lines, VAT included', () => {
    const lines = [lineAmounts(3, 333, 2000), lineAmounts(1, 4990, 2000), lineAmounts(2, 1, 2000)];
    expect(lines[0]).toEqual({ totalExclVatCents: 999, vatCents: 200 });
    const totals = documentTotals(lines);
    expect(totals).toEqual({ totalExclVatCents: 5991, totalVatCents: 200 + 998 + 0, totalInclVatCents: 5991 + 1198 });
  });
});
