/**
 * `pnpm bench`: measures the portal on the scale data (100,000 companies, 1,000,000 OCs) in
 * PostgreSQL, through the running gateway, and writes a machine-readable result file
 * (.bench/results.json) and a readable table. Figures are compared within one run, never asserted.
 *
 *   BENCH_DATABASE_URL   where the scale data lives (default postgres://postgres@127.0.0.1:5432/portal_scale);
 *                        loaded by the scale generator when it has fewer companies than asked
 *   BENCH_COMPANIES, BENCH_OCS, BENCH_REQUESTS, BENCH_CONCURRENCY
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createGateway, loadConfig } from '@portal/gateway';
import { hashPassword } from '@portal/identity';
import { facturXml, loadPrintable, renderDocumentPdf, runMonthlyBilling } from '@portal/billing';
import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase, withDatabase } from '@portal/db';
import { percentile } from './load-runner.js';
import { generateScaleData, DEFAULT_SCALE_DATABASE_URL } from '../scale/load.js';
import { runLoad, type LoadResult } from './load-runner.js';

const root = join(import.meta.dirname, '..', '..', '..');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
const COMPANIES = env('BENCH_COMPANIES', 100_000);
const OCS = env('BENCH_OCS', 1_000_000);
const REQUESTS = env('BENCH_REQUESTS', 400);
const CONCURRENCY = env('BENCH_CONCURRENCY', 8);
const BENCH_LOGIN = 'E-9999999999';
const BENCH_PASSWORD = 'Banc-Essai-2026!';

async function ensureScaleData(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  const count = await client.connect().then(
    async () => Number((await client.query('select count(*) as n from company').catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n),
    () => 0,
  );
  await client.end().catch(() => undefined);
  if (count >= COMPANIES) return;
  console.log(`loading the scale data (${COMPANIES} companies, ${OCS} OCs) into ${databaseUrl}…`);
  await generateScaleData({ databaseUrl, companies: COMPANIES, ocs: OCS, reset: true });
}

/** An operator administrator to sign in with, terms accepted; created once. */
async function ensureBenchUser(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("select c.id from company c join company_universe u on u.company_id = c.id and u.universe = 'OPERATOR' where c.parent_id is null order by c.id limit 1");
    const operatorId = rows[0].id as number;
    const hash = await hashPassword(BENCH_PASSWORD);
    await client.query(
      `insert into app_user (login, email, first_name, last_name, company_id, state, password_hash, password_changed_at)
       values ($1, 'bench@operateur.example', 'Banc', 'Essai', $2, 'ACTIVE', $3, now())
       on conflict (login) do update set password_hash = excluded.password_hash, state = 'ACTIVE', company_id = excluded.company_id`,
      [BENCH_LOGIN, operatorId, hash],
    );
    await client.query(`insert into role_assignment (user_id, company_id, role) select id, $2, 'ADMINISTRATOR' from app_user where login = $1 on conflict do nothing`, [BENCH_LOGIN, operatorId]);
    await client.query(`insert into terms_acceptance (user_id, terms_id) select u.id, t.id from app_user u, terms_of_use t where u.login = $1 on conflict do nothing`, [BENCH_LOGIN]);
    await client.query('delete from login_throttle');
  } finally {
    await client.end();
  }
}

const CUSTOMER_SEARCHES = [
  { legalName: 'telecom' },
  { legalName: 'boulangerie' },
  { legalForms: ['SARL'], createdFrom: '2018-01-01', createdTo: '2019-12-31' },
  { states: ['ACTIVE'], legalName: 'électricité' },
  {},
].flatMap((filter) => ['LEGAL_NAME', 'CREATED_AT', 'IDENTIFIER'].map((field) => ({ filter, orderBy: { field, direction: 'DESC' } })));

const SEARCH = `query($filter: CustomerFilterInput, $orderBy: CustomerOrderInput) {
  customers(filter: $filter, orderBy: $orderBy, first: 50) { totalCount edges { node { number legalName legalForm state createdAt } path { number } } }
}`;

/** Renders 50 invoices of the scale data one after the other; the first (font loading) is left out. */
async function timeDocuments(what: 'pdf' | 'xml'): Promise<LoadResult> {
  const orm = await openDatabase({ databaseUrl, poolSize: 2 });
  try {
    const ids = ((await orm.em.getConnection().execute('select id from invoice order by id limit 51')) as { id: number }[]).map((r) => r.id);
    const docs = [];
    for (const id of ids) docs.push((await loadPrintable(orm.em.fork(), 'INVOICE', id))!);
    await renderDocumentPdf(docs[0]!);
    const times: number[] = [];
    const started = performance.now();
    for (const doc of docs.slice(1)) {
      const t0 = performance.now();
      if (what === 'pdf') await renderDocumentPdf(doc);
      else facturXml(doc);
      times.push(performance.now() - t0);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const r = (ms: number) => Math.round(ms * 100) / 100;
    return { requests: times.length, errors: 0, seconds: r(seconds), requestsPerSecond: r(times.length / seconds), p50: r(percentile(times, 50)), p95: r(percentile(times, 95)), p99: r(percentile(times, 99)) };
  } finally {
    await orm.close(true);
  }
}

/**
 * The monthly billing run over the scale data, on a copy of the database (so that the scale data
 * stays as loaded): the month after the scale data's last invoices.
 */
async function benchBillingRun() {
  const copy = 'portal_bench_billing_run';
  await recreateDatabase(databaseUrl, copy, new URL(databaseUrl).pathname.slice(1));
  const orm = await openDatabase({ databaseUrl: withDatabase(databaseUrl, copy), poolSize: 2 });
  try {
    await migrateToLatest(orm);
    const [last] = (await orm.em.getConnection().execute("select to_char(max(period_start) + interval '1 month', 'YYYY-MM') as p from invoice where purpose = 'MONTHLY'")) as { p: string }[];
    const result = await runMonthlyBilling(orm.em.fork(), { period: last!.p, batchSize: 2000 });
    return { ...result, ocsPerSecond: Math.round(result.ocs / result.seconds) };
  } finally {
    await orm.close(true);
    await dropDatabase(databaseUrl, copy);
  }
}

async function main(): Promise<void> {
  await ensureScaleData();
  await ensureBenchUser();
  const config = { ...loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', DB_POOL_SIZE: '10', JOBS: 'off' }), port: 0 };
  const gateway = await createGateway(config, { seed: false });
  const url = await gateway.listen();
  const results: Record<string, LoadResult & { what: string }> = {};
  try {
    const login = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { logIn(input: { login: "${BENCH_LOGIN}", password: "${BENCH_PASSWORD}" }) { userErrors { code } } }` }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const post = (body: object) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    // Warm-up: plans, pools, JIT.
    for (const variables of CUSTOMER_SEARCHES) await post({ query: SEARCH, variables });
    const search = async (i: number) => {
      const res = await post({ query: SEARCH, variables: CUSTOMER_SEARCHES[i % CUSTOMER_SEARCHES.length] });
      const body = (await res.json()) as { errors?: unknown };
      return res.ok && !body.errors;
    };
    const what = `customer search, 50 rows with paths and total, ${CUSTOMER_SEARCHES.length} filter/sort mixes, operator over ${COMPANIES} companies`;
    results.customerSearchSerial = { what: `${what}, one request at a time`, ...(await runLoad(REQUESTS / 2, 1, search)) };
    results.customerSearchLoaded = { what: `${what}, ${CONCURRENCY} in flight`, ...(await runLoad(REQUESTS, CONCURRENCY, search)) };
  } finally {
    await gateway.close();
  }
  results.invoicePdf = { what: 'invoice PDF/A-3 with Factur-X, rendered one at a time (50 invoices of the scale data)', ...(await timeDocuments('pdf')) };
  results.facturX = { what: 'Factur-X CII XML alone, one at a time (50 invoices)', ...(await timeDocuments('xml')) };
  const run = await benchBillingRun();
  const out = join(root, '.bench');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'results.json');
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), companies: COMPANIES, ocs: OCS, concurrency: CONCURRENCY, results, billingRun: run }, null, 2));
  console.log('\n| benchmark | requests | errors | req/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${r.requests} | ${r.errors} | ${r.requestsPerSecond} | ${r.p50} | ${r.p95} | ${r.p99} |`);
  console.log(`\nbilling run ${run.period}: ${run.invoices} invoices, ${run.lines} lines, ${run.ocs} OCs in ${run.seconds} s (${run.ocsPerSecond} OCs/s)`);
  console.log(`\nwritten to ${file}`);
}

await main();
