import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@portal/db';
import { AccessControl, Role } from '@portal/identity';
import { OrderSortField, listOrders } from '@portal/orders';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

let db: TestDatabase;
const statements: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ logQuery: (sql) => statements.push(sql) });
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  // 120 orders of the reseller for 44284, and 5 of the other reseller's customer.
  await db.orm.em.getConnection().execute(`
    with o as (
      insert into customer_order (reference, type, company_id, ordered_on)
      select 'COM' || (60000000 + g), 'CREATION', case when g <= 120 then 44284 else 31 end, date '2026-01-01' + g from generate_series(1, 125) g returning id, reference, company_id, ordered_on)
    insert into order_detail (order_id, reference, type, state, end_customer_id, billing_account_id, provider_id, placed_by_id, contact_email, ordered_on, expected_delivery_on)
    select o.id, o.reference, 'CREATION', 'RECEIVED', o.company_id, o.company_id, 1, (select id from app_user where login = 'E-0000000010'), 'a@b.fr', o.ordered_on, o.ordered_on + 20 from o`);
});
afterAll(() => db?.close());

describe('"Mes commandes"', () => {
  it('pages in 3 statements whatever the page size (ids, count, orders with their end customer), within reach only', async () => {
    const access = new AccessControl(db.orm.em.fork(), { userId: 0, login: 'E-0000000000', companyId: 10, grants: [{ companyId: 10, role: Role.READ_ONLY }], termsAccepted: true });
    const counts: number[] = [];
    for (const first of [5, 50, 100]) {
      const em = db.orm.em.fork();
      await access.permissionsOn(10); // the reach check is cached per request: outside the count
      statements.length = 0;
      const page = await listOrders(em, access, { filter: {}, field: OrderSortField.END_CUSTOMER, descending: false, first, after: null, withTotal: true });
      expect(page.rows.length).toBe(first + 1);
      expect(page.totalCount).toBe(120);
      expect(page.rows.every((o) => o.endCustomer.legalName === 'Société Méditerranéenne de Téléphonie')).toBe(true);
      counts.push(statements.filter((s) => s.includes('[query]')).length);
    }
    expect(counts).toEqual([3, 3, 3]);
  });

  it('sorts on every column and walks the pages with its cursor, each order once', async () => {
    const access = new AccessControl(db.orm.em.fork(), { userId: 0, login: 'E-0000000000', companyId: 10, grants: [{ companyId: 10, role: Role.READ_ONLY }], termsAccepted: true });
    for (const field of Object.values(OrderSortField)) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await listOrders(db.orm.em.fork(), access, { filter: {}, field, descending: true, first: 50, after, withTotal: false });
        seen.push(...page.rows.slice(0, 50).map((o) => o.reference));
        after = page.rows.length > 50 ? Buffer.from(JSON.stringify(page.cursorOf(page.rows[49]!)), 'utf8').toString('base64url') : null;
      } while (after);
      expect(new Set(seen).size, field).toBe(120);
    }
  });
});
