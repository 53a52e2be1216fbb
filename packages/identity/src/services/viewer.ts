import { type EntityManager } from '@mikro-orm/core';
import { RoleAssignment } from '../entities/RoleAssignment.js';
import { type User } from '../entities/User.js';
import { type ApiScope } from '../rules/access.js';
import { type Viewer } from '@portal/kernel';
import { hasSecondFactor, secondFactorRequired, secondFactorsOf } from './second-factors.js';
import { hasAcceptedLatestTerms } from './terms.js';

/** A session of a user whose company requires a second factor they do not have yet. */
async function mustSetUpSecondFactor(em: EntityManager, user: User): Promise<boolean> {
  if (!(await secondFactorRequired(em, user.company.id))) return false;
  return !hasSecondFactor(await secondFactorsOf(em, user.id));
}

/** Builds the caller of a request from its user: roles as they are now, terms status. */
export async function loadViewer(
  em: EntityManager,
  user: User,
  today: string,
  via: { sessionId?: number; apiTokenId?: number; scopes?: ApiScope[]; actingUniverse?: string | null },
): Promise<Viewer> {
  const assignments = await em.find(RoleAssignment, { user: user.id }, { fields: ['company', 'role'] });
  return {
    userId: user.id,
    login: user.login,
    companyId: user.company.id,
    grants: assignments.map((a) => ({ companyId: a.company.id, role: a.role })),
    termsAccepted: await hasAcceptedLatestTerms(em, user.id, today),
    ...via,
    // API tokens are not asked: they were created in a session, and are revoked like any token.
    secondFactorSetupRequired: via.sessionId ? await mustSetUpSecondFactor(em, user) : false,
    actingUniverse: via.actingUniverse ?? 'CLIENT',
  };
}
