import { describe, expect, it } from 'vitest';
import { checkPassword, isCommonPassword } from './password-policy.js';

const login = 'E-0000001234';

describe('password policy', () => {
  it('accepts a password that meets every rule, typed twice', () => {
    expect(checkPassword('Tr0mbone-Violet', 'Tr0mbone-Violet', login)).toEqual([]);
    expect(checkPassword('Été#2026clair', 'Été#2026clair', login)).toEqual([]);
  });

  it.each([
    ['Ab1!xyz', 'PASSWORD_TOO_SHORT'],
    ['abcdefg1!', 'PASSWORD_NEEDS_UPPERCASE'],
    ['Abcdefgh!', 'PASSWORD_NEEDS_DIGIT'],
    ['Abcdefgh1', 'PASSWORD_NEEDS_SPECIAL'],
    [`X${'a'.repeat(126)}1!`, 'PASSWORD_TOO_LONG'],
  ])('refuses %s with %s', (password, violation) => {
    expect(checkPassword(password, password, login)).toEqual([violation]);
  });

  it('lists every broken rule at once', () => {
    expect(checkPassword('abc', 'abd', login)).toEqual([
      'PASSWORD_TOO_SHORT', 'PASSWORD_NEEDS_UPPERCASE', 'PASSWORD_NEEDS_DIGIT', 'PASSWORD_NEEDS_SPECIAL', 'PASSWORD_MISMATCH',
    ]);
  });

  it('refuses the two fields when they differ', () => {
    expect(checkPassword('Tr0mbone-Violet', 'Tr0mbone-Violett', login)).toEqual(['PASSWORD_MISMATCH']);
  });

  it('refuses the login inside the password, and its digits', () => {
    expect(checkPassword('E-0000001234!a', 'E-0000001234!a', login)).toContain('PASSWORD_CONTAINS_LOGIN');
    expect(checkPassword('Secret#1234x', 'Secret#1234x', login)).toContain('PASSWORD_CONTAINS_LOGIN');
  });

  it('refuses common passwords, decorated or not', () => {
    for (const p of ['Password1!', 'Azerty123!', 'Motdepasse1?', 'Football#2024', 'Qwerty123!']) {
      expect(checkPassword(p, p, login)).toEqual(['PASSWORD_TOO_COMMON']);
    }
    expect(isCommonPassword('Tr0mbone-Violet')).toBe(false);
  });
});
