/**
 * Seeded randomness for the scale data. Every table draws from its own stream, derived from the
 * run's seed and a stream number, so that a table can be generated again (a second pass over the
 * contracted offers, say) and give exactly the same values, whatever was drawn before it.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** Murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit generator seed from the run's seed (any safe integer) and a stream number. */
export function streamSeed(seed: number, stream: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError('the seed is a safe integer');
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return fmix32(fmix32(low ^ 0x9e3779b9) ^ fmix32(high + 0x7f4a7c15) ^ fmix32(Math.imul(stream + 1, 0x27d4eb2f)));
}

/** Streams, one per kind of data; never renumber them, or the same seed gives other data. */
export const Stream = {
  structure: 1,
  companies: 2,
  sites: 3,
  catalogue: 4,
  users: 5,
  contractedOffers: 6,
  invoices: 7,
} as const;

export class Random {
  private readonly gen: RandomGenerator;

  constructor(seed: number, stream: number) {
    this.gen = xoroshiro128plus(streamSeed(seed, stream));
    // The first outputs of a freshly seeded xoroshiro still show its simple initial state.
    for (let i = 0; i < 20; i++) this.gen.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return uniformInt(this.gen, min, max);
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return uniformInt(this.gen, 0, n - 1);
  }

  /** True with the given probability (0..1), to a hundredth of a percent. */
  chance(probability: number): boolean {
    return uniformInt(this.gen, 0, 9_999) < probability * 10_000;
  }

  pick<T>(items: readonly T[]): T {
    return items[uniformInt(this.gen, 0, items.length - 1)]!;
  }
}

/** Items drawn in proportion to integer weights (cumulative table and binary search). */
export class WeightedTable<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(private readonly items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new RangeError('one weight per item, at least one item');
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((w, i) => {
      if (!Number.isInteger(w) || w < 0) throw new RangeError('weights are non-negative integers');
      sum += w;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError('the weights add up to zero');
    this.total = sum;
  }

  draw(random: Random): T {
    return this.items[searchCumulative(this.cumulative, random.below(this.total))]!;
  }
}

/** Index of the first cumulative weight above `target` (target in [0, total)). */
export function searchCumulative(cumulative: Float64Array | Uint32Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
