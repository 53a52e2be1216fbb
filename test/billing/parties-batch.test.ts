import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partiesOfAccounts, runMonthlyBilling } from '@portal/billing';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

/**
 * The parties of the billing run's batch, read for the validation before numbering: one statement
 * per batch whatever its size (the validation's cost in the run is that statement and the rules).
 */
let db: TestDatabase;
let counting = false;
const statements: string[] = [];
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params) as Promise<T[]>;

beforeAll(async () => {
  db = await createTestDatabase({ logQuery: (message) => { if (counting && /\[query\]/.test(message)) statements.push(message); } });
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  // A customer with no active site: its party has no address (BR-10 holds its documents).
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id) values (3001, 'OIP-00003001', 'Sans Site', 'SAS', 10)`);
  // Five customers of the reseller with one OC each from 1 December 2026, for the billing run.
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id, electronic_address)
    select 3100 + g, 'OIP-0000' || (3100 + g), 'Client ' || g, 'SAS', 10, 'client-' || g from generate_series(1, 5) g`);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city) select 3100 + g, 'Siège Social', true, '1 rue', '75001', 'Paris' from generate_series(1, 5) g`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents)
    select 'OC' || (931000 + g), 'Numéro - Géographique', o.id, 3100 + g, 3100 + g, s.id, 'DELIVERED', date '2026-12-01', date '2026-12-01', 300
    from generate_series(1, 5) g join site s on s.company_id = 3100 + g, offer o where o.code = 'NUM-GEO'`);
});
afterAll(() => db?.close());

describe('parties of a billing batch', () => {
  it('reads the seller and the buyer of every account of the batch in one statement, with the head office as address', async () => {
    const accounts = (await sql<{ id: number }>('select id from company order by id')).map((r) => Number(r.id));
    expect(accounts.length).toBeGreaterThan(5);
    statements.length = 0;
    counting = true;
    const parties = await partiesOfAccounts(db.orm.em.fork(), accounts);
    counting = false;
    expect(statements).toHaveLength(1);
    expect(parties.size).toBe(accounts.length);

    const [head] = await sql<{ company_id: number; address_line1: string; city: string }>(
      `select company_id, address_line1, city from site where is_head_office and state = 'ACTIVE' and company_id <> 1 order by company_id limit 1`,
    );
    const buyer = parties.get(Number(head!.company_id))!.buyer;
    expect(buyer.address).toMatchObject({ line1: head!.address_line1, city: head!.city });
    const [top] = await sql<{ legal_name: string }>('select legal_name from company where parent_id is null order by id limit 1');
    expect(parties.get(Number(head!.company_id))!.seller.name).toBe(top!.legal_name);
    expect(parties.get(3001)!.buyer).toMatchObject({ name: 'Sans Site', address: null });
  });

  it('costs the billing run one statement per batch and one per run with validation, on the same data (none per account)', async () => {
    const [seq] = await sql<{ n: number }>("select coalesce(max(last_number), 0) as n from document_sequence where kind = 'INVOICE' and year = 2026");
    const reset = async () => {
      await sql("delete from invoice_line where invoice_id in (select id from invoice where period_start = date '2026-12-01' and purpose = 'MONTHLY')");
      await sql("delete from invoice where period_start = date '2026-12-01' and purpose = 'MONTHLY'");
      await sql("delete from held_document where period_start = date '2026-12-01'");
      await sql("update document_sequence set last_number = ? where kind = 'INVOICE' and year = 2026", [Number(seq!.n)]);
    };
    const count = async (validate: boolean) => {
      await reset();
      statements.length = 0;
      counting = true;
      const result = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-12', now: TEST_NOW, batchSize: 2, validate });
      counting = false;
      return { statements: statements.length, batches: result.batches, invoices: result.invoices, held: result.held };
    };
    const without = await count(false);
    const checked = await count(true);
    expect(without.batches).toBeGreaterThan(2);
    expect(checked).toMatchObject({ held: 0, invoices: without.invoices, batches: without.batches });
    // Each batch: the parties' statement; the run: the look for documents held by an earlier run.
    expect(checked.statements - without.statements).toBe(checked.batches + 1);
  });
});
