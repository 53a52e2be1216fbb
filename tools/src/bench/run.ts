/**
 * `pnpm bench`: measures the portal on the scale data (100,000 companies, 1,000,000 OCs) in
 * PostgreSQL, through the running gateway, and writes a machine-readable result file
 * (.bench/results.json, and a copy named after the run's time for compare.js) and readable tables.
 * Figures are compared within one run, never asserted.
 *
 *   BENCH_DATABASE_URL   where the scale data lives (default postgres://postgres@127.0.0.1:5432/portal_scale);
 *                        loaded by the scale generator when it has fewer companies or OCs than asked
 *   BENCH_COMPANIES, BENCH_OCS, BENCH_REQUESTS, BENCH_CONCURRENCY, BENCH_BILLING_ROUNDS
 *
 * What it measures:
 *   - the customer search of an operator, one request at a time and BENCH_CONCURRENCY in flight;
 *   - the OC list page through the gateway and through the hand-written baseline (baseline-server.ts:
 *     the same SQL statements with `pg`, the same JSON over `node:http`), under the same load, in
 *     alternating rounds; the ratio gateway / baseline;
 *   - invoice PDF/A-3 with Factur-X, and the Factur-X XML alone;
 *   - the monthly billing run over the scale data, on a copy of the database, with the rules checked
 *     before numbering against without them (the ratio, goal ≤ 1.2);
 *   - SQL statements per request of every list of the schema (statements.ts), on that copy;
 *   - the front-end bundle sizes and budgets, when the front end is built;
 *   - webhooks (webhooks.ts): messages/s to 1,000 endpoints on a local receiver, and the latency from
 *     an invoice's issue to its delivery (p50/p95) during a billing run, on a scratch demo database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { createGateway, loadConfig } from '@portal/gateway';
import { hashPassword } from '@portal/identity';
import { facturXml, loadPrintable, renderDocumentPdf } from '@portal/billing';
import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase, scratchDatabaseName, withDatabase } from '@portal/db';
import { bundleSizes, checkBudgets, microFrontends } from '../frontend/budgets.js';
import { generateScaleData, DEFAULT_SCALE_DATABASE_URL } from '../scale/load.js';
import { OC_LIST_QUERY, startBaselineServer, type OcListVariables } from './baseline-server.js';
import { percentile, runLoad, runPaired, type LoadResult } from './load-runner.js';
import { formatResults, ratioOf, writeResults, type BenchResults, type BillingRunFigure, type Bundles, type Figure } from './results.js';
import { benchBillingRun } from './billing-run.js';
import { benchWebhooks, formatWebhooks } from './webhooks.js';
import { LIST_OPERATIONS, OC_LIST_PAGE, StatementLog, countStatements, matchStatements, prepareListData, unmeasuredConnections } from './statements.js';

const root = join(import.meta.dirname, '..', '..', '..');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
const COMPANIES = env('BENCH_COMPANIES', 100_000);
const OCS = env('BENCH_OCS', 1_000_000);
const REQUESTS = env('BENCH_REQUESTS', 400);
const CONCURRENCY = env('BENCH_CONCURRENCY', 8);
const POOL_SIZE = 10;
const BENCH_LOGIN = 'E-9999999999';
const BENCH_PASSWORD = 'Banc-Essai-2026!';

async function countScaleData(): Promise<{ companies: number; ocs: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  const count = async (table: string) => Number((await client.query(`select count(*) as n from ${table}`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
  const [companies, ocs] = await client.connect().then(
    async () => [await count('company'), await count('contracted_offer')],
    () => [0, 0],
  );
  await client.end().catch(() => undefined);
  return { companies: companies!, ocs: ocs! };
}

/**
 * Loads the scale data (emptying the database first) unless it holds at least as many companies
 * and OCs as asked; a bigger database is used as it is. Returns what the database holds.
 */
async function ensureScaleData(): Promise<{ companies: number; ocs: number }> {
  const found = await countScaleData();
  if (found.companies >= COMPANIES && found.ocs >= OCS) return found;
  console.log(`loading the scale data (${COMPANIES} companies, ${OCS} OCs) into ${databaseUrl}…`);
  await generateScaleData({ databaseUrl, companies: COMPANIES, ocs: OCS, reset: true });
  return countScaleData();
}

/** An operator administrator to sign in with, terms accepted; created once. Returns its company. */
async function ensureBenchUser(): Promise<number> {
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
    return operatorId;
  } finally {
    await client.end();
  }
}

/**
 * The gateway as deployed, but for the rate limit per address: it still counts every request (one
 * statement each on its table) but never refuses one, since the whole bench comes from one address.
 */
const gatewayConfig = (url: string) => ({
  ...loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', DB_POOL_SIZE: String(POOL_SIZE), JOBS: 'off', RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000' }),
  port: 0,
});

interface SignedIn {
  cookie: string;
  post(body: object): Promise<Response>;
}

async function signIn(url: string): Promise<SignedIn> {
  const login = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { logIn(input: { login: "${BENCH_LOGIN}", password: "${BENCH_PASSWORD}" }) { userErrors { code } } }` }),
  });
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`the bench user could not sign in: ${await login.text()}`);
  return { cookie, post: (body) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) }) };
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

async function benchCustomerSearch(session: SignedIn, results: Record<string, Figure>): Promise<void> {
  // Warm-up: plans, pools, JIT.
  for (const variables of CUSTOMER_SEARCHES) await session.post({ query: SEARCH, variables });
  const search = async (i: number) => {
    const res = await session.post({ query: SEARCH, variables: CUSTOMER_SEARCHES[i % CUSTOMER_SEARCHES.length] });
    const body = (await res.json()) as { errors?: unknown };
    return res.ok && !body.errors;
  };
  const what = `customer search, 50 rows with paths and total, ${CUSTOMER_SEARCHES.length} filter/sort mixes, operator over the scale data`;
  results.customerSearchSerial = { what: `${what}, one request at a time`, ...(await runLoad(REQUESTS / 2, 1, search)) };
  results.customerSearchLoaded = { what: `${what}, ${CONCURRENCY} in flight`, ...(await runLoad(REQUESTS, CONCURRENCY, search)) };
}

const OC_CUSTOMERS = 10;
const OC_SORTS: (OcListVariables['orderBy'])[] = [null, { field: 'END_CUSTOMER', descending: false }, { field: 'REFERENCE', descending: true }];

/**
 * The OC list pages of the load: the list of a customer in the operator's reach (its link "Voir
 * les offres contractées"), for customers with more than a page of OCs spread over the data, each
 * in the default order (delivery date, newest first), by end customer and by reference.
 */
async function ocListMix(operatorId: number): Promise<{ pages: OcListVariables[]; description: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `select company_id as id from (
         select end_customer_id as company_id from contracted_offer
         union all select billing_account_id from contracted_offer where billing_account_id <> end_customer_id) x
       where company_id in (select descendant_id from company_tree where ancestor_id = $1)
       group by company_id having count(*) > 50 order by company_id`,
      [operatorId],
    );
    if (rows.length === 0) throw new Error('no customer in reach has more than 50 OCs: load more scale data');
    const picked = [...new Set(Array.from({ length: OC_CUSTOMERS }, (_, i) => rows[Math.floor((i * rows.length) / OC_CUSTOMERS)]!.id))];
    // The variables of mfe-offers' list opened for a customer (listVariables with a client).
    const pages = picked.flatMap((id) => {
      const companyId = Buffer.from(`Company:${id}`, 'utf8').toString('base64url');
      return OC_SORTS.map((orderBy) => ({ first: 50, after: null, filter: { companyId }, orderBy, clientId: companyId, withClient: true }));
    });
    return { pages, description: `one customer's OCs, first page of 50: ${picked.length} customers with more than 50 OCs × ${OC_SORTS.length} sorts (delivery date ↓, end customer ↑, reference ↓)` };
  } finally {
    await client.end();
  }
}

/** Warns when the front end's OC list asks for another document than the one measured. */
function checkOcListDocument(): void {
  const file = join(root, 'apps', 'mfe-offers', 'src', 'gql', 'persisted-documents.json');
  if (!existsSync(file)) return;
  const documents = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  const current = documents.find((d) => d.startsWith('query OffersList('));
  if (current && current !== OC_LIST_QUERY) {
    console.warn('warning: mfe-offers registers another OffersList than the bench measures: update OC_LIST_QUERY and the baseline (tools/src/bench/baseline-server.ts)');
  }
}

/** The OC list page through the gateway and through the baseline: same pages, same load. */
async function benchOcList(gatewayUrl: string, session: SignedIn, operatorId: number, results: Record<string, Figure>) {
  checkOcListDocument();
  const { pages, description } = await ocListMix(operatorId);
  const baseline = await startBaselineServer({
    databaseUrl, poolSize: POOL_SIZE, sessionCookie: session.cookie.split('=')[0]!, sessionIdleMs: gatewayConfig(databaseUrl).sessionIdleMs,
  });
  try {
    const ask = async (url: string, variables: OcListVariables) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.cookie }, body: JSON.stringify({ query: OC_LIST_QUERY, variables }) });
      return { ok: res.ok, body: (await res.json()) as { data?: { contractedOffers?: { edges: unknown[]; pageInfo: { endCursor: string | null } } } | null; errors?: unknown } };
    };
    const gatewayPage = `${gatewayUrl}/graphql`;
    const baselinePage = `${baseline.url}/oc-list`;
    // Both answer the same JSON for every page of the mix (and for a next page); also the warm-up.
    for (const variables of [...pages, ...pages]) {
      const [g, b] = [await ask(gatewayPage, variables), await ask(baselinePage, variables)];
      if (!g.ok || g.body.errors || g.body.data?.contractedOffers?.edges.length !== 50) throw new Error(`the gateway's OC list page failed: ${JSON.stringify(g.body).slice(0, 500)}`);
      if (!isDeepStrictEqual(g.body, b.body)) throw new Error(`the baseline answers otherwise than the gateway for ${JSON.stringify(variables)}:\n${JSON.stringify(b.body).slice(0, 500)}`);
    }
    const after = (await ask(gatewayPage, pages[0]!)).body.data!.contractedOffers!.pageInfo.endCursor;
    const next = { ...pages[0]!, after };
    if (!isDeepStrictEqual((await ask(gatewayPage, next)).body, (await ask(baselinePage, next)).body)) throw new Error('the baseline answers a next page otherwise than the gateway');

    const send = (url: string) => async (i: number) => {
      const { ok, body } = await ask(url, pages[i % pages.length]!);
      return ok && !body.errors && body.data?.contractedOffers?.edges.length === 50;
    };
    const what = (side: string, load: string) => `OC list page (${side}), ${description}, ${load}`;
    const [gs, bs] = await runPaired(REQUESTS / 2, 1, [send(gatewayPage), send(baselinePage)]);
    results.ocListGatewaySerial = { what: what('gateway', 'one request at a time'), ...gs };
    results.ocListBaselineSerial = { what: what('baseline: pg + node:http', 'one request at a time'), ...bs };
    const [gl, bl] = await runPaired(REQUESTS, CONCURRENCY, [send(gatewayPage), send(baselinePage)]);
    results.ocListGatewayLoaded = { what: what('gateway', `${CONCURRENCY} in flight`), ...gl };
    results.ocListBaselineLoaded = { what: what('baseline: pg + node:http', `${CONCURRENCY} in flight`), ...bl };
    return { description, ratio: { serial: ratioOf(gs, bs), loaded: ratioOf(gl, bl) } };
  } finally {
    await baseline.close();
  }
}

/** Renders 50 invoices of the scale data one after the other; the first (font loading) is left out. */
async function timeDocuments(what: 'pdf' | 'xml'): Promise<LoadResult> {
  const orm = await openDatabase({ databaseUrl, poolSize: 2 });
  try {
    const ids = ((await orm.em.getConnection().execute('select id from invoice order by id limit 51')) as { id: number }[]).map((r) => r.id);
    const docs = [];
    for (const id of ids) docs.push((await loadPrintable(orm.em.fork(), 'INVOICE', id))!);
    await renderDocumentPdf(docs[0]!);
    const times: number[] = [];
    const cpu = process.cpuUsage();
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
    const used = process.cpuUsage(cpu);
    return {
      requests: times.length, errors: 0, seconds: r(seconds), requestsPerSecond: r(times.length / seconds),
      p50: r(percentile(times, 50)), p95: r(percentile(times, 95)), p99: r(percentile(times, 99)), cpuMsPerRequest: r((used.user + used.system) / 1000 / times.length),
    };
  } finally {
    await orm.close(true);
  }
}

/**
 * Statements per list operation, through a gateway that logs its SQL, on `copyUrl` (rows are added
 * there); and the statements of one OC list page, gateway and baseline, side by side.
 */
async function benchStatements(copyUrl: string) {
  const targets = await prepareListData(copyUrl, BENCH_LOGIN);
  const log = new StatementLog();
  const config = gatewayConfig(copyUrl);
  const gateway = await createGateway(config, { seed: false, logQuery: log.logQuery });
  try {
    const session = await signIn(await gateway.listen());
    const post = async (body: object) => (await session.post(body)).json() as Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }>;
    const statements = await countStatements(post, log, targets, () => gateway.idle());
    const orderSubmission = await benchOrderSubmission(copyUrl, post, targets.busyCompanyId);

    const page = { ...LIST_OPERATIONS.find((o) => o.name === OC_LIST_PAGE)!.variables(targets), first: 50 };
    const gatewaySql = await log.during(async () => {
      await post({ query: OC_LIST_QUERY, variables: page });
      await gateway.idle();
    });
    const baselineSql: string[] = [];
    const baseline = await startBaselineServer({
      databaseUrl: copyUrl, poolSize: POOL_SIZE, sessionCookie: session.cookie.split('=')[0]!, sessionIdleMs: config.sessionIdleMs, onStatement: (sql) => baselineSql.push(sql),
    });
    try {
      await (await fetch(`${baseline.url}/oc-list`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.cookie }, body: JSON.stringify({ query: OC_LIST_QUERY, variables: page }) })).json();
    } finally {
      await baseline.close();
    }
    // The session's last-seen write is left out on both sides.
    const baselineStatements = matchStatements(gatewaySql, baselineSql.filter((sql) => !sql.startsWith('update "user_session"')));
    return { statements, unmeasured: unmeasuredConnections(gateway.schema), baselineStatements, orderSubmission };
  } finally {
    await gateway.close();
  }
}

const ORDER_SUBMIT = `mutation($input: OrderSubmitInput!) { orderSubmit(input: $input) { order { id reference } userErrors { code field } } }`;

/**
 * Order submission through the gateway, one at a time, on the copy: a cart of one line (the offer
 * the catalogue publishes for the bench) for the busiest customer, each with its idempotency key.
 */
async function benchOrderSubmission(copyUrl: string, post: (body: object) => Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }>, customerId: number): Promise<Figure> {
  const client = new pg.Client({ connectionString: copyUrl });
  await client.connect();
  let site: number;
  let offer: string;
  try {
    const [row] = (await client.query<{ code: string }>(
      `insert into catalogue_entry (offer_id, family) select id, 'UNIFIED_COMMUNICATIONS' from offer order by id limit 1
       on conflict (offer_id) do update set published = true returning (select code from offer where id = catalogue_entry.offer_id) as code`,
    )).rows;
    offer = row!.code;
    site = (await client.query<{ id: number }>('select id from site where company_id = $1 and state = $2 order by id limit 1', [customerId, 'ACTIVE'])).rows[0]!.id;
  } finally {
    await client.end();
  }
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
  const submit = async (i: number) => {
    const body = await post({ query: ORDER_SUBMIT, variables: { input: { order: { companyId: gid('Company', customerId), lines: [{ offerCode: offer, siteId: gid('Site', site) }] }, idempotencyKey: `bench-${i}` } } });
    const payload = body.data?.orderSubmit as { order: unknown; userErrors: unknown[] } | undefined;
    return !body.errors && !!payload?.order && payload.userErrors.length === 0;
  };
  const total = Math.max(20, Math.round(REQUESTS / 8));
  return { what: `order submission (one line, OC ORDERED, milestones planned), one at a time, ${total} orders for one customer of the scale data`, ...(await runLoad(total, 1, submit)) };
}

/** The billing run, then the statement counts, on one copy of the database (the scale data stays as loaded). */
async function benchOnCopy() {
  const copy = scratchDatabaseName('bench_billing_run'); // unique per run: two runs on one server never share it
  const copyUrl = await recreateDatabase(databaseUrl, copy, new URL(databaseUrl).pathname.slice(1));
  try {
    const billingRun = await benchBillingRun(copyUrl, env('BENCH_BILLING_ROUNDS', 3));
    return { billingRun, ...(await benchStatements(copyUrl)) };
  } finally {
    await dropDatabase(databaseUrl, copy);
  }
}

function frontEndBundles(): Bundles {
  if (!existsSync(join(root, 'apps', 'shell', 'dist', 'shell.js'))) return { error: 'no front-end build (pnpm run build)' };
  try {
    const sizes = bundleSizes(root);
    return {
      sizes: Object.fromEntries([...sizes.values()].map((s) => [s.name, { bytes: s.bytes, gzipBytes: s.gzipBytes }])),
      budgets: Object.fromEntries(checkBudgets(sizes, microFrontends(root)).map((b) => [b.budget, { gzipBytes: b.gzipBytes, limitBytes: b.limitBytes, ok: b.ok }])),
    };
  } catch (error) {
    return { error: `the front-end builds are incomplete: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function commitOf(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    let dirty = false;
    try {
      execFileSync('git', ['diff-index', '--quiet', 'HEAD', '--'], { cwd: root, stdio: 'ignore' });
    } catch {
      dirty = true;
    }
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

async function main(): Promise<void> {
  const scale = await ensureScaleData();
  const operatorId = await ensureBenchUser();
  const config = gatewayConfig(databaseUrl);
  const gateway = await createGateway(config, { seed: false });
  const url = await gateway.listen();
  const results: Record<string, Figure> = {};
  let ocList: Awaited<ReturnType<typeof benchOcList>>;
  try {
    const session = await signIn(url);
    await benchCustomerSearch(session, results);
    ocList = await benchOcList(url, session, operatorId, results);
  } finally {
    await gateway.close();
  }
  results.invoicePdf = { what: 'invoice PDF/A-3 with Factur-X, rendered one at a time (50 invoices of the scale data)', ...(await timeDocuments('pdf')) };
  results.facturX = { what: 'Factur-X CII XML alone, one at a time (50 invoices)', ...(await timeDocuments('xml')) };
  const onCopy = await benchOnCopy();
  const webhooks = await benchWebhooks(withDatabase(databaseUrl, 'postgres')).catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }));
  results.orderSubmission = onCopy.orderSubmission;
  const report: BenchResults = {
    at: new Date().toISOString(),
    ...commitOf(),
    companies: scale.companies, ocs: scale.ocs, requests: REQUESTS, concurrency: CONCURRENCY,
    results,
    ocListRatio: ocList.ratio,
    ocListMix: ocList.description,
    statements: onCopy.statements,
    ocListBaselineStatements: onCopy.baselineStatements,
    unmeasuredConnections: onCopy.unmeasured,
    billingRun: onCopy.billingRun,
    bundles: frontEndBundles(),
    webhooks,
  };
  const [latest, stamped] = writeResults(join(root, '.bench'), report);
  console.log(`\n${formatResults(report)}`);
  console.log(`\nwritten to ${latest} and ${stamped}`);
}

await main();
