import { describe, expect, it } from 'vitest';
import { percentile, runLoad, runPaired } from './load-runner.js';

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

  it('sends the same requests to both sides of a pair, in alternating rounds', async () => {
    const order: string[] = [];
    const seen: [number[], number[]] = [[], []];
    const side = (s: 0 | 1) => async (i: number) => {
      if (order.at(-1) !== `${s}`) order.push(`${s}`);
      seen[s].push(i);
      return s === 0 || i !== 3;
    };
    const [a, b] = await runPaired(30, 3, [side(0), side(1)], 4);
    expect(order).toEqual(['0', '1', '0', '1', '0']); // A B | B A | A B | B A, merged where adjacent
    expect(seen[0].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(seen[1].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(a).toMatchObject({ requests: 30, errors: 0 });
    expect(b).toMatchObject({ requests: 30, errors: 1 });
  });
});
