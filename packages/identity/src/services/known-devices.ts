import { type EntityManager } from '@mikro-orm/core';
import { KnownDevice } from '../entities/KnownDevice.js';
import { type User } from '../entities/User.js';
import { hashSecretToken, newSecretToken } from '../rules/secret-token.js';

/** How long a browser stays known after its last full sign-in. */
export const KNOWN_DEVICE_TTL_MS = 90 * 24 * 3_600_000;

/** Whether `token` (the device cookie) names a live known device of `userId`. */
export async function isKnownDevice(em: EntityManager, userId: number, token: string | null | undefined, now: Date): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const device = await em.findOne(KnownDevice, { tokenHash: hashSecretToken(token), user: userId, expiresAt: { $gt: now } });
  return device !== null;
}

/** Remembers the browser of a full sign-in: a new token, or the same one renewed. */
export async function rememberDevice(em: EntityManager, user: User, token: string | null | undefined, now: Date): Promise<{ token: string; maxAgeSeconds: number }> {
  const expiresAt = new Date(now.getTime() + KNOWN_DEVICE_TTL_MS);
  const existing = token && token.length <= 200 ? await em.findOne(KnownDevice, { tokenHash: hashSecretToken(token), user: user.id }) : null;
  if (existing) {
    Object.assign(existing, { expiresAt, lastUsedAt: now });
    return { token: token!, maxAgeSeconds: KNOWN_DEVICE_TTL_MS / 1000 };
  }
  await em.nativeDelete(KnownDevice, { user: user.id, expiresAt: { $lte: now } });
  const fresh = newSecretToken();
  em.create(KnownDevice, { user, tokenHash: fresh.hash, createdAt: now, expiresAt, lastUsedAt: now });
  return { token: fresh.token, maxAgeSeconds: KNOWN_DEVICE_TTL_MS / 1000 };
}

/** Forgets every known device of a user (a password reset: the next sign-in asks for the second factor). */
export function forgetDevices(em: EntityManager, userId: number): Promise<number> {
  return em.nativeDelete(KnownDevice, { user: userId });
}
