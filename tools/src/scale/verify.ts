/**
 * Integrity checks run after the load, inside its transaction, before it commits. The load
 * bypasses foreign-key triggers and the closure-table trigger (session_replication_role =
 * replica), so these checks are what proves the data would have passed them.
 */
import type pg from 'pg';

export class ScaleIntegrityError extends Error {
  constructor(readonly failures: string[]) {
    super(`the scale data fails ${failures.length} integrity check(s):\n  - ${failures.join('\n  - ')}`);
    this.name = 'ScaleIntegrityError';
  }
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

interface ForeignKey {
  name: string;
  child: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
}

/** Every foreign key of the public schema, with its columns in order. */
async function foreignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    select c.conname as name, child.relname as child, parent.relname as parent,
      array(select a.attname from unnest(c.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n)::text[] as columns,
      array(select a.attname from unnest(c.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n)::text[] as "parentColumns"
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    order by c.conname`);
  return rows;
}

/** Checks named by what they prove; each query returns the number of offending rows. */
const checks: { name: string; sql: string }[] = [
  {
    name: 'company_tree equals the closure of company.parent_id',
    sql: `
      with recursive closure(ancestor_id, descendant_id, depth) as (
        select id, id, 0 from company
        union all
        select c.parent_id, t.descendant_id, t.depth + 1
        from closure t join company c on c.id = t.ancestor_id
        where c.parent_id is not null
      ),
      stored as (select ancestor_id, descendant_id, depth::int as depth from company_tree)
      select (select count(*) from (select * from closure except select * from stored) missing)
           + (select count(*) from (select * from stored except select * from closure) extra)`,
  },
  {
    name: 'every company has exactly one active head office',
    sql: `
      select count(*) from company c
      left join (select company_id, count(*) as n from site where is_head_office and state = 'ACTIVE' group by company_id) h
        on h.company_id = c.id
      where coalesce(h.n, 0) <> 1`,
  },
  {
    name: 'invoice totals are the sums of their lines',
    sql: `
      select count(*) from invoice i
      left join (select invoice_id, sum(total_excl_vat_cents) as excl, sum(vat_cents) as vat
                 from invoice_line group by invoice_id) l on l.invoice_id = i.id
      where l.invoice_id is null or i.total_excl_vat_cents <> l.excl or i.total_vat_cents <> l.vat`,
  },
  {
    name: 'invoice lines: total = quantity × unit price, VAT rounded half up',
    sql: `
      select count(*) from invoice_line
      where total_excl_vat_cents <> quantity * unit_price_excl_vat_cents
         or vat_cents <> floor((total_excl_vat_cents::bigint * vat_rate_basis_points * 2 + 10000) / 20000)`,
  },
  {
    name: 'invoice numbers run from 1 without gaps, and document_sequence holds the last one',
    sql: `
      select count(*) from (
        select year, count(*) as n, min(sequence_number) as first, max(sequence_number) as last
        from invoice group by year
      ) y
      left join document_sequence d on d.kind = 'INVOICE' and d.year = y.year
      where y.first <> 1 or y.last <> y.n or d.last_number is distinct from y.last`,
  },
  {
    name: 'at most one ACTIVE service per identifier',
    sql: `select count(*) from (select 1 from oc_service where state = 'ACTIVE' group by kind, identifier having count(*) > 1) d`,
  },
];

/** Runs every check; throws a ScaleIntegrityError listing all that failed. */
export async function verifyScaleData(client: pg.ClientBase): Promise<void> {
  const failures: string[] = [];
  for (const fk of await foreignKeys(client)) {
    const join = fk.columns.map((c, i) => `p.${ident(fk.parentColumns[i]!)} = c.${ident(c)}`).join(' and ');
    const present = fk.columns.map((c) => `c.${ident(c)} is not null`).join(' and ');
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from ${ident(fk.child)} c where ${present} and not exists (select 1 from ${ident(fk.parent)} p where ${join})`,
    );
    if (Number(rows[0]!.n) > 0) failures.push(`${fk.name}: ${rows[0]!.n} ${fk.child} row(s) point to no ${fk.parent}`);
  }
  for (const check of checks) {
    const { rows } = await client.query<{ n: string }>(check.sql);
    const n = Number(Object.values(rows[0]!)[0]);
    if (n > 0) failures.push(`${check.name}: ${n} offending row(s)`);
  }
  if (failures.length > 0) throw new ScaleIntegrityError(failures);
}
