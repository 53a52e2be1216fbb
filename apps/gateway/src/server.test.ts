import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, withDatabase } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { loadConfig, type GatewayConfig } from './config.js';
import { API_VERSION } from './schema.js';
import { createGateway, type Gateway, type GatewayOptions } from './server.js';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  [key: string]: unknown;
}

/** Collects the gateway's JSON log lines instead of printing them. */
function logCollector() {
  const lines: LogLine[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } };
}

let db: TestDatabase;

function configFor(env: Record<string, string> = {}): GatewayConfig {
  return { ...loadConfig({ DATABASE_URL: db.url, DB_POOL_SIZE: '2', JOBS: 'off', ...env }), port: 0 };
}

async function startGateway(env: Record<string, string> = {}, options: GatewayOptions = {}) {
  const logs = logCollector();
  const gateway = await createGateway(configFor(env), { seed: false, logStream: logs.stream, ...options });
  const url = await gateway.listen();
  return { gateway, url, logs };
}

function graphql(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe('the gateway on PostgreSQL', () => {
  let gateway: Gateway;
  let url: string;
  let logs: LogLine[];

  beforeAll(async () => {
    const started = await startGateway();
    ({ gateway, url } = started);
    logs = started.logs.lines;
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it('reports its address once listening', () => {
    expect(gateway.url).toBe(url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers { __typename } at /graphql', async () => {
    const response = await graphql(url, '{ __typename }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers { apiVersion }', async () => {
    const response = await graphql(url, '{ apiVersion }');
    expect(await response.json()).toEqual({ data: { apiVersion: API_VERSION } });
  });

  it('reports a bad query as a GraphQL error, not a crash', async () => {
    const response = await graphql(url, '{ noSuchField }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('noSuchField');
  });

  it('is alive at /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready at /readyz while the database answers', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('echoes a safe incoming x-request-id and logs every line of the request with it', async () => {
    const response = await graphql(url, '{ __typename }', { 'x-request-id': 'trace-42.a_b:c' });
    expect(response.headers.get('x-request-id')).toBe('trace-42.a_b:c');
    const requestLines = logs.filter((l) => l.reqId === 'trace-42.a_b:c');
    expect(requestLines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    // No line about a request is written without its id.
    expect(logs.filter((l) => ('req' in l || 'res' in l) && !l.reqId)).toEqual([]);
  });

  it('generates a UUID when there is no x-request-id or it is not a safe short token', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const none = await fetch(`${url}/healthz`);
    const unsafe = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'forged" "level":60' } });
    const long = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'a'.repeat(65) } });
    const ids = [none, unsafe, long].map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(3);
    expect(logs.some((l) => l.reqId === ids[1] && l.msg === 'request completed')).toBe(true);
  });

  it('echoes the request id on unknown routes too', async () => {
    const response = await fetch(`${url}/nowhere`, { headers: { 'x-request-id': 'lost-1' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('lost-1');
  });
});

describe('start-up', () => {
  it('seeds an empty database (no company rows) and says so', async () => {
    const seeded: unknown[] = [];
    const { gateway, logs } = await startGateway({}, { seed: async (em) => (seeded.push(em), true) });
    try {
      expect(seeded).toHaveLength(1);
      expect(logs.lines.some((l) => /demo data loaded/.test(l.msg))).toBe(true);
    } finally {
      await gateway.close();
    }
  });

  it('refuses to start when the database cannot be reached', async () => {
    const config = { ...configFor(), databaseUrl: 'postgres://postgres@127.0.0.1:1/nowhere' };
    await expect(createGateway(config, { seed: false, logStream: logCollector().stream })).rejects.toThrow();
  });
});

describe('readiness', () => {
  it('turns /readyz to 503 when the ORM is closed underneath it, while /healthz stays 200', async () => {
    const { gateway, url, logs } = await startGateway();
    try {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await gateway.orm.close(true);
      const response = await fetch(`${url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable' });
      expect(logs.lines.some((l) => l.level === 40 && /readiness check/.test(l.msg) && l.reqId)).toBe(true);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await gateway.close();
    }
  });

  it('turns /readyz to 503 while the database refuses connections, and back to 200 after', async () => {
    const { gateway, url } = await startGateway();
    // Statements about the test database run from the server's maintenance database.
    const server = await openDatabase({ databaseUrl: withDatabase(db.url, 'postgres'), poolSize: 1 });
    const name = new URL(db.url).pathname.slice(1);
    const sql = (statement: string) => server.em.fork().execute(statement);
    try {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await sql(`alter database "${name}" allow_connections false`);
      await sql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      await sql(`alter database "${name}" allow_connections true`);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      await sql(`alter database "${name}" allow_connections true`);
      await server.close(true);
      await gateway.close();
    }
  });
});

describe('graceful shutdown', () => {
  /** A gateway with a /slow route that answers only when the test releases it. */
  async function slowGateway(env: Record<string, string> = {}) {
    const logs = logCollector();
    const gateway = await createGateway(configFor(env), { seed: false, logStream: logs.stream });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    gateway.app.get('/slow', async () => {
      started();
      await released;
      return { done: true };
    });
    const url = await gateway.listen();
    return { gateway, url, release, requestStarted };
  }

  it('lets an in-flight request finish before close() resolves, then closes the database', async () => {
    const { gateway, url, release, requestStarted } = await slowGateway();
    const inFlight = fetch(`${url}/slow`);
    await requestStarted;

    let closed = false;
    const closing = gateway.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed).toBe(false);
    // New connections are refused once the shutdown has begun.
    await expect(fetch(`${url}/healthz`, { headers: { connection: 'close' } })).rejects.toThrow();

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closing;
    expect(closed).toBe(true);
    expect(await gateway.orm.isConnected()).toBe(false);
    await gateway.close(); // a second call is harmless
  });

  it('cuts requests still running after SHUTDOWN_GRACE_MS', async () => {
    const { gateway, url, release, requestStarted } = await slowGateway({ SHUTDOWN_GRACE_MS: '300' });
    const inFlight = fetch(`${url}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await requestStarted;
    const began = Date.now();
    await gateway.close();
    expect(Date.now() - began).toBeGreaterThanOrEqual(250);
    expect(await inFlight).toBe('cut');
    release();
  });
});
