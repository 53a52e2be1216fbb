/**
 * Brute-force protection of the login, kept per login name and client address pair (whether the
 * login exists or not, so that a lock says nothing about existence), per address, and per login
 * across all addresses with much more room. An attacker at one address thus locks only that pair,
 * never the owner at another; the login-wide key stops a spread-out attack, and a known device or
 * a second factor gets past it. The first failures are free; then
 * each failure doubles the wait before the next attempt; past a threshold the key is locked for
 * a while. A success clears the login's counter (not the address's).
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  lockAfterFailures: number;
  lockMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export const LOGIN_POLICY: ThrottlePolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  lockAfterFailures: 10,
  lockMs: 15 * 60_000,
  windowMs: 60 * 60_000,
};

/** An address tries many logins (an office behind one NAT): it gets more room. */
export const ADDRESS_POLICY: ThrottlePolicy = { ...LOGIN_POLICY, freeFailures: 10, lockAfterFailures: 50 };

/** One login from every address together: only a spread-out attack reaches it. */
export const ACCOUNT_POLICY: ThrottlePolicy = { ...LOGIN_POLICY, freeFailures: 20, maxDelayMs: 5_000, lockAfterFailures: 30 };

/** Codes of a second factor (TOTP, recovery codes, passkeys) for one user. */
export const SECOND_FACTOR_POLICY: ThrottlePolicy = { ...LOGIN_POLICY, freeFailures: 3, lockAfterFailures: 10 };

/**
 * "Mot de passe oublié" requests, counted as failures (the first ones free: `freeFailures` + 1
 * requests pass): three links an hour per login, then a wait that doubles; past six the login
 * gets no link for an hour.
 */
export const RESET_LOGIN_POLICY: ThrottlePolicy = { freeFailures: 2, baseDelayMs: 10 * 60_000, maxDelayMs: 60 * 60_000, lockAfterFailures: 6, lockMs: 60 * 60_000, windowMs: 60 * 60_000 };

/** Reset requests from one address: ten links an hour, whatever the logins. */
export const RESET_ADDRESS_POLICY: ThrottlePolicy = { ...RESET_LOGIN_POLICY, freeFailures: 9, lockAfterFailures: 20 };

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number; locked: boolean };

/** The wait imposed after `failures` consecutive failures (0 while they are free). */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.freeFailures - 1));
}

/** Whether an attempt may be checked now. */
export function decide(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  if (state.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime(), locked: true };
  }
  const failures = current(state, now, policy);
  if (failures === 0 || !state.lastFailureAt) return { allowed: true };
  const readyAt = state.lastFailureAt.getTime() + delayAfter(failures, policy);
  return readyAt > now.getTime() ? { allowed: false, retryAfterMs: readyAt - now.getTime(), locked: false } : { allowed: true };
}

/** The state after one more failure at `now`. */
export function recordFailure(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const failures = current(state, now, policy) + 1;
  const lockedUntil = failures >= policy.lockAfterFailures ? new Date(now.getTime() + policy.lockMs) : state.lockedUntil;
  return { failures, lastFailureAt: now, lockedUntil };
}

function current(state: ThrottleState, now: Date, policy: ThrottlePolicy): number {
  if (!state.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > policy.windowMs) return 0;
  return state.failures;
}
