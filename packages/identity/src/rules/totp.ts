import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'Portail opérateur';

const totpOf = (secret: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** A new random secret (160 bits, as RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secret: string, login: string): string {
  return totpOf(secret, login).toString();
}

/** The code of `secret` at `now` (tests, and nothing else, need to compute one). */
export function totpCode(secret: string, now: Date): string {
  return totpOf(secret, 'code').generate({ timestamp: now.getTime() });
}

/**
 * The step (Unix time / 30) of the code `code` if it is valid at `now`, one step early or late
 * allowed for clock drift; null otherwise. A step at or before `lastUsedStep` is refused: a code
 * works once, even within its window.
 */
export function acceptedTotpStep(secret: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpOf(secret, 'code').validate({ token: digits, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
