import { type EntityManager } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { EventType, publishEvent } from '@portal/events';
import { RoleAssignment } from '../entities/RoleAssignment.js';
import { User } from '../entities/User.js';
import { PasswordTokenPurpose, Role, UserState } from '../enums.js';
import { DomainError, userError, type UserError } from '@portal/kernel';
import { type OutgoingMail } from '@portal/kernel';
import { Permission, canGrant } from '../rules/access.js';
import { loginFromNumber } from '../rules/login.js';
import { type IdentitySettings } from '../settings.js';
import { type Access } from '@portal/kernel';
import { AuditAction, audit } from './audit.js';
import { issuePasswordLink, retireUnusedLinks } from './password-links.js';
import { revokeSessions } from './sessions.js';

export interface UserInput {
  firstName: string;
  lastName: string;
  email: string;
  roles: Role[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Checks the fields of a user; the paths are those of the mutation's input. */
export function validateUserInput(input: Partial<UserInput>): UserError[] {
  const errors: UserError[] = [];
  const text = (value: string | undefined, field: string, label: string) => {
    if (value === undefined) return;
    if (value.trim() === '') errors.push(userError('REQUIRED', `${label} est obligatoire.`, ['input', field]));
    else if (value.length > 100) errors.push(userError('TOO_LONG', `${label} doit comporter au plus 100 caractères.`, ['input', field]));
  };
  text(input.firstName, 'firstName', 'Le prénom');
  text(input.lastName, 'lastName', 'Le nom');
  if (input.email !== undefined && (!EMAIL.test(input.email.trim()) || input.email.length > 254)) {
    errors.push(userError('EMAIL_INVALID', "L'adresse e-mail n'est pas valide.", ['input', 'email']));
  }
  if (input.roles !== undefined && input.roles.length === 0) {
    errors.push(userError('ROLES_REQUIRED', 'Aucun rôle n’est choisi : un utilisateur en a au moins un.', ['input', 'roles']));
  }
  return errors;
}

async function nextLogin(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ n: string }[]>("select nextval('app_user_login_seq') as n", [], 'all', em.getTransactionContext());
  return loginFromNumber(Number(row!.n));
}

async function checkGrants(access: Access, companyId: number, roles: Role[]): Promise<UserError[]> {
  const mine = await access.permissionsOn(companyId);
  return roles
    .filter((role) => !canGrant(mine, role))
    .map((role) => userError('ROLE_NOT_GRANTABLE', `Vous ne pouvez pas donner le rôle ${role} : il dépasse vos propres droits.`, ['input', 'roles']));
}

/** Active administrators of a company other than the given user. */
async function otherActiveAdministrators(em: EntityManager, companyId: number, userId: number): Promise<number> {
  return em.count(RoleAssignment, {
    company: companyId,
    role: Role.ADMINISTRATOR,
    user: { id: { $ne: userId }, state: { $ne: UserState.DISABLED } },
  });
}

/**
 * Creates a user of a company in reach, with roles the creator may give, and the setup e-mail
 * (to be sent after commit). The login is assigned by the system.
 */
export async function createUser(
  em: EntityManager,
  access: Access,
  input: UserInput & { companyId: number },
  settings: IdentitySettings,
  now: Date,
): Promise<{ user: User; mail: OutgoingMail } | { errors: UserError[] }> {
  await access.require(input.companyId, Permission.USERS_MANAGE, 'Société', ['input', 'companyId']);
  const errors = [...validateUserInput(input), ...(await checkGrants(access, input.companyId, input.roles))];
  if (errors.length > 0) return { errors };
  return em.transactional(async (tx) => {
    const company = tx.getReference(Company, input.companyId);
    const user = tx.create(User, {
      login: await nextLogin(tx),
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email.trim(),
      company,
      state: UserState.PENDING_SETUP,
      createdAt: now,
    });
    for (const role of new Set(input.roles)) tx.create(RoleAssignment, { user, company, role, grantedBy: tx.getReference(User, access.viewer.userId), grantedAt: now });
    await tx.flush();
    audit(tx, { action: AuditAction.USER_CREATED, actorId: access.viewer.userId, companyId: input.companyId, targetType: 'User', targetId: user.login, details: { roles: input.roles }, at: now });
    publishEvent(tx, { type: EventType.USER_CREATED, companyId: input.companyId, object: { type: 'User', id: user.id }, at: now });
    const { mail } = issuePasswordLink(tx, user, PasswordTokenPurpose.SETUP, settings, now);
    return { user, mail };
  });
}

/** Loads a user the caller may manage; others are "not found". */
export async function managedUser(em: EntityManager, access: Access, userId: number, permission = Permission.USERS_MANAGE): Promise<User> {
  const user = Number.isSafeInteger(userId) ? await em.findOne(User, { id: userId }) : null;
  if (!user || !(await access.can(user.company.id, Permission.COMPANY_READ))) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.', ['input', 'userId']);
  await access.require(user.company.id, permission, 'Utilisateur', ['input', 'userId']);
  return user;
}

/** Edits a user's name, e-mail and roles; the last administrator keeps the role. */
export async function updateUser(
  em: EntityManager,
  access: Access,
  input: Partial<UserInput> & { userId: number },
  now: Date,
): Promise<{ user: User } | { errors: UserError[] }> {
  const user = await managedUser(em, access, input.userId);
  const errors = validateUserInput(input);
  if (input.roles) errors.push(...(await checkGrants(access, user.company.id, input.roles)));
  if (errors.length > 0) return { errors };
  // The refusals below come from inside the transaction, which then commits: nothing may be
  // changed before them (the user is changed last, once every check has passed).
  return em.transactional(async (tx) => {
    if (input.roles) {
      const current = await tx.find(RoleAssignment, { user: user.id, company: user.company.id });
      const wanted = new Set(input.roles);
      const removingAdmin = current.some((a) => a.role === Role.ADMINISTRATOR) && !wanted.has(Role.ADMINISTRATOR);
      if (removingAdmin && user.state !== UserState.DISABLED && (await otherActiveAdministrators(tx, user.company.id, user.id)) === 0) {
        return { errors: [userError('LAST_ADMINISTRATOR', "C'est le dernier administrateur de la société : il garde ce rôle.", ['input', 'roles'])] };
      }
      const removed = current.filter((a) => !wanted.has(a.role));
      // Only roles the caller may give can be taken away.
      for (const a of removed) if (!canGrant(await access.permissionsOn(user.company.id), a.role)) {
        return { errors: [userError('ROLE_NOT_GRANTABLE', `Vous ne pouvez pas retirer le rôle ${a.role}.`, ['input', 'roles'])] };
      }
      for (const a of removed) tx.remove(a);
      for (const role of wanted) if (!current.some((a) => a.role === role)) {
        tx.create(RoleAssignment, { user, company: user.company, role, grantedBy: tx.getReference(User, access.viewer.userId), grantedAt: now });
      }
      audit(tx, { action: AuditAction.RIGHTS_CHANGED, actorId: access.viewer.userId, companyId: user.company.id, targetType: 'User', targetId: user.login, details: { from: current.map((a) => a.role), to: [...wanted] }, at: now });
    }
    if (input.firstName !== undefined) user.firstName = input.firstName.trim();
    if (input.lastName !== undefined) user.lastName = input.lastName.trim();
    if (input.email !== undefined) user.email = input.email.trim();
    audit(tx, { action: AuditAction.USER_UPDATED, actorId: access.viewer.userId, companyId: user.company.id, targetType: 'User', targetId: user.login, at: now });
    return { user };
  });
}

/** Disables a user at once: their sessions end, their API tokens stop working. */
export async function deactivateUser(
  em: EntityManager,
  access: Access,
  userId: number,
  now: Date,
): Promise<{ user: User } | { errors: UserError[] }> {
  const user = await managedUser(em, access, userId);
  if (user.state === UserState.DISABLED) return { user };
  return em.transactional(async (tx) => {
    const isAdmin = (await tx.count(RoleAssignment, { user: user.id, role: Role.ADMINISTRATOR })) > 0;
    if (isAdmin && (await otherActiveAdministrators(tx, user.company.id, user.id)) === 0) {
      return { errors: [userError('LAST_ADMINISTRATOR', "C'est le dernier administrateur de la société : il ne peut pas être désactivé.", ['input', 'userId'])] };
    }
    user.state = UserState.DISABLED;
    await revokeSessions(tx, user.id, now);
    await retireUnusedLinks(tx, user.id, now);
    audit(tx, { action: AuditAction.USER_DEACTIVATED, actorId: access.viewer.userId, companyId: user.company.id, targetType: 'User', targetId: user.login, at: now });
    publishEvent(tx, { type: EventType.USER_DEACTIVATED, companyId: user.company.id, object: { type: 'User', id: user.id }, at: now });
    return { user };
  });
}

/**
 * "Renvoyer le lien d'initialisation": a new password setup link for a user of a company in reach
 * who has not chosen a password yet (a link sent on a Friday has expired by Monday). The earlier
 * links stop working; the mail is to be sent once the transaction has committed.
 */
export async function resendSetupLink(
  em: EntityManager,
  access: Access,
  userId: number,
  settings: IdentitySettings,
  now: Date,
): Promise<{ user: User; mail: OutgoingMail } | { errors: UserError[] }> {
  const user = await managedUser(em, access, userId);
  if (user.state !== UserState.PENDING_SETUP) {
    return { errors: [userError('SETUP_DONE', user.state === UserState.DISABLED ? 'Cet utilisateur est désactivé : aucun lien ne lui est envoyé.' : 'Cet utilisateur a déjà choisi son mot de passe : il utilise « Mot de passe oublié ? » s’il l’a perdu.', ['input', 'userId'])] };
  }
  return em.transactional(async (tx) => {
    await retireUnusedLinks(tx, user.id, now);
    const { mail } = issuePasswordLink(tx, user, PasswordTokenPurpose.SETUP, settings, now);
    audit(tx, { action: AuditAction.PASSWORD_LINK_SENT, actorId: access.viewer.userId, companyId: user.company.id, targetType: 'User', targetId: user.login, details: { purpose: PasswordTokenPurpose.SETUP, resent: true }, at: now });
    return { user, mail };
  });
}

/** The e-mail addresses of a company's active administrators (webhook notices go to them). */
export async function administratorEmails(em: EntityManager, companyId: number): Promise<string[]> {
  const assignments = await em.find(RoleAssignment, { company: companyId, role: Role.ADMINISTRATOR, user: { state: UserState.ACTIVE } }, { populate: ['user'] });
  return [...new Set(assignments.map((a) => a.user.email))].sort();
}
