import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { periodCharges, proratedWithinMonth } from './proration.js';

/** A small deterministic generator for the property tests (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('prorata temporis', () => {
  it.each([
    [3000, '2019-04-01', '2019-04-30', 3000],
    [3000, '2019-04-16', '2019-04-30', 1500], // 15 of 30 days
    [3100, '2019-01-01', '2019-01-01', 100],
    [2900, '2024-02-01', '2024-02-15', 1500], // leap February: 15 of 29
    [2800, '2023-02-15', '2023-02-28', 1400], // 14 of 28
    [4990, '2018-05-29', '2018-05-31', 483], // 3 of 31: 482.9
    [1, '2019-03-10', '2019-03-20', 1], // the one cent goes to the piece holding the month's middle
    [1, '2019-03-01', '2019-03-09', 0],
  ])('%i cents for %s..%s is %i', (monthly, from, to, expected) => {
    expect(proratedWithinMonth(monthly, from, to)).toBe(expected);
  });

  it('adds up to the monthly price to the cent over any split of any month', () => {
    const next = random(2026);
    for (let run = 0; run < 5000; run++) {
      const monthly = Math.floor(next() * 1_000_000);
      const month = Temporal.PlainDate.from({ year: 2016 + Math.floor(next() * 12), month: 1 + Math.floor(next() * 12), day: 1 });
      const days = month.daysInMonth;
      const cuts = new Set<number>();
      const pieces = 1 + Math.floor(next() * 8);
      while (cuts.size < pieces - 1 && cuts.size < days - 1) cuts.add(1 + Math.floor(next() * (days - 1)));
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), days];
      let sum = 0;
      for (let i = 1; i < bounds.length; i++) {
        sum += proratedWithinMonth(monthly, month.with({ day: bounds[i - 1]! + 1 }).toString(), month.with({ day: bounds[i]! }).toString());
      }
      expect(sum).toBe(monthly);
    }
  });

  it('cuts a period at month ends', () => {
    expect(periodCharges(3100, '2019-01-20', '2019-03-05')).toEqual([
      { periodStart: '2019-01-20', periodEnd: '2019-01-31', wholeMonth: false, amountCents: 1200 },
      { periodStart: '2019-02-01', periodEnd: '2019-02-28', wholeMonth: true, amountCents: 3100 },
      { periodStart: '2019-03-01', periodEnd: '2019-03-05', wholeMonth: false, amountCents: 500 },
    ]);
    expect(periodCharges(3100, '2019-02-01', '2019-01-31')).toEqual([]);
  });
});
