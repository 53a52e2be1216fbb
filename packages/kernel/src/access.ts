import { type Permission } from './permissions.js';
import { type Viewer } from './viewer.js';

/**
 * The reach rule for one request, as every domain's resolvers see it (identity implements it).
 * Nothing touches a company's data without asking it first.
 */
export interface Access {
  readonly viewer: Viewer;
  permissionsOn(companyId: number): Promise<Set<Permission>>;
  can(companyId: number, permission: Permission): Promise<boolean>;
  /** Throws NOT_FOUND when the company is out of reach, FORBIDDEN when in reach without the permission. */
  require(companyId: number, permission: Permission, what?: string, field?: string[] | null): Promise<void>;
  /** SQL listing the ids of every company the caller holds the permission on (for `in (…)`). */
  reachSql(permission: Permission): string;
  /** The companies whose subtrees the permission reaches (the caller's grants that give it). */
  reachRoots(permission: Permission): number[];
}
