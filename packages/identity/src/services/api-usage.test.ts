import { describe, expect, it } from 'vitest';
import { rateLimitRemainingNow } from './api-usage.js';

describe('API token rate limit remaining', () => {
  const at = new Date('2026-11-23T09:00:00Z');
  it('is the last count while the one-minute window runs, the whole limit after it or before any request', () => {
    expect(rateLimitRemainingNow({ rateLimitRemaining: 412, lastRequestAt: at }, 600, new Date(at.getTime() + 59_000))).toBe(412);
    expect(rateLimitRemainingNow({ rateLimitRemaining: 412, lastRequestAt: at }, 600, new Date(at.getTime() + 60_000))).toBe(600);
    expect(rateLimitRemainingNow(null, 600, at)).toBe(600);
    expect(rateLimitRemainingNow({ rateLimitRemaining: 900, lastRequestAt: at }, 600, at)).toBe(600);
  });
});
