import { type EntityManager } from '@mikro-orm/core';
import { type Access, type Viewer } from '@portal/kernel';
import { universesOf, Universe } from '@portal/company';
import { RoleAssignment } from '../entities/RoleAssignment.js';
import { User } from '../entities/User.js';
import { type Role } from '../enums.js';
import { UserType, ViewerType } from './types.js';

/** Roles of several users on their own companies, in one query. */
export async function rolesOf(em: EntityManager, users: readonly User[]): Promise<Map<number, Role[]>> {
  const roles = new Map<number, Role[]>(users.map((u) => [u.id, []]));
  if (users.length === 0) return roles;
  const rows = await em.find(RoleAssignment, { user: { $in: users.map((u) => u.id) } }, { fields: ['user', 'company', 'role'] });
  for (const row of rows) {
    const user = users.find((u) => u.id === row.user.id);
    if (user && row.company.id === user.company.id) roles.get(user.id)!.push(row.role);
  }
  return roles;
}

export async function userTypes(em: EntityManager, users: readonly User[]): Promise<UserType[]> {
  const roles = await rolesOf(em, users);
  return users.map((u) => UserType.from(u, roles.get(u.id) ?? []));
}

export async function viewerType(em: EntityManager, viewer: Viewer, access: Access): Promise<ViewerType> {
  const user = await em.findOneOrFail(User, { id: viewer.userId }, { populate: ['company'] });
  const [type] = await userTypes(em, [user]);
  const universes = (await universesOf(em, [viewer.companyId])).get(viewer.companyId) ?? [];
  return Object.assign(new ViewerType(), {
    user: type!,
    termsAccepted: viewer.termsAccepted,
    authenticatedBy: viewer.apiTokenId ? 'API_TOKEN' : 'SESSION',
    permissions: [...(await access.permissionsOn(viewer.companyId))].sort(),
    universes,
    // A universe the company no longer holds (remembered from an earlier login) is not in force.
    actingUniverse: universes.includes(viewer.actingUniverse as Universe) ? (viewer.actingUniverse as Universe) : Universe.CLIENT,
  });
}
