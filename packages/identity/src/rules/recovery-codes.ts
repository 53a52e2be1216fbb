import { randomInt } from 'node:crypto';
import { hashSecretToken } from './secret-token.js';

/** How many recovery codes a user gets at once. */
export const RECOVERY_CODE_COUNT = 10;
/** Letters and digits that cannot be mistaken for one another when typed from paper. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A code as shown: 10 characters in two groups (XXXXX-XXXXX), about 50 bits of entropy. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** The form that is hashed: upper case, without spaces or dashes (users type them any way). */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}

/** What is stored: the SHA-256 of the normalized code (random codes need no slow hash). */
export function hashRecoveryCode(code: string): string {
  return hashSecretToken(`recovery:${normalizeRecoveryCode(code)}`);
}
