import { describe, expect, it } from 'vitest';
import { inRunRatio, median, pairedRatio } from './billing-run.js';

describe('billing run bench ratio', () => {
  it('takes the median of the pairs ratios, so one pair slowed down by another load does not move it', () => {
    // The second pair's run with validation ran while the machine was busy: 30 s instead of 20.
    expect(pairedRatio([21, 30, 22], [20, 20, 20])).toBe(1.1); // the means would say 1.22
  });

  it('compares each run with validation with the run without next to it, not the means', () => {
    // The whole machine slows down in the last pair: both of its runs are twice as long.
    expect(pairedRatio([11, 11, 22], [10, 10, 20])).toBe(1.1);
  });

  it('refuses runs that do not come in pairs, and takes the mean of the two middle values for an even count', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow('pairs');
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('measures the ratio within each run too: the run over the run less its validation, whatever the load of the other runs', () => {
    // 11 s of which 1 s of validation, 22 s (a busy machine) of which 2 s: both 1.1.
    expect(inRunRatio([11, 22, 12], [1, 2, 2])).toBe(1.1);
    expect(() => inRunRatio([1], [])).toThrow('one validation time per run');
  });
});
