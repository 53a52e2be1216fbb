import { type EntityManager } from '@mikro-orm/core';
import { Company, CompanyUniverse, Universe } from '@portal/company';
import { Permission, isCalendarDate, userError, type Access, type UserError } from '@portal/kernel';
import { TermsAcceptance, TermsOfUse } from '../entities/TermsOfUse.js';
import { User } from '../entities/User.js';
import { DomainError } from '@portal/kernel';
import { AuditAction, audit } from './audit.js';

/** The terms in force: the newest version whose effective date has come. */
export function latestTerms(em: EntityManager, today: string): Promise<TermsOfUse | null> {
  return em.findOne(TermsOfUse, { effectiveOn: { $lte: today } }, { orderBy: { effectiveOn: 'desc', id: 'desc' } });
}

/** Accepted when there are no terms at all, or when the newest in force is accepted. */
export async function hasAcceptedLatestTerms(em: EntityManager, userId: number, today: string): Promise<boolean> {
  const terms = await latestTerms(em, today);
  if (!terms) return true;
  return (await em.count(TermsAcceptance, { user: userId, terms: terms.id })) > 0;
}

/** Records the acceptance of the terms in force; accepting twice keeps the first record. */
export async function acceptTerms(
  em: EntityManager,
  input: { userId: number; companyId: number; version: string; ipAddress: string | null },
  today: string,
  now: Date,
): Promise<TermsAcceptance> {
  const terms = await latestTerms(em, today);
  if (!terms || terms.version !== input.version) {
    throw new DomainError('TERMS_VERSION_OUTDATED', 'Ces conditions ne sont plus en vigueur : relisez la dernière version.', ['input', 'version']);
  }
  const existing = await em.findOne(TermsAcceptance, { user: input.userId, terms: terms.id });
  if (existing) return existing;
  const acceptance = em.create(TermsAcceptance, { user: em.getReference(User, input.userId), terms, acceptedAt: now, ipAddress: input.ipAddress });
  audit(em, { action: AuditAction.TERMS_ACCEPTED, actorId: input.userId, companyId: input.companyId, targetType: 'TermsOfUse', targetId: terms.version, ipAddress: input.ipAddress, at: now });
  await em.flush();
  return acceptance;
}

/**
 * Publishes a new version of the terms. Only the provider may: an administrator of an operator at
 * the top of the management tree, in person. From its effective date every user must accept it
 * again before anything else is served.
 */
export async function publishTerms(
  em: EntityManager,
  access: Access,
  input: { version: string; effectiveOn: string; text: string },
  today: string,
  now: Date,
): Promise<{ terms: TermsOfUse } | { errors: UserError[] }> {
  const viewer = access.viewer;
  const home = await em.findOneOrFail(Company, { id: viewer.companyId });
  const isProvider = !home.parent && (await em.count(CompanyUniverse, { company: home.id, universe: Universe.OPERATOR })) > 0;
  if (!isProvider || viewer.apiTokenId || !(await access.can(home.id, Permission.USERS_MANAGE))) {
    return { errors: [userError('FORBIDDEN', "Seul le fournisseur publie les conditions d'utilisation.", null)] };
  }
  const errors: UserError[] = [];
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(input.version)) errors.push(userError('VERSION_INVALID', 'Version : 1 à 40 lettres, chiffres, points ou tirets.', ['input', 'version']));
  else if (await em.count(TermsOfUse, { version: input.version })) errors.push(userError('VERSION_TAKEN', 'Cette version existe déjà.', ['input', 'version']));
  // Date.parse takes 2027-02-30 for 2 March: the database's date type would then refuse it.
  if (!isCalendarDate(input.effectiveOn) || input.effectiveOn < today) {
    errors.push(userError('DATE_INVALID', "La date d'effet est une date (AAAA-MM-JJ), aujourd'hui ou plus tard.", ['input', 'effectiveOn']));
  }
  if (input.text.trim().length < 20 || input.text.length > 200_000) errors.push(userError('TEXT_INVALID', 'Le texte fait de 20 à 200 000 caractères.', ['input', 'text']));
  if (errors.length > 0) return { errors };
  const terms = em.create(TermsOfUse, { version: input.version, effectiveOn: input.effectiveOn, text: input.text, publishedAt: now });
  audit(em, { action: AuditAction.TERMS_PUBLISHED, actorId: viewer.userId, companyId: home.id, targetType: 'TermsOfUse', targetId: input.version, at: now });
  await em.flush();
  return { terms };
}
