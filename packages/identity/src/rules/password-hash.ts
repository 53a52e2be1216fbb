import argon2 from 'argon2';

/**
 * argon2id with the library's defaults (memory 64 MiB, 3 passes, parallelism 4), which meet
 * OWASP's recommendation; the parameters travel inside the PHC string so they can be raised later
 * without invalidating stored hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}
