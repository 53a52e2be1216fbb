import { Permission } from '@portal/kernel';
import { Role } from '../enums.js';

export { Permission };

/** A role held on a company gives these permissions there and below. */
const READ = [Permission.COMPANY_READ, Permission.BILLING_READ, Permission.OFFERS_READ];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMINISTRATOR]: Object.values(Permission),
  [Role.BILLING]: [...READ, Permission.BILLING_WRITE],
  [Role.ORDERS]: [...READ, Permission.OFFERS_ORDER, Permission.OFFERS_TERMINATE, Permission.ORDERS_DELIVER],
  [Role.READ_ONLY]: READ,
};

/** Scopes of an API token: read or write per domain. */
export enum ApiScope {
  COMPANY_READ = 'company:read',
  COMPANY_WRITE = 'company:write',
  IDENTITY_READ = 'identity:read',
  IDENTITY_WRITE = 'identity:write',
  BILLING_READ = 'billing:read',
  BILLING_WRITE = 'billing:write',
  OFFERS_READ = 'offers:read',
  OFFERS_WRITE = 'offers:write',
  WEBHOOKS = 'webhooks',
  /** The operator's own systems moving orders through their delivery milestones. */
  ORDERS_DELIVER = 'orders:deliver',
}

/** The scope a token needs to use a permission of its creator. */
export const PERMISSION_SCOPE: Readonly<Record<Permission, ApiScope>> = {
  [Permission.COMPANY_READ]: ApiScope.COMPANY_READ,
  [Permission.COMPANY_WRITE]: ApiScope.COMPANY_WRITE,
  [Permission.USERS_MANAGE]: ApiScope.IDENTITY_WRITE,
  [Permission.BILLING_READ]: ApiScope.BILLING_READ,
  [Permission.BILLING_WRITE]: ApiScope.BILLING_WRITE,
  [Permission.OFFERS_READ]: ApiScope.OFFERS_READ,
  [Permission.OFFERS_ORDER]: ApiScope.OFFERS_WRITE,
  [Permission.OFFERS_TERMINATE]: ApiScope.OFFERS_WRITE,
  [Permission.ORDERS_DELIVER]: ApiScope.ORDERS_DELIVER,
  [Permission.TOKENS_MANAGE]: ApiScope.IDENTITY_WRITE,
  [Permission.AUDIT_READ]: ApiScope.IDENTITY_READ,
  [Permission.WEBHOOKS_MANAGE]: ApiScope.WEBHOOKS,
};

/** A role held on a company. */
export interface Grant {
  companyId: number;
  role: Role | string;
}

const permissionsOf = (role: Role | string): readonly Permission[] => ROLE_PERMISSIONS[role as Role] ?? [];

/**
 * Permissions of a caller on a company, given the company's ancestors in the management tree
 * (the company itself included) and, for an API token, its scopes.
 */
export function permissionsOn(
  grants: readonly Grant[],
  targetAndAncestors: readonly number[],
  scopes?: readonly (ApiScope | string)[],
): Set<Permission> {
  const above = new Set(targetAndAncestors);
  const result = new Set<Permission>();
  for (const grant of grants) {
    if (!above.has(grant.companyId)) continue;
    for (const p of permissionsOf(grant.role)) {
      if (!scopes || scopes.includes(PERMISSION_SCOPE[p])) result.add(p);
    }
  }
  return result;
}

/** The companies whose subtrees a permission reaches: the tops of the caller's reach for it. */
export function reachRoots(grants: readonly Grant[], permission: Permission, scopes?: readonly (ApiScope | string)[]): number[] {
  if (scopes && !scopes.includes(PERMISSION_SCOPE[permission])) return [];
  const roots = new Set<number>();
  for (const grant of grants) if (permissionsOf(grant.role).includes(permission)) roots.add(grant.companyId);
  return [...roots].sort((a, b) => a - b);
}

/** No one grants a role that gives more than they hold on that company. */
export function canGrant(granterPermissions: ReadonlySet<Permission>, role: Role): boolean {
  return granterPermissions.has(Permission.USERS_MANAGE) && ROLE_PERMISSIONS[role].every((p) => granterPermissions.has(p));
}
