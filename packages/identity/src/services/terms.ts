import { type EntityManager } from '@mikro-orm/core';
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
