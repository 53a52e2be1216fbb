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
  // Twenty more customers of the reseller, each with one OC activated on 16 November 2026 (first month prorated).
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id, electronic_address) select 1000 + g, 'OIP-' || lpad((1000 + g)::text, 8, '0'), 'Client ' || g, 'SAS', 10, 'client-' || g from generate_series(1, 20) g`);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city) select 1000 + g, 'Siège Social', true, '1 rue', '75001', 'Paris' from generate_series(1, 20) g`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents)
    select 'OC' || (800000 + g), 'Com''Unifiées MetaCentrex', o.id, 1000 + g, 1000 + g, s.id, 'DELIVERED', date '2026-11-16', date '2026-11-16', 3000
    from generate_series(1, 20) g join site s on s.company_id = 1000 + g, offer o where o.code = 'COM-UNIF'`);
});
afterAll(() => db?.close());

const invoiceNumbers = async (year: number) =>
  (await sql<{ sequence_number: number }>('select sequence_number from invoice where year = ? order by sequence_number', [year])).map((r) => r.sequence_number);

describe('the monthly billing run', () => {
  it('issues one invoice per account for November, in advance, with totals equal to the sums of the lines', async () => {
    const result = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-11' });
    // OIP-00000024 and 44284 (invoiced through October); the twenty new accounts start on the 16th.
    expect(result).toMatchObject({ invoices: 22, alreadyInvoiced: 0 });
    const check = await sql<{ ok: boolean }>(`select bool_and(i.total_excl_vat_cents = s.ht and i.total_vat_cents = s.tva and i.total_incl_vat_cents = s.ht + s.tva) as ok
      from invoice i join (select invoice_id, sum(total_excl_vat_cents) ht, sum(vat_cents) tva from invoice_line group by invoice_id) s on s.invoice_id = i.id`);
    expect(check[0]!.ok).toBe(true);
    const [c24] = await sql(`select number, issued_on::text, due_on::text, period_start::text, total_excl_vat_cents from invoice where billed_company_id = 24 and period_start = '2026-11-01'`);
    expect(c24).toEqual({ number: 'F-2026-000007', issued_on: '2026-11-01', due_on: '2026-12-01', period_start: '2026-11-01', total_excl_vat_cents: 8900 + 300 });
  });

  it('prorates the first month from the activation date and adds the setup fee once', async () => {
    const lines = await sql(`select l.kind, l.total_excl_vat_cents as ht, l.vat_cents as tva, l.period_start::text as "from", l.period_end::text as "to"
      from invoice_line l join invoice i on i.id = l.invoice_id where i.billed_company_id = 1001 order by l.position`);
    // 16 to 30 November: 15 of 30 days of 30 €; setup fee 99 € (20 % VAT each, per line).
    expect(lines).toEqual([
      { kind: 'RECURRING', ht: 1500, tva: 300, from: '2026-11-16', to: '2026-11-30' },
      { kind: 'SETUP', ht: 9900, tva: 1980, from: null, to: null },
    ]);
  });

  it('issues nothing new when run again for the same month', async () => {
    const again = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-11' });
    expect(again).toMatchObject({ invoices: 0, lines: 0 });
    expect(await invoiceNumbers(2026)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('bills December for every active OC, in full, and skips terminated ones', async () => {
    await sql(`update contracted_offer set state = 'TERMINATED', terminated_on = '2026-11-30' where reference = 'OC800020'`);
    const dec = await runMonthlyBilling(db.orm.em.fork(), { period: '2026-12' });
    expect(dec.invoices).toBe(21);
    const [line] = await sql(`select l.total_excl_vat_cents as ht, l.period_start::text as "from", l.period_end::text as "to" from invoice_line l join invoice i on i.id = l.invoice_id where i.billed_company_id = 1001 and i.period_start = '2026-12-01'`);
    expect(line).toEqual({ ht: 3000, from: '2026-12-01', to: '2026-12-31' });
  });

  it('keeps numbers unique and unbroken with two runs at once', async () => {
    const [a, b] = await Promise.all([
      runMonthlyBilling(db.orm.em.fork(), { period: '2027-01', batchSize: 3 }),
      runMonthlyBilling(db.orm.em.fork(), { period: '2027-01', batchSize: 2 }),
    ]);
    expect(a.invoices + b.invoices).toBe(21);
    expect(await invoiceNumbers(2027)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const [dups] = await sql<{ n: number }>(`select count(*)::int - count(distinct billed_company_id)::int as n from invoice where period_start = '2027-01-01'`);
    expect(dups!.n).toBe(0);
  });

  it('resumes an interrupted run without duplicates or gaps', async () => {
    const partial = await runMonthlyBilling(db.orm.em.fork(), { period: '2027-02', batchSize: 5, stopAfterBatches: 2 });
    expect(partial.invoices).toBe(10);
    const rest = await runMonthlyBilling(db.orm.em.fork(), { period: '2027-02', batchSize: 5 });
    expect(rest.invoices).toBe(11);
    expect(await invoiceNumbers(2027)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    const [doc] = await sql<{ last_number: number }>(`select last_number from document_sequence where kind = 'INVOICE' and year = 2027`);
    expect(doc!.last_number).toBe(42);
  });

  it('refuses a malformed period', async () => {
    await expect(runMonthlyBilling(db.orm.em.fork(), { period: '2027-13' })).rejects.toThrow(RangeError);
  });
});
