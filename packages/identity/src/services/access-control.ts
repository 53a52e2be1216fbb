import { type EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { DomainError, type Access } from '@portal/kernel';
import { Permission, permissionsOn, reachRoots } from '../rules/access.js';
import { type Viewer } from '@portal/kernel';

/** The answer for a company out of reach: the same as for one that does not exist. */
export const notFound = (what = 'Société', field: string[] | null = null) =>
  new DomainError('NOT_FOUND', `${what} introuvable.`, field);

/**
 * The reach rule applied to one request: every resolver and data loader asks it before touching
 * a company's data. Ancestor paths are read from the closure table once per company and request.
 */
export class AccessControl implements Access {
  /**
   * Ancestor paths from the closure table, once per company and request, and batched: the
   * companies a page shows (end customers, sites, accounts…) are read in one statement.
   */
  private readonly ancestors = new DataLoader<number, number[]>(async (companyIds) => {
    const rows = await this.em
      .getConnection()
      .execute<{ descendant_id: number; ancestor_id: number }[]>(
        'select descendant_id, ancestor_id from company_tree where descendant_id = any(?::bigint[])',
        [`{${companyIds.join(',')}}`],
        'all',
        this.em.getTransactionContext(),
      );
    const paths = new Map<number, number[]>(companyIds.map((id) => [id, []]));
    for (const row of rows) paths.get(Number(row.descendant_id))?.push(Number(row.ancestor_id));
    return companyIds.map((id) => paths.get(id)!);
  });

  constructor(
    private readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  private ancestorsOf(companyId: number): Promise<number[]> {
    return this.ancestors.load(companyId);
  }

  async permissionsOn(companyId: number): Promise<Set<Permission>> {
    if (!Number.isSafeInteger(companyId) || companyId <= 0) return new Set();
    return permissionsOn(this.viewer.grants, await this.ancestorsOf(companyId), this.viewer.scopes);
  }

  async can(companyId: number, permission: Permission): Promise<boolean> {
    return (await this.permissionsOn(companyId)).has(permission);
  }

  /**
   * Passes when the caller holds the permission on the company. A company the caller cannot even
   * read is "not found"; one it reads but may not change this way is "forbidden".
   */
  async require(companyId: number, permission: Permission, what = 'Société', field: string[] | null = null): Promise<void> {
    if ((await this.permissionsOn(companyId)).has(permission)) return;
    // Whether the company exists for the caller is a matter of reach (the roles), not of an API
    // token's scopes: a token without the scope is "forbidden" on its creator's own company.
    const reach = Number.isSafeInteger(companyId) && companyId > 0
      ? permissionsOn(this.viewer.grants, await this.ancestorsOf(companyId))
      : new Set<Permission>();
    const reads = reach.has(Permission.COMPANY_READ) || reach.has(Permission.BILLING_READ) || reach.has(Permission.OFFERS_READ);
    if (!reads) throw notFound(what, field);
    throw new DomainError('FORBIDDEN', 'Vos droits ne permettent pas cette action.', field);
  }

  /**
   * SQL that lists the ids of every company the caller holds the permission on, to filter lists,
   * counts and exports in the database: `where company_id in (<this>)`. Ids are integers from the
   * caller's grants, inlined safely; an empty reach gives a query that matches nothing.
   */
  reachRoots(permission: Permission): number[] {
    return reachRoots(this.viewer.grants, permission, this.viewer.scopes).filter((id) => Number.isSafeInteger(id));
  }

  reachSql(permission: Permission): string {
    const roots = this.reachRoots(permission);
    if (roots.length === 0) return 'select null::int where false';
    return `select descendant_id from company_tree where ancestor_id in (${roots.join(', ')})`;
  }
}
