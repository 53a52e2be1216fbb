import { describe, expect, it } from 'vitest';
import { hashSecretToken, newSecretToken } from './secret-token.js';

describe('secret tokens', () => {
  it('are long, random, prefixed when asked, and stored only as their hash', () => {
    const a = newSecretToken();
    const b = newSecretToken('pat_');
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.token.startsWith('pat_')).toBe(true);
    expect(a.token).not.toBe(newSecretToken().token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashSecretToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
