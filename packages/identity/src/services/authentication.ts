import { LockMode, type EntityManager } from '@mikro-orm/core';
import { LoginThrottle } from '../entities/LoginThrottle.js';
import { User } from '../entities/User.js';
import { UserState } from '../enums.js';
import { DomainError } from '@portal/kernel';
import { ADDRESS_POLICY, LOGIN_POLICY, decide, recordFailure, type ThrottlePolicy, type ThrottleState } from '../rules/login-throttle.js';
import { normalizeLogin } from '../rules/login.js';
import { hashPassword, verifyPassword } from '../rules/password-hash.js';
import { type IdentitySettings } from '../settings.js';
import { AuditAction, audit } from './audit.js';
import { openSession, type ClientInfo } from './sessions.js';

/** Same message whatever failed: unknown login, wrong password, disabled user. */
export const INVALID_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

let decoyHash: Promise<string> | undefined;
/** A hash to verify against when the login is unknown, so that both cases cost one argon2 run. */
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

interface Keyed {
  key: string;
  policy: ThrottlePolicy;
  row: LoginThrottle;
}

async function lockThrottles(em: EntityManager, keys: { key: string; policy: ThrottlePolicy }[]): Promise<Keyed[]> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute(
    `insert into login_throttle (key, failures) values ${keys.map(() => '(?, 0)').join(', ')} on conflict (key) do nothing`,
    keys.map((k) => k.key), 'run', tx,
  );
  const rows = await em.find(LoginThrottle, { key: { $in: keys.map((k) => k.key) } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { key: 'asc' } });
  return keys.map((k) => ({ ...k, row: rows.find((r) => r.key === k.key)! }));
}

const stateOf = (row: LoginThrottle): ThrottleState => ({ failures: row.failures, lastFailureAt: row.lastFailureAt ?? null, lockedUntil: row.lockedUntil ?? null });

type Outcome =
  | { ok: true; token: string; expiresAt: Date; user: User }
  | { ok: false; error: DomainError };

/**
 * Checks a login and password and opens a session. Throttled per login (existing or not) and per
 * address; failures are recorded even though the call then fails. Answers the same error for
 * every wrong case.
 */
export async function logIn(
  em: EntityManager,
  input: { login: string; password: string },
  client: ClientInfo,
  settings: IdentitySettings,
  now: Date,
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const login = normalizeLogin(input.login);
  const outcome = await em.transactional(async (tx): Promise<Outcome> => {
    const keys = [{ key: `login:${login}`, policy: LOGIN_POLICY }];
    if (client.ipAddress) keys.push({ key: `address:${client.ipAddress}`, policy: ADDRESS_POLICY });
    const throttles = await lockThrottles(tx, keys);
    const waits = throttles.map((t) => decide(stateOf(t.row), now, t.policy)).filter((d) => !d.allowed);
    if (waits.length > 0) {
      const retryAfterMs = Math.max(...waits.map((w) => (w.allowed ? 0 : w.retryAfterMs)));
      const seconds = Math.ceil(retryAfterMs / 1000);
      return {
        ok: false,
        error: new DomainError('LOGIN_THROTTLED', `Trop de tentatives : réessayez dans ${seconds} s.`, null, { retryAfterSeconds: seconds }),
      };
    }

    const user = await tx.findOne(User, { login });
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password.slice(0, 256)).catch(() => false);
    if (!user || !user.passwordHash || !passwordOk || user.state !== UserState.ACTIVE) {
      for (const t of throttles) Object.assign(t.row, recordFailure(stateOf(t.row), now, t.policy));
      if (user) {
        user.failedLoginCount += 1;
        user.lastFailedLoginAt = now;
        user.lockedUntil = throttles[0]!.row.lockedUntil ?? null;
      }
      audit(tx, {
        action: AuditAction.LOGIN_FAILED, actorId: user?.id ?? null, companyId: user?.company.id ?? null,
        ipAddress: client.ipAddress ?? null, details: { login }, at: now,
      });
      return { ok: false, error: new DomainError('INVALID_CREDENTIALS', INVALID_CREDENTIALS) };
    }

    const loginThrottle = throttles[0]!.row;
    Object.assign(loginThrottle, { failures: 0, lastFailureAt: null, lockedUntil: null });
    Object.assign(user, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    const { token, session } = openSession(tx, user, client, settings, now);
    audit(tx, { action: AuditAction.LOGIN_SUCCEEDED, actorId: user.id, companyId: user.company.id, ipAddress: client.ipAddress ?? null, at: now });
    return { ok: true, token, expiresAt: session.expiresAt, user };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome;
}
