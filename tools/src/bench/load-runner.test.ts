import { describe, expect, it } from 'vitest';
import { percentile, runLoad } from './load-runner.js';

describe('load runner', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(samples, 50), percentile(samples, 95), percentile(samples, 99), percentile(samples, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 95)).toBe(7);
  });

  it('sends every request once and counts the failures', async () => {
    const seen: number[] = [];
    const result = await runLoad(50, 4, async (i) => {
      seen.push(i);
      return i % 10 !== 0;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(result).toMatchObject({ requests: 50, errors: 5 });
  });
});
