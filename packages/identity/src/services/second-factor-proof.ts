import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DomainError } from '@portal/kernel';
import { RecoveryCode, TotpCredential } from '../entities/SecondFactor.js';
import { type User } from '../entities/User.js';
import { SECOND_FACTOR_POLICY } from '../rules/login-throttle.js';
import { hashRecoveryCode } from '../rules/recovery-codes.js';
import { acceptedTotpStep } from '../rules/totp.js';
import { AuditAction, audit } from './audit.js';
import { clearOn, holdThrottles, recordOn, throttledError, waitOf } from './throttles.js';

/** A TOTP code of the user's app, once: the step is spent. */
export async function spendTotpCode(em: EntityManager, userId: number, code: string, now: Date): Promise<boolean> {
  const totp = await em.findOne(TotpCredential, { user: userId, confirmedAt: { $ne: null } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const step = totp ? acceptedTotpStep(totp.secret, code.slice(0, 20), now, totp.lastUsedStep ?? null) : null;
  if (step === null) return false;
  totp!.lastUsedStep = step;
  return true;
}

/** One of the user's unused recovery codes, spent. */
export async function spendRecoveryCode(em: EntityManager, userId: number, code: string, now: Date): Promise<boolean> {
  const row = await em.findOne(RecoveryCode, { user: userId, codeHash: hashRecoveryCode(code.slice(0, 40)), usedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) return false;
  row.usedAt = now;
  return true;
}

/**
 * Before a signed-in user weakens their second factors (removes one, replaces the recovery
 * codes): a code of the app or a recovery code, so that a stolen session cannot. Throttled with
 * the login's codes; a failure is recorded and audited before the refusal is thrown.
 */
export async function requireFreshProof(em: EntityManager, user: User, code: string | null | undefined, ipAddress: string | null, now: Date): Promise<void> {
  const failure = await em.transactional(async (tx): Promise<DomainError | null> => {
    const throttles = await holdThrottles(tx, [{ key: `second-factor:${user.login}`, policy: SECOND_FACTOR_POLICY }]);
    const wait = waitOf(throttles, now);
    if (wait > 0) return throttledError(wait);
    const given = (code ?? '').trim();
    if (given && ((await spendTotpCode(tx, user.id, given, now)) || (await spendRecoveryCode(tx, user.id, given, now)))) {
      clearOn(throttles);
      return null;
    }
    recordOn(throttles, now);
    audit(tx, { action: AuditAction.SECOND_FACTOR_FAILED, actorId: user.id, companyId: user.company.id, ipAddress, details: { method: 'CONFIRMATION' }, at: now });
    return new DomainError('SECOND_FACTOR_INVALID', 'Confirmez avec un code de votre application ou un code de secours.', ['input', 'code']);
  });
  if (failure) throw failure;
}
