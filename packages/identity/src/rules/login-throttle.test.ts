import { describe, expect, it } from 'vitest';
import { LOGIN_POLICY, decide, delayAfter, recordFailure, type ThrottleState } from './login-throttle.js';

const t0 = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const fresh: ThrottleState = { failures: 0, lastFailureAt: null, lockedUntil: null };

describe('login throttle', () => {
  it('lets the first failures through without waiting', () => {
    let s = fresh;
    for (let i = 0; i < 3; i++) {
      expect(decide(s, t0, LOGIN_POLICY)).toEqual({ allowed: true });
      s = recordFailure(s, t0, LOGIN_POLICY);
    }
    expect(s.failures).toBe(3);
    expect(decide(s, t0, LOGIN_POLICY)).toEqual({ allowed: true });
  });

  it('then doubles the wait after each failure, up to a ceiling', () => {
    expect([4, 5, 6, 7, 8, 9, 12].map((n) => delayAfter(n, LOGIN_POLICY))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    const s = { failures: 5, lastFailureAt: t0, lockedUntil: null };
    expect(decide(s, at(1999), LOGIN_POLICY)).toEqual({ allowed: false, retryAfterMs: 1, locked: false });
    expect(decide(s, at(2000), LOGIN_POLICY)).toEqual({ allowed: true });
  });

  it('locks for a quarter of an hour at the tenth failure', () => {
    const s = recordFailure({ failures: 9, lastFailureAt: t0, lockedUntil: null }, at(60_000), LOGIN_POLICY);
    expect(s.lockedUntil).toEqual(at(60_000 + 15 * 60_000));
    expect(decide(s, at(120_000), LOGIN_POLICY)).toMatchObject({ allowed: false, locked: true });
    expect(decide(s, at(60_000 + 15 * 60_000 - 1), LOGIN_POLICY)).toEqual({ allowed: false, retryAfterMs: 1, locked: true });
    expect(decide(s, at(60_000 + 15 * 60_000), LOGIN_POLICY)).toEqual({ allowed: true });
  });

  it('forgets failures after the window', () => {
    const s = { failures: 8, lastFailureAt: t0, lockedUntil: null };
    expect(decide(s, at(60 * 60_000 + 1), LOGIN_POLICY)).toEqual({ allowed: true });
    expect(recordFailure(s, at(60 * 60_000 + 1), LOGIN_POLICY).failures).toBe(1);
  });
});
