import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PasswordToken } from '../entities/PasswordToken.js';
import { User } from '../entities/User.js';
import { PasswordTokenPurpose, UserState } from '../enums.js';
import { userError, type UserError } from '@portal/kernel';
import { passwordResetMail, passwordSetupMail } from '../mail/messages.js';
import { type Mailer, type OutgoingMail } from '@portal/kernel';
import { normalizeLogin } from '../rules/login.js';
import { hashPassword } from '../rules/password-hash.js';
import { checkPassword, type PasswordViolation } from '../rules/password-policy.js';
import { hashSecretToken, newSecretToken } from '../rules/secret-token.js';
import { type IdentitySettings } from '../settings.js';
import { AuditAction, audit } from './audit.js';
import { RESET_ADDRESS_POLICY, RESET_LOGIN_POLICY } from '../rules/login-throttle.js';
import { forgetDevices } from './known-devices.js';
import { revokeSessions } from './sessions.js';
import { holdThrottles, recordOn, waitOf } from './throttles.js';

/** The page of the auth micro-frontend that a password link opens. */
export const PASSWORD_PAGE_PATH = '/auth/password';

export function passwordLink(settings: IdentitySettings, token: string): string {
  const url = new URL(PASSWORD_PAGE_PATH, settings.publicUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Creates a single-use link for a user and the e-mail that carries it. The mail is to be sent
 * once the transaction has committed. Earlier links stay valid until one of them is used or they
 * expire (an administrator's resend retires them first, see retireUnusedLinks).
 */
export function issuePasswordLink(
  em: EntityManager,
  user: User,
  purpose: PasswordTokenPurpose,
  settings: IdentitySettings,
  now: Date,
): { mail: OutgoingMail; tokenRow: PasswordToken } {
  const { token, hash } = newSecretToken();
  const tokenRow = em.create(PasswordToken, {
    user, purpose, tokenHash: hash, createdAt: now, expiresAt: new Date(now.getTime() + settings.passwordLinkTtlMs),
  });
  const link = passwordLink(settings, token);
  const hours = Math.round(settings.passwordLinkTtlMs / 3_600_000);
  const mail = purpose === PasswordTokenPurpose.SETUP
    ? passwordSetupMail(user.email, user.login, link, hours)
    : passwordResetMail(user.email, user.login, link, hours);
  audit(em, { action: AuditAction.PASSWORD_LINK_SENT, actorId: user.id, companyId: user.company.id, targetType: 'User', targetId: user.id, details: { purpose }, at: now });
  return { mail, tokenRow };
}

/** Invalidates the user's earlier unused links (called before issuing a new one). */
export function retireUnusedLinks(em: EntityManager, userId: number, now: Date): Promise<number> {
  return em.nativeUpdate(PasswordToken, { user: userId, usedAt: null }, { usedAt: now });
}

const FIELD_OF: Record<PasswordViolation, string> = {
  PASSWORD_TOO_SHORT: 'password',
  PASSWORD_TOO_LONG: 'password',
  PASSWORD_NEEDS_UPPERCASE: 'password',
  PASSWORD_NEEDS_DIGIT: 'password',
  PASSWORD_NEEDS_SPECIAL: 'password',
  PASSWORD_CONTAINS_LOGIN: 'password',
  PASSWORD_TOO_COMMON: 'password',
  PASSWORD_MISMATCH: 'passwordConfirmation',
};

export const PASSWORD_MESSAGES: Record<PasswordViolation, string> = {
  PASSWORD_TOO_SHORT: 'Votre mot de passe doit comporter au moins 8 caractères.',
  PASSWORD_TOO_LONG: 'Votre mot de passe doit comporter au plus 128 caractères.',
  PASSWORD_NEEDS_UPPERCASE: 'Votre mot de passe doit comporter au moins une majuscule.',
  PASSWORD_NEEDS_DIGIT: 'Votre mot de passe doit comporter au moins un chiffre.',
  PASSWORD_NEEDS_SPECIAL: 'Votre mot de passe doit comporter au moins un caractère spécial.',
  PASSWORD_CONTAINS_LOGIN: 'Votre mot de passe ne doit pas contenir votre identifiant.',
  PASSWORD_TOO_COMMON: 'Ce mot de passe est trop courant : choisissez-en un autre.',
  PASSWORD_MISMATCH: 'Les deux mots de passe ne sont pas identiques.',
};

/**
 * Sets a password from a link: the link must exist, be unused and unexpired; the password must
 * meet the policy. On success the link is spent, the account active, and every open session of
 * the user ends. Nothing is written when anything is refused.
 */
export async function setPasswordFromLink(
  em: EntityManager,
  input: { token: string; password: string; passwordConfirmation: string },
  client: { ipAddress: string | null },
  now: Date,
): Promise<{ user: User; errors: [] } | { user: null; errors: UserError[] }> {
  return em.transactional(async (tx) => {
    const row = input.token && input.token.length <= 200
      ? await tx.findOne(PasswordToken, { tokenHash: hashSecretToken(input.token) }, { populate: ['user'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!row || row.usedAt) {
      return { user: null, errors: [userError('PASSWORD_LINK_INVALID', 'Ce lien a déjà servi ou n’est pas valide : demandez-en un nouveau.', ['input', 'token'])] };
    }
    if (row.expiresAt <= now) {
      return { user: null, errors: [userError('PASSWORD_LINK_EXPIRED', 'Ce lien a expiré : demandez-en un nouveau.', ['input', 'token'])] };
    }
    const user = row.user;
    if (user.state === UserState.DISABLED) {
      return { user: null, errors: [userError('PASSWORD_LINK_INVALID', 'Ce lien a déjà servi ou n’est pas valide : demandez-en un nouveau.', ['input', 'token'])] };
    }
    const violations = checkPassword(input.password, input.passwordConfirmation, user.login);
    if (violations.length > 0) {
      return { user: null, errors: violations.map((v) => userError(v, PASSWORD_MESSAGES[v], ['input', FIELD_OF[v]])) };
    }
    user.passwordHash = await hashPassword(input.password);
    user.passwordChangedAt = now;
    user.state = UserState.ACTIVE;
    row.usedAt = now;
    // The other links of the user die with this one; sessions end; the next login from any
    // browser asks for the second factor again.
    await tx.nativeUpdate(PasswordToken, { user: user.id, usedAt: null, id: { $ne: row.id } }, { usedAt: now });
    await revokeSessions(tx, user.id, now);
    await forgetDevices(tx, user.id);
    audit(tx, { action: AuditAction.PASSWORD_SET, actorId: user.id, companyId: user.company.id, ipAddress: client.ipAddress, at: now });
    return { user, errors: [] as [] };
  });
}

/**
 * "Mot de passe oublié": when the login is that of a user who may log in, a reset link is
 * e-mailed. Throttled per login and per address (an unknown login counts too, so that the
 * throttle says nothing); a request never invalidates a link sent before, so that somebody else
 * asking for this login cannot keep its owner's link dead. The caller answers the same way in
 * every case and should not wait for this to end.
 */
export async function sendPasswordReset(
  em: EntityManager,
  mailer: Mailer,
  login: string,
  settings: IdentitySettings,
  now: Date,
  client: { ipAddress: string | null } = { ipAddress: null },
): Promise<boolean> {
  const normalized = normalizeLogin(login);
  const mail = await em.transactional(async (tx) => {
    const keys = [{ key: `reset:${normalized}`, policy: RESET_LOGIN_POLICY }];
    if (client.ipAddress) keys.push({ key: `reset-address:${client.ipAddress}`, policy: RESET_ADDRESS_POLICY });
    const throttles = await holdThrottles(tx, keys);
    if (waitOf(throttles, now) > 0) return null;
    recordOn(throttles, now);
    const user = await tx.findOne(User, { login: normalized });
    if (!user || user.state === UserState.DISABLED) return null;
    const purpose = user.passwordHash ? PasswordTokenPurpose.RESET : PasswordTokenPurpose.SETUP;
    return issuePasswordLink(tx, user, purpose, settings, now).mail;
  });
  if (!mail) return false;
  await mailer.send(mail);
  return true;
}
