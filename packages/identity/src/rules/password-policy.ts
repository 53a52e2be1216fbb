import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password policy of the source ("au moins 8 caractères, 1 majuscule, 1 chiffre, 1 caractère
 * spécial", typed twice), plus what current guidance adds: not the login, not a common password.
 * The front end shows the same rules live; the server is the one that decides.
 */
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordRuleViolations, type PasswordRule } from './password-rules.js';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };
export type PasswordViolation = PasswordRule | 'PASSWORD_TOO_COMMON';

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
  const violations: PasswordViolation[] = passwordRuleViolations(password, confirmation, login);
  if (isCommonPassword(password)) violations.splice(violations.indexOf('PASSWORD_MISMATCH') >= 0 ? violations.indexOf('PASSWORD_MISMATCH') : violations.length, 0, 'PASSWORD_TOO_COMMON');
  return violations;
}
