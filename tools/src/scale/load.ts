/**
 * generateScaleData: migrates the target database, then loads the scale data in one transaction
 * with COPY, triggers off (ids are explicit and the closure table is written by the generator),
 * resets the serial sequences, verifies integrity before committing, and analyzes.
 */
import 'reflect-metadata';
import { migrateToLatest, openDatabase, recreateDatabase, withDatabase } from '@portal/db';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { BILLING, ScalePlan } from './plan.js';
import { copyTable } from './copy.js';
import { scaleTables } from './tables.js';
import { verifyScaleData } from './verify.js';

export const DEFAULT_SCALE_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/portal_scale';

export interface GenerateOptions {
  /** Default: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/portal_scale. */
  databaseUrl?: string | undefined;
  companies: number;
  ocs: number;
  /** Default 42. */
  seed?: number | undefined;
  /** Empty every domain table first; without it, a database with companies is refused. */
  reset?: boolean | undefined;
  /** Progress bars on stderr. Default true. */
  progress?: boolean | undefined;
}

export interface GenerateResult {
  databaseUrl: string;
  /** Rows loaded per table, in load order. */
  rows: Record<string, number>;
  seconds: number;
}

/** Creates the database named in the URL when the server does not have it yet. */
async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`the database URL names no database: ${url}`);
  const server = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await server.connect();
  let exists: boolean;
  try {
    exists = (await server.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await server.end();
  }
  if (!exists) await recreateDatabase(url, name);
}

async function migrate(url: string): Promise<void> {
  const orm = await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    await migrateToLatest(orm);
  } finally {
    await orm.close(true);
  }
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every table but the migrations' bookkeeping, emptied with their sequences. */
async function truncateDomainTables(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ tablename: string }>(
    "select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by tablename",
  );
  if (rows.length === 0) return;
  await client.query(`truncate table ${rows.map((r) => ident(r.tablename)).join(', ')} restart identity cascade`);
}

/** Tables with more rows than this get their secondary indexes built after the COPY, not during. */
const DEFERRED_INDEX_THRESHOLD = 50_000;

/**
 * Drops the table's indexes that back no constraint (primary keys and unique constraints stay)
 * and returns a function that builds them again from their exact definitions. Building an index
 * over a loaded table sorts once; maintaining it row by row costs several times more.
 */
async function dropSecondaryIndexes(client: pg.ClientBase, table: string): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select ci.relname as name, pg_get_indexdef(ci.oid) as definition
     from pg_index x
     join pg_class ci on ci.oid = x.indexrelid
     join pg_class t on t.oid = x.indrelid
     where t.relname = $1 and t.relnamespace = 'public'::regnamespace
       and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
     order by ci.relname`,
    [table],
  );
  for (const index of rows) await client.query(`drop index ${ident(index.name)}`);
  return async () => {
    for (const index of rows) await client.query(index.definition);
  };
}

/** Points every serial sequence of the public schema just past its column's largest value. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    "select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%' order by table_name",
  );
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce(max(${ident(column)}), 0) + 1, false) from ${ident(table)}`,
      [ident(table), column],
    );
  }
}

export async function generateScaleData(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
  const seed = options.seed ?? 42;
  const showProgress = options.progress ?? true;
  // Bars on a terminal; a line per table otherwise (CI logs, redirected output).
  const interactive = showProgress && process.stderr.isTTY === true;
  const note = (line: string) => {
    if (showProgress) process.stderr.write(`${line}\n`);
  };
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const bars = interactive
    ? new cliProgress.MultiBar(
        { format: '{table} |{bar}| {percentage}% {value}/{total} {duration}s', hideCursor: true, clearOnComplete: false, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const rows: Record<string, number> = {};
  try {
    const existing = await client.query<{ n: string }>('select count(*) as n from company');
    if (Number(existing.rows[0]!.n) > 0 && !options.reset) {
      throw new Error(`${new URL(databaseUrl).pathname.slice(1)} already has ${existing.rows[0]!.n} companies: pass --reset to empty it first`);
    }
    const plan = new ScalePlan({ companies: options.companies, ocs: options.ocs, seed });

    await client.query('begin');
    try {
      // No per-row FK checks and no closure-table trigger: ids are explicit and company_tree is
      // written below. CHECK constraints and unique indexes stay active.
      await client.query('set local session_replication_role = replica');
      await client.query('set local synchronous_commit = off');
      await client.query("set local maintenance_work_mem = '256MB'");
      if (options.reset) await truncateDomainTables(client);
      for (const load of scaleTables(plan)) {
        const tableStarted = performance.now();
        const bar = bars?.create(load.total, 0, { table: load.table.padEnd(16) });
        const rebuildIndexes = load.total > DEFERRED_INDEX_THRESHOLD ? await dropSecondaryIndexes(client, load.table) : null;
        const loaded = await copyTable(client, load, (n) => bar?.update(n));
        await rebuildIndexes?.();
        bar?.update(loaded);
        bar?.stop();
        if (loaded !== load.total) throw new Error(`${load.table}: ${loaded} rows loaded, ${load.total} planned`);
        rows[load.table] = loaded;
        if (!interactive) note(`${load.table}: ${loaded} rows in ${seconds(tableStarted)} s`);
      }
      await client.query(
        `insert into document_sequence (kind, year, last_number) values ('INVOICE', $1, $2)
         on conflict (kind, year) do update set last_number = excluded.last_number`,
        [BILLING.year, plan.invoiceCount],
      );
      rows.document_sequence = 1;
      await resetSequences(client);
      bars?.stop();
      const verifyStarted = performance.now();
      await verifyScaleData(client);
      await client.query('commit');
      note(`verified and committed in ${seconds(verifyStarted)} s`);
    } catch (error) {
      bars?.stop();
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
    const analyzeStarted = performance.now();
    await client.query('analyze');
    note(`analyzed in ${seconds(analyzeStarted)} s`);
  } finally {
    bars?.stop();
    await client.end();
  }
  return { databaseUrl, rows, seconds: (performance.now() - started) / 1000 };
}
