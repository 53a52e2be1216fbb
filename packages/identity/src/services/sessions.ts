import { type EntityManager } from '@mikro-orm/core';
import { Session } from '../entities/Session.js';
import { User } from '../entities/User.js';
import { UserState } from '../enums.js';
import { hashSecretToken, newSecretToken } from '../rules/secret-token.js';
import { type IdentitySettings } from '../settings.js';

/** lastSeenAt is written at most this often, so that reading pages does not write on each request. */
const TOUCH_EVERY_MS = 60_000;

export interface ClientInfo {
  ipAddress?: string | null;
  userAgent?: string | null;
}

/** A new session for a user who just proved who they are: a fresh random token every time. */
export function openSession(em: EntityManager, user: User, client: ClientInfo, settings: IdentitySettings, now: Date) {
  const { token, hash } = newSecretToken();
  const session = em.create(Session, {
    user,
    tokenHash: hash,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + settings.sessionAbsoluteMs),
    ipAddress: client.ipAddress ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    // The universe the user last chose is in force again (shown as CLIENT if the company lost it).
    actingUniverse: user.lastUniverse ?? null,
  });
  return { token, session };
}

/**
 * The live session of a cookie token: not revoked, within its absolute lifetime and idle timeout,
 * of an active user. Extends the idle timeout on use.
 */
export async function resolveSession(em: EntityManager, token: string, settings: IdentitySettings, now: Date): Promise<Session | null> {
  if (!token || token.length > 200) return null;
  const session = await em.findOne(Session, { tokenHash: hashSecretToken(token) }, { populate: ['user'] });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > settings.sessionIdleMs) return null;
  if (session.user.state !== UserState.ACTIVE) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    session.lastSeenAt = now;
  }
  return session;
}

/** Ends sessions of a user, all of them or all but one; returns how many. */
export function revokeSessions(em: EntityManager, userId: number, now: Date, keepSessionId?: number): Promise<number> {
  return em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
    { revokedAt: now },
  );
}

export function revokeSession(em: EntityManager, sessionId: number, now: Date): Promise<number> {
  return em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: now });
}
