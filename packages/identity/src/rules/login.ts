/** Identifiant: E- followed by 10 digits (E-0000001234), assigned by the system. */
export const LOGIN_PATTERN = /^E-[0-9]{10}$/;

/**
 * A typed login as the portal looks it up and throttles it: trimmed, upper case, at most 40
 * characters. Cut by code points, not UTF-16 units, so that a long input never ends in half an
 * emoji (a lone surrogate, which PostgreSQL would store as U+FFFD: the throttle row would not be
 * found again).
 */
export function normalizeLogin(typed: string): string {
  return Array.from(typed.trim().toUpperCase()).slice(0, 40).join('');
}

export function loginFromNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9_999_999_999) throw new RangeError('login number out of range');
  return `E-${String(n).padStart(10, '0')}`;
}
