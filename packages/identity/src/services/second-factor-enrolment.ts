import { type EntityManager } from '@mikro-orm/core';
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import QRCode from 'qrcode';
import { DomainError } from '@portal/kernel';
import { ChallengePurpose, CompanySecurityPolicy, Passkey, RecoveryCode, SecondFactorChallenge, TotpCredential } from '../entities/SecondFactor.js';
import { User } from '../entities/User.js';
import { RECOVERY_CODE_COUNT, hashRecoveryCode, newRecoveryCode } from '../rules/recovery-codes.js';
import { newSecretToken } from '../rules/secret-token.js';
import { acceptedTotpStep, newTotpSecret, totpUri } from '../rules/totp.js';
import { type IdentitySettings } from '../settings.js';
import { AuditAction, audit } from './audit.js';
import { requireFreshProof } from './second-factor-proof.js';
import { hasSecondFactor, relyingParty, secondFactorRequired, secondFactorsOf } from './second-factors.js';

/** Who acts, for the audit log. */
interface Actor {
  userId: number;
  ipAddress: string | null;
}

const REGISTRATION_MS = 5 * 60_000;

async function userOf(em: EntityManager, actor: Actor): Promise<User> {
  return em.findOneOrFail(User, { id: actor.userId }, { populate: ['company'] });
}

function auditFor(em: EntityManager, user: User, actor: Actor, action: AuditAction, details: Record<string, unknown>, now: Date) {
  audit(em, { action, actorId: user.id, companyId: user.company.id, targetType: 'User', targetId: user.id, ipAddress: actor.ipAddress, details, at: now });
}

/** New recovery codes for a user: the earlier ones stop working. Returns the codes in clear, once. */
async function issueRecoveryCodes(em: EntityManager, user: User, actor: Actor, now: Date): Promise<string[]> {
  await em.nativeDelete(RecoveryCode, { user: user.id });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  for (const code of codes) em.create(RecoveryCode, { user, codeHash: hashRecoveryCode(code), createdAt: now });
  auditFor(em, user, actor, AuditAction.RECOVERY_CODES_GENERATED, { count: codes.length }, now);
  return codes;
}

/** "Application d'authentification", step 1: a fresh secret, its otpauth URI and QR code (SVG data URL). */
export async function startTotpEnrolment(em: EntityManager, actor: Actor, now: Date): Promise<{ secret: string; uri: string; qrCode: string }> {
  const user = await userOf(em, actor);
  const existing = await em.findOne(TotpCredential, { user: user.id });
  if (existing?.confirmedAt) throw new DomainError('TOTP_ALREADY_ENROLLED', 'Une application d’authentification est déjà configurée.');
  const secret = newTotpSecret();
  if (existing) Object.assign(existing, { secret, createdAt: now, lastUsedStep: null });
  else em.create(TotpCredential, { user, secret, createdAt: now });
  await em.flush();
  const uri = totpUri(secret, user.login);
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Step 2: the first code from the app confirms the secret. The first factor of a user also brings
 * their recovery codes, returned here in clear, the only time they are.
 */
export async function confirmTotpEnrolment(em: EntityManager, actor: Actor, code: string, now: Date): Promise<{ recoveryCodes: string[] | null }> {
  return em.transactional(async (tx) => {
    const user = await userOf(tx, actor);
    const totp = await tx.findOne(TotpCredential, { user: user.id });
    if (!totp || totp.confirmedAt) throw new DomainError('TOTP_ENROLMENT_NOT_STARTED', 'Commencez par afficher le QR code.', ['input', 'code']);
    const step = acceptedTotpStep(totp.secret, code.slice(0, 20), now, null);
    if (step === null) throw new DomainError('TOTP_CODE_INVALID', 'Code incorrect : saisissez le code à 6 chiffres affiché par l’application.', ['input', 'code']);
    const before = await secondFactorsOf(tx, user.id);
    Object.assign(totp, { confirmedAt: now, lastUsedStep: step });
    auditFor(tx, user, actor, AuditAction.SECOND_FACTOR_ENROLLED, { method: 'TOTP' }, now);
    return { recoveryCodes: before.recoveryCodesLeft === 0 || !hasSecondFactor(before) ? await issueRecoveryCodes(tx, user, actor, now) : null };
  });
}

/** Refuses to remove the last factor of a user whose company requires one. */
async function guardLastFactor(em: EntityManager, user: User, remaining: number): Promise<void> {
  if (remaining === 0 && (await secondFactorRequired(em, user.company.id))) {
    throw new DomainError('SECOND_FACTOR_REQUIRED_BY_COMPANY', 'Votre société exige la double authentification : gardez au moins un moyen.');
  }
}

/** After a removal: with no factor left, the recovery codes go too. */
async function dropCodesIfLast(em: EntityManager, userId: number): Promise<void> {
  if (!hasSecondFactor(await secondFactorsOf(em, userId))) await em.nativeDelete(RecoveryCode, { user: userId });
}

/** Removes the app, confirmed by one of its codes or a recovery code. */
export async function removeTotp(em: EntityManager, actor: Actor, code: string, now: Date): Promise<void> {
  const factors = await secondFactorsOf(em, actor.userId);
  if (!factors.totp) throw new DomainError('TOTP_NOT_ENROLLED', 'Aucune application d’authentification n’est configurée.');
  const owner = await userOf(em, actor);
  await guardLastFactor(em, owner, factors.passkeys.length);
  await requireFreshProof(em, owner, code, actor.ipAddress, now);
  await em.transactional(async (tx) => {
    const user = await userOf(tx, actor);
    await tx.nativeDelete(TotpCredential, { user: user.id });
    auditFor(tx, user, actor, AuditAction.SECOND_FACTOR_REMOVED, { method: 'TOTP' }, now);
    await tx.flush();
    await dropCodesIfLast(tx, user.id);
  });
}

/** "Générer de nouveaux codes de secours": only for a user who has a second factor, confirmed by a code. */
export async function regenerateRecoveryCodes(em: EntityManager, actor: Actor, code: string, now: Date): Promise<string[]> {
  const owner = await userOf(em, actor);
  if (!hasSecondFactor(await secondFactorsOf(em, owner.id))) throw new DomainError('SECOND_FACTOR_NOT_ENROLLED', 'Configurez d’abord une application d’authentification ou une clé d’accès.');
  await requireFreshProof(em, owner, code, actor.ipAddress, now);
  return em.transactional(async (tx) => issueRecoveryCodes(tx, await userOf(tx, actor), actor, now));
}

/** "Ajouter une clé d'accès", step 1: the WebAuthn creation options, as JSON. */
export async function startPasskeyRegistration(em: EntityManager, actor: Actor, settings: IdentitySettings, now: Date): Promise<string> {
  const user = await userOf(em, actor);
  const factors = await secondFactorsOf(em, user.id);
  const rp = relyingParty(settings);
  const options = await generateRegistrationOptions({
    rpName: rp.name, rpID: rp.id, userName: user.login, userDisplayName: `${user.firstName} ${user.lastName}`,
    userID: new TextEncoder().encode(`portal-user-${user.id}`),
    attestationType: 'none',
    excludeCredentials: factors.passkeys.map((p) => ({ id: p.credentialId, transports: p.transports ?? undefined })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await em.nativeDelete(SecondFactorChallenge, { user: user.id, purpose: ChallengePurpose.PASSKEY_REGISTRATION });
  em.create(SecondFactorChallenge, {
    user, purpose: ChallengePurpose.PASSKEY_REGISTRATION, tokenHash: newSecretToken().hash, webauthnChallenge: options.challenge,
    createdAt: now, expiresAt: new Date(now.getTime() + REGISTRATION_MS),
  });
  await em.flush();
  return JSON.stringify(options);
}

/** Step 2: the browser's attestation, checked against the pending challenge; recovery codes with the first factor. */
export async function finishPasskeyRegistration(
  em: EntityManager, actor: Actor, input: { response: string; name: string }, settings: IdentitySettings, now: Date,
): Promise<{ passkey: Passkey; recoveryCodes: string[] | null }> {
  return em.transactional(async (tx) => {
    const user = await userOf(tx, actor);
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw new DomainError('PASSKEY_NAME_INVALID', 'Donnez à la clé un nom de 1 à 100 caractères.', ['input', 'name']);
    const challenge = await tx.findOne(SecondFactorChallenge, { user: user.id, purpose: ChallengePurpose.PASSKEY_REGISTRATION, usedAt: null, expiresAt: { $gt: now } });
    const invalid = () => new DomainError('PASSKEY_INVALID', 'La clé d’accès n’a pas pu être vérifiée : recommencez.', ['input', 'response']);
    if (!challenge?.webauthnChallenge) throw invalid();
    let response: RegistrationResponseJSON;
    try {
      response = JSON.parse(input.response.slice(0, 50_000)) as RegistrationResponseJSON;
    } catch {
      throw invalid();
    }
    const rp = relyingParty(settings);
    const verified = await verifyRegistrationResponse({
      response, expectedChallenge: challenge.webauthnChallenge, expectedOrigin: rp.origin, expectedRPID: rp.id, requireUserVerification: false,
    }).catch(() => null);
    if (!verified?.verified) throw invalid();
    const credential = verified.registrationInfo.credential;
    if (await tx.count(Passkey, { credentialId: credential.id })) throw new DomainError('PASSKEY_ALREADY_REGISTERED', 'Cette clé d’accès est déjà enregistrée.', ['input', 'response']);
    const before = await secondFactorsOf(tx, user.id);
    challenge.usedAt = now;
    const passkey = tx.create(Passkey, {
      user, credentialId: credential.id, publicKey: Buffer.from(credential.publicKey).toString('base64url'), counter: credential.counter,
      transports: credential.transports ?? null, name, createdAt: now,
    });
    auditFor(tx, user, actor, AuditAction.SECOND_FACTOR_ENROLLED, { method: 'PASSKEY', name }, now);
    const recoveryCodes = before.recoveryCodesLeft === 0 || !hasSecondFactor(before) ? await issueRecoveryCodes(tx, user, actor, now) : null;
    return { passkey, recoveryCodes };
  });
}

/** Removes one of the user's passkeys, confirmed by a code of the app or a recovery code. */
export async function removePasskey(em: EntityManager, actor: Actor, passkeyId: number, code: string, now: Date): Promise<void> {
  const owner = await userOf(em, actor);
  const before = await secondFactorsOf(em, owner.id);
  if (!before.passkeys.some((p) => p.id === passkeyId)) throw new DomainError('NOT_FOUND', 'Clé d’accès introuvable.', ['input', 'passkeyId']);
  await guardLastFactor(em, owner, before.passkeys.length - 1 + (before.totp ? 1 : 0));
  await requireFreshProof(em, owner, code, actor.ipAddress, now);
  await em.transactional(async (tx) => {
    const user = await userOf(tx, actor);
    const factors = await secondFactorsOf(tx, user.id);
    const passkey = factors.passkeys.find((p) => p.id === passkeyId);
    if (!passkey) throw new DomainError('NOT_FOUND', 'Clé d’accès introuvable.', ['input', 'passkeyId']);
    tx.remove(passkey);
    auditFor(tx, user, actor, AuditAction.SECOND_FACTOR_REMOVED, { method: 'PASSKEY', name: passkey.name }, now);
    await tx.flush();
    await dropCodesIfLast(tx, user.id);
  });
}

/** "Exiger la double authentification" for every user of a company (reach and permission checked by the caller). */
export async function setSecondFactorRequirement(em: EntityManager, actor: Actor, companyId: number, required: boolean, now: Date): Promise<boolean> {
  return em.transactional(async (tx) => {
    const policy = (await tx.findOne(CompanySecurityPolicy, { company: companyId }))
      ?? tx.create(CompanySecurityPolicy, { company: companyId, secondFactorRequired: false, updatedAt: now });
    const changed = policy.secondFactorRequired !== required;
    Object.assign(policy, { secondFactorRequired: required, updatedAt: now, updatedBy: tx.getReference(User, actor.userId) });
    if (changed) {
      audit(tx, { action: AuditAction.SECOND_FACTOR_ENFORCEMENT_CHANGED, actorId: actor.userId, companyId, targetType: 'Company', targetId: companyId, ipAddress: actor.ipAddress, details: { required }, at: now });
    }
    return required;
  });
}
