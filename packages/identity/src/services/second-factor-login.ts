import { LockMode, type EntityManager } from '@mikro-orm/core';
import { verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import { DomainError } from '@portal/kernel';
import { ChallengePurpose, Passkey, SecondFactorChallenge } from '../entities/SecondFactor.js';
import { type User } from '../entities/User.js';
import { UserState } from '../enums.js';
import { SECOND_FACTOR_POLICY } from '../rules/login-throttle.js';
import { hashSecretToken } from '../rules/secret-token.js';
import { type IdentitySettings } from '../settings.js';
import { AuditAction, audit } from './audit.js';
import { SECOND_FACTOR_ATTEMPTS, completeSignIn, type SecondFactorMethod, type SignedIn } from './authentication.js';
import { spendRecoveryCode, spendTotpCode } from './second-factor-proof.js';
import { relyingParty } from './second-factors.js';
import { type ClientInfo } from './sessions.js';
import { clearOn, holdThrottles, recordOn, throttledError, waitOf } from './throttles.js';

/** What the second step of a login carries: the step's token and exactly one proof. */
export interface SecondFactorProof {
  token: string;
  code?: string | null;
  recoveryCode?: string | null;
  /** The browser's WebAuthn assertion, as JSON. */
  passkeyResponse?: string | null;
}

const challengeInvalid = () =>
  new DomainError('SECOND_FACTOR_CHALLENGE_INVALID', 'Cette étape de connexion a expiré : reconnectez-vous.', ['input', 'token']);

/** The one proof given (an empty string counts as given: two fields, even one blank, are refused). */
function methodOf(proof: SecondFactorProof): { method: SecondFactorMethod; field: string; value: string } | null {
  const given = [
    proof.code != null ? { method: 'TOTP' as const, field: 'code', value: proof.code } : null,
    proof.recoveryCode != null ? { method: 'RECOVERY_CODE' as const, field: 'recoveryCode', value: proof.recoveryCode } : null,
    proof.passkeyResponse != null ? { method: 'PASSKEY' as const, field: 'passkeyResponse', value: proof.passkeyResponse } : null,
  ].filter((g) => g !== null);
  return given.length === 1 ? given[0]! : null;
}

/** Checks one proof against the user's factors; spends what it uses (TOTP step, recovery code, counter). */
async function verifyProof(em: EntityManager, user: User, method: SecondFactorMethod, value: string, challenge: SecondFactorChallenge, settings: IdentitySettings, now: Date): Promise<boolean> {
  if (method === 'TOTP') return spendTotpCode(em, user.id, value, now);
  if (method === 'RECOVERY_CODE') return spendRecoveryCode(em, user.id, value, now);
  let response: AuthenticationResponseJSON;
  try {
    response = JSON.parse(value.slice(0, 20_000)) as AuthenticationResponseJSON;
  } catch {
    return false;
  }
  if (typeof response?.id !== 'string' || !challenge.webauthnChallenge) return false;
  const passkey = await em.findOne(Passkey, { user: user.id, credentialId: response.id.slice(0, 1400) });
  if (!passkey) return false;
  const rp = relyingParty(settings);
  const verified = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge.webauthnChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: { id: passkey.credentialId, publicKey: Buffer.from(passkey.publicKey, 'base64url'), counter: passkey.counter, transports: passkey.transports ?? undefined },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verified?.verified) return false;
  Object.assign(passkey, { counter: verified.authenticationInfo.newCounter, lastUsedAt: now });
  return true;
}

type Outcome = { ok: true; result: SignedIn } | { ok: false; error: DomainError };

/**
 * The second step of a login: a TOTP code, a recovery code or a passkey assertion for the step's
 * token. Five attempts per step, and the user's codes throttled across steps; a TOTP code works
 * once, a recovery code once ever. Success opens the session and makes the browser a known device.
 */
export async function completeSecondFactor(
  em: EntityManager,
  proof: SecondFactorProof,
  client: ClientInfo,
  settings: IdentitySettings,
  now: Date,
  deviceToken: string | null = null,
): Promise<SignedIn> {
  const given = methodOf(proof);
  if (!given) throw new DomainError('SECOND_FACTOR_PROOF_REQUIRED', 'Saisissez un code, un code de secours ou utilisez votre clé d’accès.', ['input', 'code']);
  const outcome = await em.transactional(async (tx): Promise<Outcome> => {
    const challenge = proof.token && proof.token.length <= 200
      ? await tx.findOne(SecondFactorChallenge, { tokenHash: hashSecretToken(proof.token), purpose: ChallengePurpose.LOGIN }, { populate: ['user'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!challenge || challenge.usedAt || challenge.expiresAt <= now || challenge.attempts >= SECOND_FACTOR_ATTEMPTS || challenge.user.state !== UserState.ACTIVE) {
      return { ok: false, error: challengeInvalid() };
    }
    const user = challenge.user;
    const throttles = await holdThrottles(tx, [{ key: `second-factor:${user.login}`, policy: SECOND_FACTOR_POLICY }]);
    const wait = waitOf(throttles, now);
    if (wait > 0) return { ok: false, error: throttledError(wait) };
    challenge.attempts += 1;
    if (!(await verifyProof(tx, user, given.method, given.value, challenge, settings, now))) {
      recordOn(throttles, now);
      audit(tx, { action: AuditAction.SECOND_FACTOR_FAILED, actorId: user.id, companyId: user.company.id, ipAddress: client.ipAddress ?? null, details: { method: given.method }, at: now });
      return { ok: false, error: new DomainError('SECOND_FACTOR_INVALID', 'Code incorrect ou déjà utilisé.', ['input', given.field]) };
    }
    clearOn(throttles);
    challenge.usedAt = now;
    audit(tx, { action: AuditAction.SECOND_FACTOR_SUCCEEDED, actorId: user.id, companyId: user.company.id, ipAddress: client.ipAddress ?? null, details: { method: given.method }, at: now });
    return { ok: true, result: await completeSignIn(tx, user, client, deviceToken, settings, now) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
