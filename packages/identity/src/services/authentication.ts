import { type EntityManager } from '@mikro-orm/core';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import { DomainError } from '@portal/kernel';
import { ChallengePurpose, SecondFactorChallenge } from '../entities/SecondFactor.js';
import { User } from '../entities/User.js';
import { UserState } from '../enums.js';
import { ACCOUNT_POLICY, ADDRESS_POLICY, LOGIN_POLICY, type ThrottlePolicy } from '../rules/login-throttle.js';
import { normalizeLogin } from '../rules/login.js';
import { hashPassword, verifyPassword } from '../rules/password-hash.js';
import { newSecretToken } from '../rules/secret-token.js';
import { type IdentitySettings } from '../settings.js';
import { AuditAction, audit } from './audit.js';
import { isKnownDevice, rememberDevice } from './known-devices.js';
import { hasSecondFactor, relyingParty, secondFactorsOf, type SecondFactors } from './second-factors.js';
import { openSession, type ClientInfo } from './sessions.js';
import { clearOn, holdThrottles, recordOn, throttledError, waitOf } from './throttles.js';

/** Same message whatever failed: unknown login, wrong password, disabled user. */
export const INVALID_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

/** A pending login waits this long for its second factor, and allows this many attempts. */
export const SECOND_FACTOR_CHALLENGE_MS = 5 * 60_000;
export const SECOND_FACTOR_ATTEMPTS = 5;

let decoyHash: Promise<string> | undefined;
/** A hash to verify against when the login is unknown, so that both cases cost one argon2 run. */
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

/** The second factors a pending login offers. */
export type SecondFactorMethod = 'TOTP' | 'PASSKEY' | 'RECOVERY_CODE';

/** A full sign-in: the session, and the known-device cookie to set. */
export interface SignedIn {
  kind: 'SESSION';
  token: string;
  sessionId: number;
  expiresAt: Date;
  user: User;
  device: { token: string; maxAgeSeconds: number };
}

export type LogInResult =
  | SignedIn
  | { kind: 'SECOND_FACTOR'; challengeToken: string; methods: SecondFactorMethod[]; passkeyOptions: string | null; user: User };

/** Opens the session of a completed sign-in and remembers the browser as a known device. */
export async function completeSignIn(em: EntityManager, user: User, client: ClientInfo, deviceToken: string | null, settings: IdentitySettings, now: Date): Promise<SignedIn> {
  Object.assign(user, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
  const { token, session } = openSession(em, user, client, settings, now);
  const device = await rememberDevice(em, user, deviceToken, now);
  audit(em, { action: AuditAction.LOGIN_SUCCEEDED, actorId: user.id, companyId: user.company.id, ipAddress: client.ipAddress ?? null, at: now });
  await em.flush();
  return { kind: 'SESSION', token, sessionId: session.id, expiresAt: session.expiresAt, user, device };
}

/** The second step of a login: a challenge row, with the WebAuthn options when the user has passkeys. */
async function askSecondFactor(em: EntityManager, user: User, factors: SecondFactors, settings: IdentitySettings, now: Date): Promise<LogInResult> {
  const { token, hash } = newSecretToken();
  const methods: SecondFactorMethod[] = [];
  if (factors.totp) methods.push('TOTP');
  let passkeyOptions: string | null = null;
  let webauthnChallenge: string | null = null;
  if (factors.passkeys.length > 0) {
    methods.push('PASSKEY');
    const options = await generateAuthenticationOptions({
      rpID: relyingParty(settings).id,
      allowCredentials: factors.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports ?? undefined })),
      userVerification: 'preferred',
    });
    webauthnChallenge = options.challenge;
    passkeyOptions = JSON.stringify(options);
  }
  if (factors.recoveryCodesLeft > 0) methods.push('RECOVERY_CODE');
  // The user's finished or expired steps go: the table holds only live ones.
  await em.nativeDelete(SecondFactorChallenge, { user: user.id, purpose: ChallengePurpose.LOGIN, $or: [{ expiresAt: { $lte: now } }, { usedAt: { $ne: null } }] });
  em.create(SecondFactorChallenge, {
    user, purpose: ChallengePurpose.LOGIN, tokenHash: hash, webauthnChallenge, createdAt: now, expiresAt: new Date(now.getTime() + SECOND_FACTOR_CHALLENGE_MS),
  });
  return { kind: 'SECOND_FACTOR', challengeToken: token, methods, passkeyOptions, user };
}

type Outcome = { ok: true; result: LogInResult } | { ok: false; error: DomainError };

/**
 * Checks a login and password. Throttled per login and address pair, per address, and per login
 * across addresses (that last one not for a known device): an attacker at one address never
 * locks the owner out at another. A user with a second factor signing in from a browser that is
 * not a known device (or while their login is under attack) gets a second step instead of a
 * session. Failures are recorded even though the call then fails; every wrong case answers the
 * same error.
 */
export async function logIn(
  em: EntityManager,
  input: { login: string; password: string },
  client: ClientInfo,
  settings: IdentitySettings,
  now: Date,
  deviceToken: string | null = null,
): Promise<LogInResult> {
  const login = normalizeLogin(input.login);
  const outcome = await em.transactional(async (tx): Promise<Outcome> => {
    const user = await tx.findOne(User, { login });
    const knownDevice = user ? await isKnownDevice(tx, user.id, deviceToken, now) : false;
    const factors = user ? await secondFactorsOf(tx, user.id) : null;
    const keys: { key: string; policy: ThrottlePolicy }[] = [{ key: `login:${login}|${client.ipAddress ?? '-'}`, policy: LOGIN_POLICY }];
    if (client.ipAddress) keys.push({ key: `address:${client.ipAddress}`, policy: ADDRESS_POLICY });
    if (!knownDevice) keys.push({ key: `login:${login}`, policy: ACCOUNT_POLICY });
    const throttles = await holdThrottles(tx, keys);
    const pair = throttles[0]!;
    const local = throttles.filter((t) => t.policy !== ACCOUNT_POLICY);
    const account = throttles.filter((t) => t.policy === ACCOUNT_POLICY);
    const localWait = waitOf(local, now);
    const accountWait = waitOf(account, now);
    // A login under a spread-out attack stays open to its owner with a second factor.
    const underAttack = accountWait > 0;
    if (localWait > 0 || (underAttack && !(factors && hasSecondFactor(factors)))) {
      return { ok: false, error: throttledError(Math.max(localWait, accountWait)) };
    }

    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password.slice(0, 256)).catch(() => false);
    if (!user || !user.passwordHash || !passwordOk || user.state !== UserState.ACTIVE) {
      recordOn(throttles, now);
      if (user) {
        user.failedLoginCount += 1;
        user.lastFailedLoginAt = now;
        user.lockedUntil = pair.row.lockedUntil ?? null;
      }
      audit(tx, {
        action: AuditAction.LOGIN_FAILED, actorId: user?.id ?? null, companyId: user?.company.id ?? null,
        ipAddress: client.ipAddress ?? null, details: { login }, at: now,
      });
      return { ok: false, error: new DomainError('INVALID_CREDENTIALS', INVALID_CREDENTIALS) };
    }
    clearOn([pair]);
    if (hasSecondFactor(factors!) && (!knownDevice || underAttack)) {
      return { ok: true, result: await askSecondFactor(tx, user, factors!, settings, now) };
    }
    return { ok: true, result: await completeSignIn(tx, user, client, deviceToken, settings, now) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
