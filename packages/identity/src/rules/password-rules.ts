/**
 * The rules of the password policy that need no dictionary, shared by the server and the
 * password setup page (which shows them live): at least 8 characters, one upper-case letter, one
 * digit, one special character, typed twice, and not the login. The server adds the refusal of
 * common passwords (see password-policy.ts).
 */
export type PasswordRule =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_NEEDS_UPPERCASE'
  | 'PASSWORD_NEEDS_DIGIT'
  | 'PASSWORD_NEEDS_SPECIAL'
  | 'PASSWORD_CONTAINS_LOGIN'
  | 'PASSWORD_MISMATCH';

export const PASSWORD_MIN_LENGTH = 8;
/** argon2 takes any length, but an unbounded input is a cheap way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 128;

/** Every rule the password breaks, in the order the form lists them. */
export function passwordRuleViolations(password: string, confirmation: string, login: string): PasswordRule[] {
  const violations: PasswordRule[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) violations.push('PASSWORD_TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) violations.push('PASSWORD_TOO_LONG');
  if (!/\p{Lu}/u.test(password)) violations.push('PASSWORD_NEEDS_UPPERCASE');
  if (!/\p{Nd}/u.test(password)) violations.push('PASSWORD_NEEDS_DIGIT');
  if (!/[^\p{L}\p{Nd}]/u.test(password)) violations.push('PASSWORD_NEEDS_SPECIAL');
  const loginDigits = login.replace(/^E-0*/i, '');
  if (login && (password.toLowerCase().includes(login.toLowerCase()) || (loginDigits.length >= 4 && password.includes(loginDigits)))) {
    violations.push('PASSWORD_CONTAINS_LOGIN');
  }
  if (password !== confirmation) violations.push('PASSWORD_MISMATCH');
  return violations;
}
