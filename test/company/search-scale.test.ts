import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomerSortField, SortDirection, searchCustomers } from '@portal/company';
import { AccessControl, Role } from '@portal/identity';
import { type Viewer } from '@portal/kernel';
import { generateScaleData } from '../../tools/src/scale/load.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * The customer search on 100,000 companies from the scale generator: the page it returns is the
 * one plain SQL gives, for an operator (the whole tree) and for a reseller (its branch).
 */
let db: TestDatabase;
let operatorId: number;
let resellerId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  await generateScaleData({ databaseUrl: db.url, companies: 100_000, ocs: 2_000, seed: 7, reset: true, progress: false });
  const conn = db.orm.em.getConnection();
  const [op] = (await conn.execute("select c.id from company c join company_universe u on u.company_id = c.id and u.universe = 'OPERATOR' where c.parent_id is null order by c.id limit 1")) as { id: number }[];
  operatorId = op!.id;
  const [re] = (await conn.execute("select c.id from company c join company_universe u on u.company_id = c.id and u.universe = 'RESELLER' where c.parent_id = ? order by c.id limit 1", [operatorId])) as { id: number }[];
  resellerId = re!.id;
}, 300_000);
afterAll(() => db?.close());

const viewerOf = (companyId: number): Viewer => ({ userId: 0, login: 'E-0000000000', companyId, grants: [{ companyId, role: Role.READ_ONLY }], termsAccepted: true });

async function expected(rootId: number, where: string, params: unknown[], order: string, limit: number): Promise<number[]> {
  const rows = (await db.orm.em.getConnection().execute(
    `select c.id from company c where c.id in (select descendant_id from company_tree where ancestor_id = ? and depth > 0) and ${where} order by ${order} limit ${limit}`,
    [rootId, ...params],
  )) as { id: number }[];
  return rows.map((r) => r.id);
}

describe('customer search at 100,000 companies', () => {
  it('finds names containing a word whatever the accents, in the right order and count', async () => {
    const em = db.orm.em.fork();
    const access = new AccessControl(em, viewerOf(operatorId));
    const page = await searchCustomers(em, access, {
      filter: { legalName: 'TELECOM' }, order: { field: CustomerSortField.LEGAL_NAME, direction: SortDirection.ASC }, first: 50, after: null, withTotal: true,
    });
    const want = await expected(operatorId, "c.legal_name_folded like '%telecom%'", [], 'c.legal_name, c.id', 51);
    expect(want.length).toBeGreaterThan(0);
    expect(page.rows.map((c) => c.id)).toEqual(want);
    const [count] = (await em.getConnection().execute(
      "select count(*)::int as n from company c where c.id in (select descendant_id from company_tree where ancestor_id = ? and depth > 0) and c.legal_name_folded like '%telecom%'", [operatorId],
    )) as { n: number }[];
    expect(page.totalCount).toBe(count!.n);
  });

  it("keeps a reseller to its own branch, and pages through it by creation date", async () => {
    const em = db.orm.em.fork();
    const access = new AccessControl(em, viewerOf(resellerId));
    const order = { field: CustomerSortField.CREATED_AT, direction: SortDirection.DESC };
    const first = await searchCustomers(em, access, { filter: { states: ['ACTIVE'] as never }, order, first: 20, after: null, withTotal: true });
    const want = await expected(resellerId, "c.state = 'ACTIVE'", [], 'c.created_at desc, c.id desc', 40);
    expect(first.rows.slice(0, 20).map((c) => c.id)).toEqual(want.slice(0, 20));
    const cursor = Buffer.from(JSON.stringify(first.cursorOf(first.rows[19]!)), 'utf8').toString('base64url');
    const second = await searchCustomers(em, access, { filter: { states: ['ACTIVE'] as never }, order, first: 20, after: cursor, withTotal: false });
    expect(second.rows.slice(0, 20).map((c) => c.id)).toEqual(want.slice(20, 40));
    const [outside] = (await em.getConnection().execute(
      'select count(*)::int as n from company_tree where ancestor_id = ? and descendant_id = any(?)', [resellerId, `{${first.rows.map((c) => c.id).join(',')}}`],
    )) as { n: number }[];
    expect(outside!.n).toBe(first.rows.length);
  });
});
