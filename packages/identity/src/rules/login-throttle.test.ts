import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, LOGIN_POLICY, RESET_ADDRESS_POLICY, RESET_LOGIN_POLICY, decide, delayAfter, recordFailure, type ThrottlePolicy, type ThrottleState } from './login-throttle.js';

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

  /** How many attempts in a row, at one instant, pass before the first refusal. */
  const burst = (policy: ThrottlePolicy) => {
    let state = fresh;
    let passed = 0;
    while (decide(state, t0, policy).allowed && passed < 1_000) {
      passed += 1;
      state = recordFailure(state, t0, policy);
    }
    return passed;
  };

  it('lets three reset links an hour through per login and ten per address, then makes them wait', () => {
    expect(burst(RESET_LOGIN_POLICY)).toBe(3);
    expect(burst(RESET_ADDRESS_POLICY)).toBe(10);
    const afterThree = [0, 1, 2].reduce((s) => recordFailure(s, t0, RESET_LOGIN_POLICY), fresh);
    expect(decide(afterThree, at(10 * 60_000), RESET_LOGIN_POLICY)).toEqual({ allowed: true });
  });

  it('gives a login across all addresses more room than one login and address pair, and locks it at thirty', () => {
    expect(burst(ACCOUNT_POLICY)).toBeGreaterThan(burst(LOGIN_POLICY));
    const s = recordFailure({ failures: 29, lastFailureAt: t0, lockedUntil: null }, at(1_000), ACCOUNT_POLICY);
    expect(decide(s, at(2_000), ACCOUNT_POLICY)).toMatchObject({ allowed: false, locked: true });
  });
});
