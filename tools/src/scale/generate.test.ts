import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaleData, type GenerateResult } from './load.js';
import { verifyScaleData } from './verify.js';

interface TestDatabase {
  url: string;
  close(): Promise<void>;
}

// The shared test helper lives outside the tools project's TypeScript root: load it at run time.
const supportModule = '../../../test/support/database.js';
const { createTestDatabase } = (await import(/* @vite-ignore */ supportModule)) as { createTestDatabase(): Promise<TestDatabase> };

const COMPANIES = 300;
const OCS = 3000;
const LOADED_TABLES = [
  'offer', 'sales_admin', 'terms_of_use', 'company', 'company_tree', 'company_universe', 'site', 'app_user',
  'role_assignment', 'customer_order', 'contracted_offer', 'oc_service', 'invoice', 'invoice_line', 'document_sequence',
];

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query(sql);
  return Number(Object.values(rows[0] as Record<string, unknown>)[0]);
}

/** One md5 per loaded table over all its rows, in a stable order. */
async function checksums(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const result: Record<string, string> = {};
    for (const table of LOADED_TABLES) {
      const { rows } = await client.query<{ md5: string }>(`select md5(string_agg(t::text, E'\\n' order by t::text)) as md5 from "${table}" t`);
      result[table] = rows[0]!.md5;
    }
    return result;
  });
}

describe('generateScaleData', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let loaded: GenerateResult;

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
    loaded = await generateScaleData({ databaseUrl: first.url, companies: COMPANIES, ocs: OCS, seed: 7, progress: false });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('loads the planned rows', async () => {
    expect(loaded.rows.company).toBe(COMPANIES);
    expect(loaded.rows.contracted_offer).toBe(OCS);
    expect(loaded.rows.oc_service).toBe(OCS);
    expect(loaded.rows.offer).toBeGreaterThanOrEqual(20);
    expect(loaded.rows.sales_admin).toBe(50);
    await withClient(first.url, async (client) => {
      for (const [table, n] of Object.entries(loaded.rows)) expect(await count(client, `select count(*) from "${table}"`), table).toBe(n);
      expect(await count(client, "select count(*) from company_universe where universe = 'OPERATOR'")).toBe(1);
      expect(await count(client, "select count(*) from company_universe where universe = 'RESELLER'")).toBe(1 + 3);
      expect(await count(client, "select count(*) from company_universe where universe = 'CLIENT'")).toBe(COMPANIES);
      expect(await count(client, 'select count(*) from company where parent_id is null')).toBe(1);
      expect(await count(client, 'select count(*) from customer_order')).toBeGreaterThan(OCS * 0.8);
      expect(await count(client, 'select count(*) from contracted_offer where order_id is null')).toBeGreaterThan(0);
      for (const state of ['ORDERED', 'IN_DELIVERY', 'DELIVERED', 'TERMINATION_REQUESTED', 'TERMINATED']) {
        expect(await count(client, `select count(*) from contracted_offer where state = '${state}'`), state).toBeGreaterThan(0);
      }
      expect(await count(client, "select count(*) from contracted_offer where state = 'DELIVERED'")).toBeGreaterThan(OCS / 2);
      expect(await count(client, 'select count(*) from contracted_offer where billing_account_id <> end_customer_id')).toBeGreaterThan(0);
      expect(await count(client, 'select count(*) from app_user')).toBe(4);
    });
  });

  it('gives every company exactly one head office, and it is active', async () => {
    await withClient(first.url, async (client) => {
      expect(await count(client, `
        select count(*) from company c
        where (select count(*) from site s where s.company_id = c.id and s.is_head_office) <> 1
           or not exists (select 1 from site s where s.company_id = c.id and s.is_head_office and s.state = 'ACTIVE')`)).toBe(0);
      expect(await count(client, 'select count(*) from site where not is_head_office')).toBeGreaterThan(0);
    });
  });

  it('writes the closure table of company.parent_id', async () => {
    await withClient(first.url, async (client) => {
      const closure = `
        with recursive closure(ancestor_id, descendant_id, depth) as (
          select id, id, 0 from company
          union all
          select c.parent_id, t.descendant_id, t.depth + 1 from closure t join company c on c.id = t.ancestor_id where c.parent_id is not null
        )`;
      expect(await count(client, `${closure} select count(*) from closure`)).toBe(await count(client, 'select count(*) from company_tree'));
      expect(await count(client, `${closure} select count(*) from (select ancestor_id, descendant_id, depth::int from company_tree except select * from closure) x`)).toBe(0);
      expect(await count(client, 'select max(depth) from company_tree')).toBeGreaterThanOrEqual(2);
    });
  });

  it('issues invoices whose totals are the sums of their lines, numbered without gaps', async () => {
    await withClient(first.url, async (client) => {
      expect(await count(client, `
        select count(*) from invoice i
        where total_excl_vat_cents <> (select coalesce(sum(total_excl_vat_cents), -1) from invoice_line l where l.invoice_id = i.id)
           or total_vat_cents <> (select coalesce(sum(vat_cents), -1) from invoice_line l where l.invoice_id = i.id)
           or total_incl_vat_cents <> total_excl_vat_cents + total_vat_cents`)).toBe(0);
      expect(await count(client, 'select count(*) from invoice_line where vat_cents <> round(total_excl_vat_cents * 0.2)')).toBe(0);
      const invoices = await count(client, 'select count(*) from invoice');
      expect(invoices).toBeGreaterThan(0);
      expect(await count(client, 'select max(sequence_number) from invoice')).toBe(invoices);
      expect(await count(client, 'select min(sequence_number) from invoice')).toBe(1);
      expect(await count(client, "select count(*) from invoice where number <> 'F-2026-' || lpad(sequence_number::text, 6, '0')")).toBe(0);
      expect(await count(client, "select last_number from document_sequence where kind = 'INVOICE' and year = 2026")).toBe(invoices);
      // One line per billed OC; each billed OC on its billing account's invoice.
      expect(await count(client, `
        select count(*) from invoice_line l join invoice i on i.id = l.invoice_id join contracted_offer o on o.id = l.contracted_offer_id
        where o.billing_account_id <> i.billed_company_id or l.unit_price_excl_vat_cents <> o.monthly_price_cents`)).toBe(0);
    });
  });

  it('satisfies every foreign key, as PostgreSQL itself checks them', async () => {
    await withClient(first.url, async (client) => {
      const { rows } = await client.query<{ table: string; name: string; definition: string }>(`
        select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
        from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`);
      expect(rows.length).toBeGreaterThan(10);
      await client.query('begin');
      try {
        // Dropping and adding each constraint again makes the server validate every row.
        for (const fk of rows) {
          await client.query(`alter table ${fk.table} drop constraint "${fk.name}"`);
          await client.query(`alter table ${fk.table} add constraint "${fk.name}" ${fk.definition}`);
        }
      } finally {
        await client.query('rollback');
      }
    });
  });

  it('leaves sequences and triggers working for the application', async () => {
    await withClient(first.url, async (client) => {
      await client.query('begin');
      try {
        const parent = await count(client, "select id from company where id = (select min(company_id) from company_universe where universe = 'RESELLER' and company_id > 1)");
        const { rows } = await client.query<{ id: number }>(
          "insert into company (reference, legal_name, legal_form, parent_id) values ('OIP-09999999', 'Nouvelle Société', 'SAS', $1) returning id", [parent]);
        expect(rows[0]!.id).toBe(COMPANIES + 1);
        expect(await count(client, `select count(*) from company_tree where descendant_id = ${COMPANIES + 1}`)).toBe(3);
        const oc = await client.query<{ id: number }>(`
          insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, monthly_price_cents)
          values ('OC1', 'x', 1, ${COMPANIES + 1}, ${COMPANIES + 1}, 1, 0) returning id`);
        expect(oc.rows[0]!.id).toBe(OCS + 1);
      } finally {
        await client.query('rollback');
      }
    });
  });

  it('detects broken data in its integrity check', async () => {
    await withClient(first.url, async (client) => {
      await client.query('begin');
      try {
        await client.query('set local session_replication_role = replica');
        await client.query('delete from company_tree where depth = 1 and descendant_id = (select max(id) from company)');
        await client.query('update contracted_offer set site_id = 999999 where id = 1');
        await expect(verifyScaleData(client)).rejects.toThrow(/contracted_offer_site_id_foreign[\s\S]*company_tree equals the closure/);
      } finally {
        await client.query('rollback');
      }
      await verifyScaleData(client);
    });
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', async () => {
    await generateScaleData({ databaseUrl: second.url, companies: COMPANIES, ocs: OCS, seed: 7, progress: false });
    const a = await checksums(first.url);
    expect(await checksums(second.url)).toEqual(a);

    await expect(generateScaleData({ databaseUrl: second.url, companies: COMPANIES, ocs: OCS, seed: 8, progress: false })).rejects.toThrow(/--reset/);
    const reseeded = await generateScaleData({ databaseUrl: second.url, companies: COMPANIES, ocs: OCS, seed: 8, reset: true, progress: false });
    expect(reseeded.rows.company).toBe(COMPANIES);
    const b = await checksums(second.url);
    for (const table of ['company', 'site', 'contracted_offer', 'oc_service', 'invoice_line']) expect(b[table], table).not.toBe(a[table]);
    expect(b.offer).toBe(a.offer);
  }, 120_000);
});
