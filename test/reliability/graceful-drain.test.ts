/**
 * Two gateway instances behind a small load balancer, one restarted with SIGTERM under load: no
 * failed request. The instances are real processes of the built gateway (apps/gateway/dist), on
 * one test database; the balancer leaves out an instance whose /readyz fails and retries a request
 * elsewhere only when its connection was refused, so every request must be answered by an
 * instance: the one going away finishes what it accepted, then stops accepting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@portal/db';
import { Balancer } from '../support/balancer.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';
import { Client, DEMO_PASSWORD, LOG_IN } from '../support/gateway.js';

const MAIN = fileURLToPath(new URL('../../apps/gateway/dist/main.js', import.meta.url));
const CLIENTS = 8;
/** Load before the SIGTERM; after the restart, the load goes on until the instance is back and serving. */
const LOAD_BEFORE_MS = 2_000;
const LOAD_AFTER_MS = 1_000;
const START_LIMIT_MS = 30_000;
/** How long a stopping instance stays up, unready, before it closes its listener. */
const SHUTDOWN_DELAY_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, limitMs: number, pollMs = 25): Promise<boolean> {
  const end = performance.now() + limitMs;
  while (!condition() && performance.now() < end) await sleep(pollMs);
  return condition();
}

/** A TCP port free right now on 127.0.0.1 (child processes cannot be told to listen on port 0 and report it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface LogLine {
  level: number;
  time: number;
  msg: string;
  reqId?: string;
  res?: { statusCode: number };
  [key: string]: unknown;
}

/** One gateway process: its JSON log lines in order, and how it ended. */
class Instance {
  readonly logs: LogLine[] = [];
  stderr = '';
  private child: ChildProcess | undefined;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> = Promise.resolve({ code: null, signal: null });

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process and resolves once it listens. */
  async start(): Promise<void> {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    let buffered = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.logs.push({ level: 0, time: Date.now(), msg: line });
        }
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    const from = this.logs.length;
    let ended = false;
    void this.exited.then(() => (ended = true));
    const listening = await until(() => ended || this.logs.slice(from).some((l) => /listening on/.test(l.msg)), START_LIMIT_MS);
    if (!listening || ended) throw new Error(`${this.name} did not start: ${this.stderr.slice(0, 2000)}`);
  }

  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** The index of the first log line matching, from `from` on (-1 when none). */
  indexOf(predicate: (line: LogLine) => boolean, from = 0): number {
    const i = this.logs.slice(from).findIndex(predicate);
    return i < 0 ? -1 : from + i;
  }
}

let db: TestDatabase;
let instances: Instance[] = [];
let balancer: Balancer;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('the gateway is not built: run `pnpm run build` first');
  db = await createTestDatabase();
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  const env = {
    DATABASE_URL: db.url, HOST: '127.0.0.1', JOBS: 'off', LOG_LEVEL: 'info', DB_POOL_SIZE: '4',
    // Unready but serving for ten of the balancer's health-check intervals, then draining.
    SHUTDOWN_DELAY_MS: String(SHUTDOWN_DELAY_MS), SHUTDOWN_GRACE_MS: '10000',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000', RATE_LIMIT_TOKEN_PER_MINUTE: '1000000', PUBLIC_URL: 'http://portal.test',
  };
  instances = [new Instance('a', await freePort(), env), new Instance('b', await freePort(), env)];
  await Promise.all(instances.map((i) => i.start()));
  balancer = new Balancer(instances.map((i) => i.url), { checkIntervalMs: 200 });
  await balancer.start();
}, 120_000);

afterAll(async () => {
  await balancer?.stop();
  for (const instance of instances) instance.signal('SIGTERM');
  await Promise.all(instances.map((i) => Promise.race([i.exited, sleep(15_000)])));
  for (const instance of instances) instance.signal('SIGKILL'); // only if still there
  await db?.close();
});

async function signedIn(url: string, login: string): Promise<Client> {
  const client = new Client(url);
  const viewer = await client.logIn(login, DEMO_PASSWORD);
  if (!viewer.termsAccepted) await client.acceptTerms();
  return client;
}

interface Outcome {
  startedAt: number;
  endedAt: number;
  status: number;
  ok: boolean;
  detail: string;
}

const QUERIES = [
  '{ viewer { user { login } } contractedOffers(first: 20) { totalCount edges { node { reference state } } } }',
  '{ viewer { user { login company { reference legalName } } permissions } }',
  '{ apiVersion viewer { termsAccepted } }',
];

/** One GraphQL request through the balancer; the answer counts only when it is 200 with data and no error. */
async function query(url: string, client: Client, text: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const startedAt = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}), ...headers },
      body: JSON.stringify({ query: text }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = await res.text();
    let json: { data?: unknown; errors?: unknown[] } | null = null;
    try {
      json = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    } catch {
      // not JSON: a failure
    }
    const ok = res.status === 200 && !!json?.data && !json.errors;
    return { startedAt, endedAt: performance.now(), status: res.status, ok, detail: ok ? '' : body.slice(0, 300) };
  } catch (err) {
    return { startedAt, endedAt: performance.now(), status: 0, ok: false, detail: String((err as Error).cause ?? err) };
  }
}

describe('a rolling restart behind the balancer', () => {
  it('answers every request while one instance drains on SIGTERM, exits 0 and comes back', async () => {
    const [a, b] = instances as [Instance, Instance];
    const logins = ['E-0000000024', 'E-0000000010', 'E-0000000011', 'E-0000000025', 'E-0000000026', 'E-0000044284', 'E-0000000030', 'E-0000000001'];
    const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => signedIn(balancer.url, logins[i]!)));

    const outcomes: Outcome[] = [];
    let stopped = false;
    const run = async (client: Client, n: number) => {
      for (let i = n; !stopped; i++) outcomes.push(await query(balancer.url, client, QUERIES[i % QUERIES.length]!));
    };
    const load = Promise.all(clients.map((client, n) => run(client, n)));
    await sleep(LOAD_BEFORE_MS);
    expect(balancer.upstreams.every((u) => u.served > 0)).toBe(true);

    // Requests the instance has accepted when the signal comes: logins (argon2id takes a while)
    // sent to it directly, each with its own request id, the SIGTERM sent once it has logged them.
    const logsBefore = a.logs.length;
    const slowIds = Array.from({ length: 2 }, (_, i) => `drain-login-${i}`);
    const slow = slowIds.map((id) =>
      fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': id },
        body: JSON.stringify({ query: LOG_IN, variables: { input: { login: 'E-0000000026', password: DEMO_PASSWORD } } }),
      }).then(async (res) => ({ id, status: res.status, body: (await res.json()) as { data?: { logIn?: { viewer?: { user?: { login?: string } } } } } })),
    );
    expect(await until(() => slowIds.every((id) => a.indexOf((l) => l.reqId === id && l.msg === 'incoming request', logsBefore) >= 0), 10_000, 2)).toBe(true);
    const sigtermAt = performance.now();
    a.signal('SIGTERM');
    const { code, signal } = await a.exited;
    const exitedAt = performance.now();
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    // The instance drained: the requests it had accepted were answered after the signal.
    const slowAnswers = await Promise.all(slow);
    for (const answer of slowAnswers) {
      expect(answer.status, answer.id).toBe(200);
      expect(answer.body.data?.logIn?.viewer?.user?.login, answer.id).toBe('E-0000000026');
    }
    const signalLine = a.indexOf((l) => /SIGTERM received/.test(l.msg), logsBefore);
    const shutDownLine = a.indexOf((l) => l.msg === 'shut down', logsBefore);
    expect(signalLine).toBeGreaterThan(0);
    expect(shutDownLine).toBeGreaterThan(signalLine);
    const acceptedAt = (reqId: string | undefined) => a.indexOf((l) => l.reqId === reqId && l.msg === 'incoming request');
    const drained = a.logs.slice(signalLine, shutDownLine).filter((l) => l.msg === 'request completed' && acceptedAt(l.reqId) >= 0 && acceptedAt(l.reqId) < signalLine);
    expect(drained.filter((l) => slowIds.includes(l.reqId!)).length).toBeGreaterThan(0);
    expect(drained.every((l) => l.res?.statusCode === 200)).toBe(true);
    // Those still running when the listener closed, after the delay, were answered too.
    const unreadyLine = a.logs[a.indexOf((l) => /unready, serving/.test(l.msg), signalLine)];
    expect(unreadyLine).toBeDefined();
    const listenerClosedAt = unreadyLine!.time + SHUTDOWN_DELAY_MS;
    const atClose = drained.filter((l) => l.time > listenerClosedAt);

    // Back with the same address; the balancer takes it in again once /readyz answers.
    const restartAt = performance.now();
    await a.start();
    const upstreamA = balancer.upstreams.find((u) => u.url === a.url)!;
    const servedBeforeRestart = upstreamA.served;
    expect(await until(() => upstreamA.healthy && upstreamA.served > servedBeforeRestart + 5, 20_000)).toBe(true);
    const backAt = performance.now();
    await sleep(LOAD_AFTER_MS);
    stopped = true;
    await load;

    const failed = outcomes.filter((o) => !o.ok);
    const [ua, ub] = balancer.upstreams as [typeof upstreamA, typeof upstreamA];
    console.log(
      [
        `rolling restart under ${CLIENTS} clients for ${Math.round(performance.now() - (sigtermAt - LOAD_BEFORE_MS))} ms:`,
        `  requests sent ${outcomes.length}, failed ${failed.length}; answered by a ${ua.served}, b ${ub.served}; retried after a refused connection ${ua.refused + ub.refused}`,
        `  SIGTERM to exit (code ${code}) ${Math.round(exitedAt - sigtermAt)} ms, ${drained.length} accepted requests answered after the signal (${drained.filter((l) => slowIds.includes(l.reqId!)).length} of ${slowAnswers.length} slow logins among them), ${atClose.length} of them after the listener closed`,
        `  restarted and serving again through the balancer ${Math.round(backAt - restartAt)} ms after the new start`,
      ].join('\n'),
    );
    expect(failed.map((o) => `${o.status} ${o.detail}`)).toEqual([]);
    expect(balancer.failures).toEqual([]);
    expect(outcomes.filter((o) => o.startedAt > sigtermAt && o.endedAt < restartAt).length).toBeGreaterThan(0);
    expect(b.logs.some((l) => l.level >= 50)).toBe(false);
  }, 90_000);
});
