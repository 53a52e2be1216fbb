import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

let db: TestDatabase;
const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await db.orm.em.getConnection().execute(sql, params)) as T[];

beforeAll(async () => {
  db = await createTestDatabase();
  expect(await seedDemoData(db.orm.em.fork(), TEST_NOW)).toBe(true);
});
afterAll(() => db?.close());

describe('demo data', () => {
  it('has the company of the "Ma société" screen', async () => {
    const [c] = await rows(`select reference, legal_name, siren, legal_form, state, financial_status, guarantee_type,
      to_char(created_at at time zone 'Europe/Paris', 'DD/MM/YYYY HH24:MI:SS') as created from company where id = 24`);
    expect(c).toEqual({
      reference: 'OIP-00000024', legal_name: 'Client 1 du revendeur présentation', siren: '895556553', legal_form: 'EI',
      state: 'ACTIVE', financial_status: 'HEALTHY', guarantee_type: 'NONE', created: '12/01/2017 11:01:00',
    });
    const sites = await rows<{ name: string }>('select name from site where company_id = 24 order by id');
    expect(sites.map((s) => s.name)).toEqual(['Siège Social', 'Site de Clichy']);
  });

  it('puts the customers 44660 and 44284 under the reseller, under the operator', async () => {
    const tree = await rows<{ descendant_id: number; ancestors: number[] }>(
      `select descendant_id, array_agg(ancestor_id order by depth desc) as ancestors
       from company_tree where descendant_id in (44284, 44660) group by descendant_id order by descendant_id`,
    );
    expect(tree).toEqual([
      { descendant_id: 44284, ancestors: [1, 10, 44284] },
      { descendant_id: 44660, ancestors: [1, 10, 44660] },
    ]);
    const [c] = await rows(`select legal_form, to_char(created_at at time zone 'Europe/Paris', 'DD/MM/YYYY') as created from company where id = 44660`);
    expect(c).toEqual({ legal_form: 'AUTRES', created: '18/03/2019' });
  });

  it("has the guide's contracted offers with their orders, sites and sales admin", async () => {
    const ocs = await rows(
      `select oc.reference, oc.name, o.reference as order_ref, s.name as site, to_char(oc.delivered_on, 'DD/MM/YYYY') as delivered,
              coalesce(sa.display_name, 'Aucun') as sales_admin, oc.state, oc.order_type
       from contracted_offer oc join site s on s.id = oc.site_id
       left join customer_order o on o.id = oc.order_id left join sales_admin sa on sa.id = oc.sales_admin_id
       where oc.end_customer_id = 44284 order by oc.delivered_on desc`,
    );
    expect(ocs).toEqual([
      { reference: 'OC150943', name: 'Création et portabilités de numéros', order_ref: 'COM32623', site: 'AIX-EN-PROVENCE', delivered: '29/05/2018', sales_admin: 'Charlotte M.', state: 'DELIVERED', order_type: 'CREATION' },
      { reference: 'OC138637', name: "Com'Unifiées MetaCentrex", order_ref: 'COM16444', site: 'LILLE', delivered: '22/11/2017', sales_admin: 'Charlotte M.', state: 'DELIVERED', order_type: 'CREATION' },
      { reference: 'OC94529', name: 'Numéro - Géographique', order_ref: null, site: 'AIX-EN-PROVENCE', delivered: '20/12/2016', sales_admin: 'Aucun', state: 'DELIVERED', order_type: 'CREATION' },
    ]);
  });

  it('numbers invoices and credit notes without gaps, with totals equal to their lines', async () => {
    const invoices = await rows<{ sequence_number: number; ok: boolean }>(
      `select i.sequence_number, i.total_excl_vat_cents = sum(l.total_excl_vat_cents) and i.total_vat_cents = sum(l.vat_cents) as ok
       from invoice i join invoice_line l on l.invoice_id = i.id group by i.id order by i.sequence_number`,
    );
    expect(invoices.map((i) => i.sequence_number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(invoices.every((i) => i.ok)).toBe(true);
    const [credit] = await rows(`select number, total_excl_vat_cents, total_vat_cents, refund_due_on::text from credit_note`);
    expect(credit).toEqual({ number: 'A-2026-000001', total_excl_vat_cents: 1435, total_vat_cents: 287, refund_due_on: '2026-11-15' });
  });

  it('loads only into an empty database', async () => {
    expect(await seedDemoData(db.orm.em.fork(), TEST_NOW)).toBe(false);
    const [count] = await rows<{ n: number }>('select count(*)::int as n from company');
    expect(count!.n).toBe(7);
  });
});

describe('demo data loaded on another day', () => {
  const loadedOn = async (now: Date) => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.orm.em.fork(), now);
      const query = async (sql: string) => (await other.orm.em.getConnection().execute(sql)) as Record<string, unknown>[];
      return {
        invoices: (await query(`select distinct period_start::text as p from invoice order by 1`)).map((r) => r.p),
        creditNote: (await query(`select number, issued_on::text, reason, total_excl_vat_cents from credit_note`))[0],
        fibre: (await query(`select activated_on::text, commitment_ends_on::text from contracted_offer where reference = 'OC160001'`))[0],
        guide: (await query(`select delivered_on::text as d from contracted_offer where reference = 'OC150943'`))[0]?.d,
      };
    } finally {
      await other.close();
    }
  };

  it('on a 29 February: the three months before, the credit note of the 5th, a commitment still running', async () => {
    expect(await loadedOn(new Date('2028-02-29T12:00:00Z'))).toEqual({
      invoices: ['2027-11-01', '2027-12-01', '2028-01-01'],
      creditNote: { number: 'A-2028-000001', issued_on: '2028-02-05', reason: 'Remboursement prorata temporis : interruption de service du 10/01/2028 au 14/01/2028', total_excl_vat_cents: 1435 },
      fibre: { activated_on: '2026-09-16', commitment_ends_on: '2028-09-15' }, // 24 months from 16/09/2026 end the day before the anniversary
      guide: '2018-05-29',
    });
  });

  it('before the 5th of a month: the credit note is dated today, never in the future', async () => {
    const loaded = await loadedOn(new Date('2027-03-02T08:00:00Z'));
    expect(loaded.invoices).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
    // 8900 × 5 / 28 days of February 2027.
    expect(loaded.creditNote).toMatchObject({ number: 'A-2027-000001', issued_on: '2027-03-02', total_excl_vat_cents: 1589 });
  });

  it('writes the dates of invoice and credit note line labels as jj/mm/aaaa, never ISO', async () => {
    const labels = await rows<{ label: string }>('select label from invoice_line union all select label from credit_note_line');
    expect(labels.length).toBeGreaterThan(0);
    for (const { label } of labels) expect(label, label).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(labels.some(({ label }) => /abonnement du \d{2}\/\d{2}\/\d{4} au \d{2}\/\d{2}\/\d{4}/.test(label))).toBe(true);
  });

  it("gives the seller its share capital and RCS, and every company with a SIREN its e-invoicing address", async () => {
    const [operator] = await rows(`select share_capital_cents::int as capital, registry_city from company where id = 1`);
    expect(operator).toEqual({ capital: 150_000_000, registry_city: 'Nanterre' });
    const missing = await rows('select id from company where siren is not null and electronic_address is null');
    expect(missing).toEqual([]);
  });
});
