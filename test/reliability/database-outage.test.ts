/**
 * PostgreSQL restarted while requests run: the gateway answers errors during the outage and
 * recovers by itself within seconds, with no half-written termination or invoice.
 *
 * The real server is never touched: the gateway reaches its database through a TCP proxy. A
 * restart is what the proxy's cut() and pg_terminate_backend() do together to the gateway's
 * connections: every open connection dies (with its transaction) and new ones are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { sirenWithCheckDigit } from '@portal/company';
import { seedDemoData, type Orm } from '@portal/db';
import { TEST_NOW } from '../support/env.js';
import { createGateway, loadConfig, type Gateway } from '@portal/gateway';
import { toGlobalId } from '@portal/kernel';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { testServerUrl } from '../support/env.js';
import { Client, DEMO_PASSWORD } from '../support/gateway.js';
import { TestSmtpServer } from '../support/smtp.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { guardAnswers, type AnswerGuard } from '../support/answer-guard.js';

/** How long the database stays away. */
const OUTAGE_MS = 3_000;
/** No request may take longer than this, outage or not (a hang would be far longer). */
const ANSWER_BOUND_MS = 10_000;
/** The gateway must serve again within this time after the database is back. */
const RECOVERY_BOUND_MS = 5_000;
/** The load runs until this many successes before the cut, and as many after the recovery bound (or the time limit). */
const SUCCESSES_EACH_SIDE = 10;
const PHASE_LIMIT_MS = 20_000;

const OC_COUNT = 400;
const DESIRED_ON = '2026-12-15';
const FIRST_PERIOD = '2026-12';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the condition holds, or the time limit. */
async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const end = performance.now() + limitMs;
  while (!condition() && performance.now() < end) await sleep(50);
}

let db: TestDatabase;
let dbName: string;
let proxy: TcpProxy;
let smtp: TestSmtpServer;
let gateway: Gateway;
let url: string;
/** A connection of the test's own, straight to the server, for the checks. */
let direct: Orm;
/** No answer, during the outage or not, carries the driver's text. */
let answers: AnswerGuard;

const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) => (await direct.em.getConnection().execute(text, params)) as T[];

beforeAll(async () => {
  db = await createTestDatabase();
  dbName = new URL(db.url).pathname.slice(1);
  const server = new URL(testServerUrl);
  proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(await proxy.start());
  smtp = new TestSmtpServer();
  const smtpUrl = await smtp.start();
  const now = TEST_NOW;
  gateway = await createGateway(
    {
      ...loadConfig({
        DATABASE_URL: proxied.toString(), SMTP_URL: smtpUrl, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://portal.test', DB_POOL_SIZE: '4', JOBS: 'off',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
      }),
      port: 0,
    },
    { seed: seedDemoData, clock: () => now },
  );
  answers = guardAnswers(gateway.app);
  url = await gateway.listen();
  direct = db.orm;
  // Forty customers of the reseller OIP-00000010, ten delivered OCs each: OCs to terminate one by
  // one, and billing accounts for the monthly run.
  // Each with the SIREN and the e-invoicing address its invoices need to pass the rules before numbering.
  const sirens = Array.from({ length: 40 }, (_, i) => sirenWithCheckDigit(String(71000001 + i)));
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id, siren, electronic_address)
    select 100000 + g, 'OIP-' || lpad((100000 + g)::text, 8, '0'), 'Client panne ' || g, 'SAS', 10, s, s
    from unnest(cast(? as text[])) with ordinality as t(s, g)`, [`{${sirens.join(',')}}`]);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city)
    select 100000 + g, 'Siège Social', true, '1 rue', '75001', 'Paris' from generate_series(1, 40) g`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents, commitment_ends_on)
    select 'OC' || (900000 + g), 'Com''Unifiées MetaCentrex', o.id, 100001 + g % 40, 100001 + g % 40, s.id, 'DELIVERED', date '2026-06-01', date '2026-06-01', 4990, date '2029-05-31'
    from generate_series(1, ${OC_COUNT}) g join site s on s.company_id = 100001 + g % 40, offer o where o.code = 'COM-UNIF'`);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await proxy?.close();
  await smtp?.stop();
  await db?.close();
  answers?.check();
});

async function signedIn(login: string): Promise<Client> {
  const client = new Client(url);
  const viewer = await client.logIn(login, DEMO_PASSWORD);
  if (!viewer.termsAccepted) await client.acceptTerms();
  return client;
}

interface TerminationRow {
  id: number;
  contracted_offer_id: number;
  state: string;
  desired_on: string;
  effective_on: string;
  early_termination_fee_cents: number;
  comments: string | null;
  requested_by_id: number;
  requested_at: Date | null;
  idempotency_key: string | null;
  withdrawn_at: Date | null;
  applied_at: Date | null;
  equipment_return_reference: string | null;
  equipment_return_deadline: string | null;
}

interface Answer {
  kind: 'read' | 'write';
  startedAt: number;
  endedAt: number;
  status: number;
  /** Parsed JSON body, when it was JSON. */
  json: any;
  text: string;
  /** A transport failure (connection refused or reset, timeout): never expected. */
  failure?: string;
}

/** One GraphQL request, timed; it never throws. */
async function call(kind: Answer['kind'], client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const startedAt = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ANSWER_BOUND_MS * 3),
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: checked below
    }
    return { kind, startedAt, endedAt: performance.now(), status: res.status, json, text };
  } catch (err) {
    return { kind, startedAt, endedAt: performance.now(), status: 0, json: null, text: '', failure: String((err as Error).cause ?? err) };
  }
}

const READ = `{ viewer { user { login } } contractedOffers(first: 20) { totalCount edges { node { reference state } } } }`;
const TERMINATE = `mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) {
  contractedOffer { reference state } termination { id state desiredOn effectiveOn earlyTerminationFeeCents equipmentReturnReference } userErrors { code field }
} }`;

const readOk = (a: Answer) => a.status === 200 && !a.json?.errors && typeof a.json?.data?.contractedOffers?.totalCount === 'number';
const writeOk = (a: Answer) => a.status === 200 && !a.json?.errors && a.json?.data?.contractedOfferTerminate?.userErrors?.length === 0 && !!a.json.data.contractedOfferTerminate.termination?.id;
const succeeded = (a: Answer) => (a.kind === 'read' ? readOk(a) : writeOk(a));

const nextPeriod = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

describe('PostgreSQL restarted under load', () => {
  it('answers errors during the outage, recovers by itself, and leaves no half-written termination or invoice', async () => {
    const customer = await signedIn('E-0000000024');
    const reseller = await signedIn('E-0000000010');
    const terminator = await signedIn('E-0000000011');
    const ocs = await sql<{ id: number; reference: string }>(`select id, reference from contracted_offer where end_customer_id > 100000 order by id`);
    expect(ocs).toHaveLength(OC_COUNT);

    const answers: Answer[] = [];
    const writes: { oc: { id: number; reference: string }; client: Client; answer: Answer }[] = [];
    const readiness: { at: number; end: number; status: number }[] = [];
    let stopped = false;
    let terminatedAt = Infinity;
    let cutAt = Infinity;
    let restoredAt = Infinity;

    const reader = async (client: Client) => {
      while (!stopped) {
        answers.push(await call('read', client, READ));
        await sleep(15);
      }
    };
    const queue = [...ocs];
    const writer = async (client: Client) => {
      while (!stopped) {
        const oc = queue.shift();
        if (!oc) return;
        const answer = await call('write', client, TERMINATE, {
          input: { contractedOfferId: toGlobalId('ContractedOffer', oc.id), desiredOn: DESIRED_ON, comments: 'Panne de base', idempotencyKey: `outage-${oc.id}` },
        });
        answers.push(answer);
        writes.push({ oc, client, answer });
        await sleep(writeOk(answer) ? 15 : 100);
      }
    };
    const readinessProbe = async () => {
      while (!stopped) {
        const at = performance.now();
        const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(ANSWER_BOUND_MS * 3) }).catch(() => null);
        await res?.text();
        readiness.push({ at, end: performance.now(), status: res?.status ?? 0 });
        await sleep(200);
      }
    };
    // The monthly run on the gateway's own connection pool, month after month, as a job worker
    // would: a failed run is tried again after a pause and resumes where it stopped.
    const batchesDone: number[] = [];
    let billingFailures = 0;
    let period = FIRST_PERIOD;
    const biller = async () => {
      while (!stopped) {
        try {
          await runMonthlyBilling(gateway.orm.em.fork(), { period, batchSize: 2, onProgress: () => batchesDone.push(performance.now()) });
          period = nextPeriod(period);
        } catch {
          billingFailures++;
          await sleep(200);
        }
      }
    };

    const started = performance.now();
    const load = Promise.all([reader(customer), reader(reseller), reader(customer), writer(terminator), writer(reseller), readinessProbe(), biller()]);

    await until(() => answers.filter(succeeded).length >= SUCCESSES_EACH_SIDE && batchesDone.length > 0, PHASE_LIMIT_MS);
    // The restart: the server ends every backend of the database (their clients read "terminating
    // connection due to administrator command"), then no connection gets through, old or new.
    terminatedAt = performance.now();
    const [killed] = await sql<{ n: number }>(
      `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()) t`,
      [dbName],
    );
    proxy.cut();
    cutAt = performance.now();
    await sleep(OUTAGE_MS / 2);
    // The HTTP routes say the same as GraphQL: 503, typed, the driver's message kept in the log.
    const csv = await fetch(`${url}/exports/invoices.csv`, { headers: { cookie: customer.cookie! } });
    expect(csv.status).toBe(503);
    expect(((await csv.json()) as { code: string }).code).toBe('SERVICE_UNAVAILABLE');
    await sleep(OUTAGE_MS / 2);
    restoredAt = performance.now();
    proxy.restore();
    await until(
      () => answers.filter((a) => a.startedAt > restoredAt + RECOVERY_BOUND_MS).length >= SUCCESSES_EACH_SIDE && batchesDone.some((t) => t > restoredAt),
      RECOVERY_BOUND_MS + PHASE_LIMIT_MS,
    );
    stopped = true;
    await load;
    await gateway.idle(); // the e-mails sent after the answers
    // Every connection the requests took is back in the pool: none kept by a transaction the outage broke.
    const pool = await (gateway.orm.em.getConnection() as unknown as { getNativeClient(): Promise<{ totalCount: number; idleCount: number; waitingCount: number }> }).getNativeClient();
    const poolState = { checkedOut: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };

    // Requests started during the outage (the first 100 ms after the cut left out: requests
    // already running then may have finished either way).
    const duringOutage = answers.filter((a) => a.startedAt > cutAt + 100 && a.endedAt < restoredAt);
    const afterRestore = answers.filter((a) => a.startedAt >= restoredAt);
    const failedAfterRestore = afterRestore.filter((a) => !succeeded(a));
    // Recovered: from the start of the first successful request after which no request failed (the
    // time requests then take to answer on a busy machine is not the gateway's recovery).
    const lastFailureStart = failedAfterRestore.reduce((max, a) => Math.max(max, a.startedAt), -Infinity);
    const recoveredAt = afterRestore.filter((a) => succeeded(a) && a.startedAt > lastFailureStart).reduce((min, a) => Math.min(min, a.startedAt), Infinity);
    const firstAnswer = afterRestore.filter(succeeded).reduce((min, a) => Math.min(min, a.endedAt), Infinity);
    const readyAgain = readiness.find((r) => r.at >= restoredAt && r.status === 200)?.at ?? Infinity;
    const failed = answers.filter((a) => !succeeded(a));
    const slowest = Math.max(...answers.map((a) => a.endedAt - a.startedAt));
    const statuses = failed.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.failure ? 'transport' : a.status]: (acc[a.failure ? 'transport' : a.status] ?? 0) + 1 }), {});
    console.log(
      [
        `database outage of ${OUTAGE_MS} ms (${killed!.n} server backends terminated) under load for ${Math.round(performance.now() - started)} ms:`,
        `  requests sent ${answers.length} (reads ${answers.filter((a) => a.kind === 'read').length}, writes ${writes.length}), failed ${failed.length} ${JSON.stringify(statuses)}, during the outage ${duringOutage.length}`,
        `  recovery ${Math.round(recoveredAt - restoredAt)} ms after the restore (${failedAfterRestore.length} failed after it; first successful answer received after ${Math.round(firstAnswer - restoredAt)} ms), /readyz 200 after ${Math.round(readyAgain - restoredAt)} ms`,
        `  slowest answer ${Math.round(slowest)} ms; billing batches committed ${batchesDone.length}, runs failed ${billingFailures}; proxy connections ${proxy.stats.forwarded} forwarded, ${proxy.stats.refused} refused`,
        `  gateway pool after the load: ${JSON.stringify(poolState)}`,
      ].join('\n'),
    );
    const sample = failed.slice(0, 3).map((a) => `${a.status} ${a.failure ?? a.text.slice(0, 300)}`);
    if (sample.length) console.log(`  failed answers, e.g.:\n  ${sample.join('\n  ')}`);

    expect(poolState).toEqual({ checkedOut: 0, waiting: 0 });
    // Never a transport failure (the process answers throughout) nor an answer beyond the bound.
    expect(answers.filter((a) => a.failure).map((a) => a.failure)).toEqual([]);
    expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    // Work was done before and after the outage, and refused during it.
    expect(answers.filter((a) => a.endedAt < terminatedAt && succeeded(a)).length).toBeGreaterThanOrEqual(SUCCESSES_EACH_SIDE);
    expect(duringOutage.length).toBeGreaterThan(10);
    // During the outage: errors, each a JSON GraphQL error, 503 SERVICE_UNAVAILABLE, that tells
    // nothing of the database's address.
    for (const a of duringOutage) {
      expect(succeeded(a), a.text.slice(0, 200)).toBe(false);
      expect(a.status, a.text.slice(0, 200)).toBe(503);
      expect(a.json?.errors?.[0]?.message, a.text.slice(0, 200)).toEqual(expect.any(String));
      expect(a.json.errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code), a.text.slice(0, 200)).toContain('SERVICE_UNAVAILABLE');
      expect(a.text).not.toMatch(/127\.0\.0\.1|ECONN|:\d{4,5}\b/);
    }
    // Requests caught by the cut, mid-way: an error too, never a success that did not happen.
    for (const a of answers.filter((x) => x.startedAt <= cutAt + 100 && x.endedAt > terminatedAt && !succeeded(x))) {
      expect([500, 503], a.text.slice(0, 200)).toContain(a.status);
      expect(a.json?.errors?.length, a.text.slice(0, 200)).toBeGreaterThan(0);
    }
    // Readiness: ready before, unavailable throughout the outage, ready again soon after.
    expect(readiness.filter((r) => r.end < terminatedAt).every((r) => r.status === 200)).toBe(true);
    const unready = readiness.filter((r) => r.at > cutAt + 100 && r.end < restoredAt);
    expect(unready.length).toBeGreaterThan(0);
    expect(unready.map((r) => r.status)).toEqual(unready.map(() => 503));
    expect(readyAgain - restoredAt).toBeLessThan(RECOVERY_BOUND_MS);
    // Recovery without a restart: successes again within the bound, and nothing but successes after it.
    expect(recoveredAt - restoredAt).toBeLessThan(RECOVERY_BOUND_MS);
    const late = afterRestore.filter((a) => a.startedAt > restoredAt + RECOVERY_BOUND_MS);
    expect(late.length).toBeGreaterThanOrEqual(SUCCESSES_EACH_SIDE);
    expect(late.filter((a) => !succeeded(a)).map((a) => a.text.slice(0, 200))).toEqual([]);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // No half-written termination: each OC holds either nothing, or the whole set the service
    // writes in one transaction: the termination with every column it sets, the OC's new state and
    // the audit entry that repeats the termination's dates and fee.
    const ocIds = `{${ocs.map((o) => o.id).join(',')}}`;
    const ocRows = await sql<{ id: number; reference: string; state: string }>(`select id, reference, state from contracted_offer where id = any(cast(? as int[])) order by id`, [ocIds]);
    const terminationRows = await sql<TerminationRow>(
      `select id, contracted_offer_id, state, desired_on::text, effective_on::text, early_termination_fee_cents, comments, requested_by_id, requested_at,
         idempotency_key, withdrawn_at, applied_at, equipment_return_reference, equipment_return_deadline::text
       from termination where contracted_offer_id = any(cast(? as int[]))`,
      [ocIds],
    );
    const auditRows = await sql<{ target_id: string; actor_id: number; company_id: number; details: Record<string, unknown> }>(
      `select target_id, actor_id, company_id, details from audit_event where action = 'TERMINATION_REQUESTED' and target_type = 'ContractedOffer' and target_id = any(cast(? as text[]))`,
      [`{${ocs.map((o) => o.reference).join(',')}}`],
    );
    const writerIds = (await sql<{ id: number }>(`select id from app_user where login in ('E-0000000010', 'E-0000000011')`)).map((r) => r.id);
    const whole = (oc: { id: number; reference: string }, t: TerminationRow, audits: typeof auditRows) =>
      t.state === 'REQUESTED' && t.desired_on === DESIRED_ON && t.effective_on >= t.desired_on && t.early_termination_fee_cents > 0
      && t.comments === 'Panne de base' && t.idempotency_key === `outage-${oc.id}` && writerIds.includes(t.requested_by_id) && t.requested_at !== null
      && t.withdrawn_at === null && t.applied_at === null
      && t.equipment_return_reference === `RET-${oc.reference}-${t.effective_on.replaceAll('-', '')}` && t.equipment_return_deadline !== null
      && audits.length === 1 && audits[0]!.actor_id === t.requested_by_id
      && audits[0]!.details.desiredOn === t.desired_on && audits[0]!.details.effectiveOn === t.effective_on && audits[0]!.details.earlyTerminationFeeCents === t.early_termination_fee_cents;
    const partial = ocRows.filter((oc) => {
      const ts = terminationRows.filter((t) => t.contracted_offer_id === oc.id);
      const audits = auditRows.filter((a) => a.target_id === oc.reference);
      const nothing = oc.state === 'DELIVERED' && ts.length === 0 && audits.length === 0;
      return !(nothing || (oc.state === 'TERMINATION_REQUESTED' && ts.length === 1 && whole(oc, ts[0]!, audits)));
    });
    expect(partial.map((oc) => ({ oc, terminations: terminationRows.filter((t) => t.contracted_offer_id === oc.id), audits: auditRows.filter((a) => a.target_id === oc.reference) }))).toEqual([]);
    const terminationOf = new Map(terminationRows.map((t) => [t.contracted_offer_id, t]));
    // Every write answered with success is in the database, as answered.
    const answeredOk = writes.filter((w) => writeOk(w.answer));
    for (const w of answeredOk) {
      const t = terminationOf.get(w.oc.id);
      const answered = w.answer.json.data.contractedOfferTerminate.termination;
      expect(t, w.oc.reference).toBeDefined();
      expect({ id: toGlobalId('Termination', t!.id), effectiveOn: t!.effective_on, fee: t!.early_termination_fee_cents })
        .toEqual({ id: answered.id, effectiveOn: answered.effectiveOn, fee: answered.earlyTerminationFeeCents });
    }
    // A write answered with an error either left nothing, or (the commit reached the server but
    // its answer did not reach the gateway) the whole termination; never part of it (see above).
    const answeredError = writes.filter((w) => !writeOk(w.answer));
    const committedAnyway = answeredError.filter((w) => terminationOf.has(w.oc.id));
    console.log(`  writes: ${answeredOk.length} answered success, ${answeredError.length} answered error (${committedAnyway.length} of them committed all the same)`);
    expect(answeredError.length).toBeGreaterThan(0);
    // The caller tries again with the same idempotency key: one termination per OC, no duplicate.
    for (const w of answeredError) {
      const again = await call('write', w.client, TERMINATE, {
        input: { contractedOfferId: toGlobalId('ContractedOffer', w.oc.id), desiredOn: DESIRED_ON, comments: 'Panne de base', idempotencyKey: `outage-${w.oc.id}` },
      });
      expect(writeOk(again), again.text.slice(0, 200)).toBe(true);
      if (terminationOf.has(w.oc.id)) expect(again.json.data.contractedOfferTerminate.termination.id).toBe(toGlobalId('Termination', terminationOf.get(w.oc.id)!.id));
    }
    const [terminations] = await sql<{ n: number; ocs: number }>(
      `select count(*)::int as n, count(distinct contracted_offer_id)::int as ocs from termination where contracted_offer_id = any(cast(? as int[]))`,
      [`{${writes.map((w) => w.oc.id).join(',')}}`],
    );
    expect(terminations).toEqual({ n: writes.length, ocs: writes.length });

    // No half-written invoice: the interrupted run resumes, a second pass issues nothing, every
    // invoice has its lines and totals equal to their sums, numbers are unique and unbroken.
    expect(batchesDone.some((t) => t < terminatedAt) && batchesDone.some((t) => t > restoredAt)).toBe(true);
    expect(billingFailures).toBeGreaterThan(0);
    await runMonthlyBilling(gateway.orm.em.fork(), { period });
    for (let p = FIRST_PERIOD; p <= period; p = nextPeriod(p)) {
      expect((await runMonthlyBilling(gateway.orm.em.fork(), { period: p })).invoices, p).toBe(0);
    }
    const [invoices] = await sql<{ n: number; without_lines: number; wrong_totals: number; duplicates: number }>(
      `select count(*)::int as n,
         count(*) filter (where s.invoice_id is null)::int as without_lines,
         count(*) filter (where s.invoice_id is not null and not (i.total_excl_vat_cents = s.ht and i.total_vat_cents = s.tva and i.total_incl_vat_cents = s.ht + s.tva))::int as wrong_totals,
         (select count(*)::int - count(distinct (billed_company_id, period_start))::int from invoice where purpose = 'MONTHLY') as duplicates
       from invoice i left join (select invoice_id, sum(total_excl_vat_cents) ht, sum(vat_cents) tva from invoice_line group by invoice_id) s on s.invoice_id = i.id`,
    );
    expect(invoices).toMatchObject({ without_lines: 0, wrong_totals: 0, duplicates: 0 });
    const numbering = await sql<{ year: number; n: number; distinct_numbers: number; low: number; high: number; last_number: number }>(
      `select i.year, count(*)::int as n, count(distinct i.sequence_number)::int as distinct_numbers, min(i.sequence_number) as low, max(i.sequence_number) as high, d.last_number
       from invoice i join document_sequence d on d.kind = 'INVOICE' and d.year = i.year group by i.year, d.last_number order by i.year`,
    );
    for (const y of numbering) expect(y, String(y.year)).toEqual({ ...y, distinct_numbers: y.n, low: 1, high: y.n, last_number: y.n });
    // The gateway still closes promptly: no connection left checked out for the pool's end to wait on.
    const closing = performance.now();
    const closed = await Promise.race([gateway.close().then(() => true), sleep(10_000).then(() => false)]);
    console.log(`  gateway closed in ${Math.round(performance.now() - closing)} ms`);
    expect(closed).toBe(true);
    const [accounts] = await sql<{ n: number }>(`select count(distinct billed_company_id)::int as n from invoice where period_start = cast(? as date)`, [`${FIRST_PERIOD}-01`]);
    expect(accounts!.n).toBeGreaterThanOrEqual(40);
    console.log(`  invoices: ${invoices!.n} in all, months billed ${FIRST_PERIOD} to ${period}`);
  }, 90_000);
});
