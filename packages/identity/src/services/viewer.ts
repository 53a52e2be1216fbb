import { type EntityManager } from '@mikro-orm/core';
import { RoleAssignment } from '../entities/RoleAssignment.js';
import { type User } from '../entities/User.js';
import { type ApiScope } from '../rules/access.js';
import { type Viewer } from '@portal/kernel';
import { hasAcceptedLatestTerms } from './terms.js';

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
    actingUniverse: via.actingUniverse ?? 'CLIENT',
  };
}
