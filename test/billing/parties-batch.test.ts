import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partiesOfAccounts } from '@portal/billing';
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
});
