import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, RETRY_WINDOW_MS, nextAttemptAt, retryDelayBounds, retryDelayMs } from './backoff.js';

describe('webhook retry backoff', () => {
  it('grows exponentially from 30 s by a factor of 4, capped at 6 h', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n, mid))).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_680_000, MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
  });

  it('spreads each delay by plus or minus 20 % of jitter', () => {
    expect(retryDelayBounds(1)).toEqual({ min: 24_000, max: 36_000 });
    const seen = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
    expect(seen.size).toBeGreaterThan(10);
    for (const d of seen) expect(d).toBeGreaterThanOrEqual(384_000), expect(d).toBeLessThanOrEqual(576_000);
  });

  it('gives up once three days have passed since the first attempt, and never plans a retry beyond them', () => {
    const first = new Date('2026-03-01T10:00:00Z');
    expect(nextAttemptAt(first, 1, first, () => 0.5)).toEqual(new Date('2026-03-01T10:00:30Z'));
    const late = new Date(first.getTime() + RETRY_WINDOW_MS - 60_000);
    expect(nextAttemptAt(first, 12, late)).toEqual(new Date(first.getTime() + RETRY_WINDOW_MS));
    expect(nextAttemptAt(first, 13, new Date(first.getTime() + RETRY_WINDOW_MS))).toBeNull();
  });

  it('plans about fifteen attempts over the three days', () => {
    let at = 0;
    let attempts = 1;
    while (at < RETRY_WINDOW_MS) at += retryDelayMs(attempts++, () => 0.5);
    expect(attempts).toBeGreaterThanOrEqual(14);
    expect(attempts).toBeLessThanOrEqual(18);
  });
});
