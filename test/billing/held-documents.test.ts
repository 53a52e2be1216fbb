import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

let db: TestDatabase;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params) as Promise<T[]>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  // Three new customers of the reseller, each with one OC from 1 December 2026; the second has no
  // e-invoicing address in its company data.
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id, electronic_address)
    select 2000 + g, 'OIP-' || lpad((2000 + g)::text, 8, '0'), 'Client ' || g, 'SAS', 10, case when g = 2 then null else 'client-' || g end from generate_series(1, 3) g`);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city) select 2000 + g, 'Siège Social', true, '1 rue', '75001', 'Paris' from generate_series(1, 3) g`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents)
    select 'OC' || (900000 + g), 'Numéro - Géographique', o.id, 2000 + g, 2000 + g, s.id, 'DELIVERED', date '2026-12-01', date '2026-12-01', 300
    from generate_series(1, 3) g join site s on s.company_id = 2000 + g, offer o where o.code = 'NUM-GEO'`);
});
afterAll(() => db?.close());

const numbers = async (year: number) =>
  (await sql<{ sequence_number: number }>('select sequence_number from invoice where year = ? order by sequence_number', [year])).map((r) => Number(r.sequence_number));

describe('validation before numbering', () => {
  it('holds an invoice that breaks BR-FR-12 (no buyer electronic address) with its reason, and numbers the others without a gap', async () => {
    const result = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-12', now: TEST_NOW });
    expect(result.held).toBe(1);
    const [issued] = await sql<{ n: number }>(`select count(*)::int as n from invoice where billed_company_id = 2002`);
    expect(issued!.n).toBe(0);
    const held = await sql<{ purpose: string; period_start: string; reasons: { rule: string; message: string }[]; released_at: Date | null; total: number }>(
      `select purpose, period_start::text, reasons, released_at, total_incl_vat_cents as total from held_document where billed_company_id = 2002`,
    );
    expect(held).toEqual([{
      purpose: 'MONTHLY', period_start: '2026-12-01', released_at: null, total: 360,
      reasons: [{ rule: 'BR-FR-12', message: "L'adresse électronique de facturation de l'acheteur (BT-49) manque dans les données de la société." }],
    }]);
    const all = await numbers(2026);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });

  it('keeps one held row when the run runs again, and still takes no number for it', async () => {
    const before = await numbers(2026);
    const again = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-12', now: TEST_NOW });
    expect(again).toMatchObject({ invoices: 0, held: 1 });
    expect(await numbers(2026)).toEqual(before);
    const [rows] = await sql<{ n: number }>(`select count(*)::int as n from held_document`);
    expect(rows!.n).toBe(1);
  });

  it('issues the held invoice with the next number once the company data is fixed, and marks it released', async () => {
    const before = await numbers(2026);
    await sql(`update company set electronic_address = 'client-2' where id = 2002`);
    const fixed = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-12', now: TEST_NOW });
    expect(fixed).toMatchObject({ invoices: 1, held: 0 });
    const [invoice] = await sql<{ number: string; sequence_number: number }>(`select number, sequence_number from invoice where billed_company_id = 2002`);
    expect(Number(invoice!.sequence_number)).toBe(before.length + 1);
    const [held] = await sql(`select issued_number, released_at is not null as released from held_document where billed_company_id = 2002`);
    expect(held).toEqual({ issued_number: invoice!.number, released: true });
    const all = await numbers(2026);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
  });

  it('costs nothing to the numbering when validation is off (what the bench compares)', async () => {
    await sql(`update company set electronic_address = null where id = 2003`);
    const off = await runMonthlyBilling(db.orm.em.fork(), { period: '2027-01', validate: false, now: TEST_NOW });
    expect(off.held).toBe(0);
    const [issued] = await sql<{ n: number }>(`select count(*)::int as n from invoice where billed_company_id = 2003 and period_start = '2027-01-01'`);
    expect(issued!.n).toBe(1);
  });
});
