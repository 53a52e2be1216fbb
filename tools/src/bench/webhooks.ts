/**
 * The webhook figures of `pnpm bench`, on a scratch database with the demo data and a receiver on
 * 127.0.0.1 in this process (allowed as a development destination, address and port):
 *   - throughput: messages per second delivered to 1,000 endpoints (BENCH_WEBHOOK_ENDPOINTS), all
 *     of the operator and subscribed to user.created, for BENCH_WEBHOOK_EVENTS events;
 *   - latency: from an invoice's issue (its batch's commit) to its delivery, p50 and p95, during the
 *     monthly billing run of the demo data, the endpoints then spread over the demo companies and
 *     subscribed to invoice.issued (each invoice goes to the endpoints of its company and above).
 */
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { runMonthlyBilling } from '@portal/billing';
import { dropDatabase, migrateToLatest, openDatabase, recreateDatabase, scratchDatabaseName, seedDemoData } from '@portal/db';
import { EventType, publishEvent } from '@portal/events';
import { startJobs } from '@portal/gateway';
import { todayInParis } from '@portal/kernel';
import { percentile } from './load-runner.js';
import { formatWebhooks, type WebhookFigure } from './webhooks-format.js';

export { formatWebhooks, type WebhookFigure };

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

function startReceiver() {
  const arrivals: { id: string; at: number }[] = [];
  let waiter: { count: number; resolve(): void } | null = null;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      arrivals.push({ id: String(req.headers['webhook-id']), at: Date.now() });
      res.writeHead(204).end();
      if (waiter && arrivals.length >= waiter.count) waiter.resolve();
    });
  });
  return {
    arrivals,
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return (server.address() as AddressInfo).port;
    },
    until(count: number, timeoutMs: number) {
      if (arrivals.length >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`webhook bench: ${arrivals.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
        waiter = { count, resolve: () => { clearTimeout(timer); resolve(); } };
      });
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export async function benchWebhooks(serverUrl: string): Promise<WebhookFigure> {
  const endpoints = env('BENCH_WEBHOOK_ENDPOINTS', 1000);
  const events = env('BENCH_WEBHOOK_EVENTS', 5);
  const name = scratchDatabaseName('bench_webhooks');
  const url = await recreateDatabase(serverUrl, name);
  const receiver = startReceiver();
  const port = await receiver.listen();
  const orm = await openDatabase({ databaseUrl: url, poolSize: 10 });
  const log = { info() {}, error(obj: object, msg: string) { console.error(msg, obj); } };
  let jobs: Awaited<ReturnType<typeof startJobs>> | null = null;
  try {
    await migrateToLatest(orm);
    const now = new Date();
    await seedDemoData(orm.em.fork(), now);
    const conn = orm.em.getConnection();
    await conn.execute(
      `insert into webhook_endpoint (company_id, url, event_types, secret, created_by_id, created_at)
       select 1, 'http://127.0.0.1:' || ? || '/e' || g, '{user.created}', 'whsec_' || encode(sha256(g::text::bytea), 'base64'), 1, now() from generate_series(1, ?) g`,
      [port, endpoints],
    );
    jobs = await startJobs({
      orm, databaseUrl: url, clock: () => new Date(), log, pollingIntervalSeconds: 0.5,
      webhooks: { timeoutMs: 10_000, sweepMs: 100, allowPrivate: `127.0.0.1:${port}`, mailer: { async send() {} }, publicUrl: 'http://localhost' },
    });

    // Throughput: every event to every endpoint.
    const started = performance.now();
    const cpu = process.cpuUsage();
    const em = orm.em.fork();
    for (let i = 1; i <= events; i++) publishEvent(em, { type: EventType.USER_CREATED, companyId: 1, object: { type: 'User', id: i }, at: new Date() });
    await em.flush();
    await receiver.until(endpoints * events, 600_000);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);

    // Latency during a billing run: the endpoints spread over the demo companies.
    await conn.execute(
      `update webhook_endpoint w set event_types = '{invoice.issued}', company_id = c.id
       from (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from company) c
       where c.n = (w.id - 1) % c.total`,
    );
    const before = receiver.arrivals.length;
    const runStarted = performance.now();
    const period = todayInParis(now).slice(0, 7);
    const run = await runMonthlyBilling(orm.em.fork(), { period, batchSize: 5 });
    while (Number(((await conn.execute(`select count(*)::int as n from event where dispatched_at is null`)) as { n: number }[])[0]!.n) > 0) await new Promise((r) => setTimeout(r, 50));
    const messages = Number(((await conn.execute(`select count(*)::int as n from delivery d join event e on e.id = d.event_id where e.type = 'invoice.issued'`)) as { n: number }[])[0]!.n);
    await receiver.until(before + messages, 600_000);
    const runSeconds = (performance.now() - runStarted) / 1000;
    const issued = new Map(((await conn.execute(`select public_id, occurred_at from event where type = 'invoice.issued'`)) as { public_id: string; occurred_at: Date }[]).map((r) => [r.public_id, new Date(r.occurred_at).getTime()]));
    const latencies = receiver.arrivals.slice(before).flatMap((a) => (issued.has(a.id) ? [a.at - issued.get(a.id)!] : [])).sort((a, b) => a - b);
    const r = (n: number) => Math.round(n * 10) / 10;
    return {
      endpoints, events, messages: endpoints * events, seconds: r(seconds), messagesPerSecond: Math.round((endpoints * events) / seconds),
      cpuMsPerMessage: r((used.user + used.system) / 1000 / (endpoints * events)),
      billingRun: { invoices: run.invoices, messages, p50Ms: r(percentile(latencies, 50)), p95Ms: r(percentile(latencies, 95)), seconds: r(runSeconds) },
    };
  } finally {
    await jobs?.stop();
    await orm.close(true);
    await receiver.close();
    await dropDatabase(serverUrl, name);
  }
}

/** `node tools/dist/bench/webhooks.js`: the webhook figures alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = process.env.BENCH_DATABASE_URL ? new URL(process.env.BENCH_DATABASE_URL) : new URL('postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = '/postgres';
  benchWebhooks(server.toString()).then((w) => console.log(formatWebhooks(w)), (err: unknown) => { console.error(err); process.exitCode = 1; });
}
