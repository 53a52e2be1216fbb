import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque secrets (session cookies, password links, API tokens): 32 bytes from the CSPRNG
 * (256 bits), base64url. Only their SHA-256 is stored: a stolen database gives no usable token,
 * and a fast hash is enough since the secret is random, not chosen by a person.
 */
export function newSecretToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
