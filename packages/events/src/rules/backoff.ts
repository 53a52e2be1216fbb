/**
 * When to try a failed delivery again: exponential backoff with jitter, for three days.
 *
 * The n-th failure (1-based) waits `min(FIRST_DELAY_MS × 4^(n-1), MAX_DELAY_MS)`, spread by ±20 %
 * so that endpoints failing together do not retry together: 30 s, 2 min, 8 min, 32 min, ~2 h,
 * then every 6 h. A delivery whose first attempt is older than the window is given up.
 */
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 6 * 3_600_000;
export const RETRY_WINDOW_MS = 3 * 86_400_000;
export const JITTER = 0.2;

/** The delay before the next attempt after `failures` failed attempts; `random` in [0, 1). */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(failures));
  const base = Math.min(FIRST_DELAY_MS * 4 ** (n - 1), MAX_DELAY_MS);
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** The shortest and longest delay after `failures` failures (the jitter's bounds). */
export function retryDelayBounds(failures: number): { min: number; max: number } {
  return { min: retryDelayMs(failures, () => 0), max: retryDelayMs(failures, () => 1) };
}

/**
 * The next attempt after a failure at `now`, or null when the delivery is given up: the window
 * runs from the first attempt, and no retry is planned beyond it.
 */
export function nextAttemptAt(firstAttemptAt: Date, failures: number, now: Date, random: () => number = Math.random): Date | null {
  const deadline = firstAttemptAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return null;
  return new Date(Math.min(now.getTime() + retryDelayMs(failures, random), deadline));
}
