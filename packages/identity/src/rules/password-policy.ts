import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password policy of the source ("au moins 8 caractères, 1 majuscule, 1 chiffre, 1 caractère
 * spécial", typed twice), plus what current guidance adds: not the login, not a common password.
 * The front end shows the same rules live; the server is the one that decides.
 */
export type PasswordViolation =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_NEEDS_UPPERCASE'
  | 'PASSWORD_NEEDS_DIGIT'
  | 'PASSWORD_NEEDS_SPECIAL'
  | 'PASSWORD_CONTAINS_LOGIN'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_MISMATCH';

export const PASSWORD_MIN_LENGTH = 8;
/** argon2 takes any length, but an unbounded input is a cheap way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords French users favour, on top of the international list. */
const FRENCH_FAVOURITES = ['azerty', 'azertyuiop', 'motdepasse', 'soleil', 'bonjour', 'doudou', 'loulou', 'chouchou', 'marseille', 'jetaime', 'coucou', 'nicolas', 'portail', 'openip', 'orange'];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary['passwords-common'] as string[]), ...FRENCH_FAVOURITES]);
  return common;
}

/** "Password1!" is "password" with decorations: strip the digits and signs around the word. */
function baseWord(password: string): string {
  return password.toLowerCase().replace(/^[^a-zà-ÿ]+|[^a-zà-ÿ]+$/g, '');
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const base = baseWord(password);
  const set = commonPasswords();
  return set.has(lower) || (base.length >= 4 && set.has(base));
}

/** Every rule the password breaks, in the order the form lists them; empty when it is accepted. */
export function checkPassword(password: string, confirmation: string, login: string): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) violations.push('PASSWORD_TOO_SHORT');
  if ([...password].length > PASSWORD_MAX_LENGTH) violations.push('PASSWORD_TOO_LONG');
  if (!/\p{Lu}/u.test(password)) violations.push('PASSWORD_NEEDS_UPPERCASE');
  if (!/\p{Nd}/u.test(password)) violations.push('PASSWORD_NEEDS_DIGIT');
  if (!/[^\p{L}\p{Nd}]/u.test(password)) violations.push('PASSWORD_NEEDS_SPECIAL');
  const loginDigits = login.replace(/^E-0*/i, '');
  if (password.toLowerCase().includes(login.toLowerCase()) || (loginDigits.length >= 4 && password.includes(loginDigits))) {
    violations.push('PASSWORD_CONTAINS_LOGIN');
  }
  if (isCommonPassword(password)) violations.push('PASSWORD_TOO_COMMON');
  if (password !== confirmation) violations.push('PASSWORD_MISMATCH');
  return violations;
}
