/**
 * The database goes away in the middle of a CSV export: the download must end as failed (the
 * connection cut, no terminating chunk), so that a browser or a client reports an interrupted
 * download, never a shorter file that looks complete. The gateway reaches its database through a
 * TCP proxy, cut while the export streams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, loadConfig, type Gateway } from '@portal/gateway';
import { seedDemoData } from '@portal/db';
import { toGlobalId } from '@portal/kernel';
import { guardAnswers, type AnswerGuard } from '../support/answer-guard.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW, testServerUrl } from '../support/env.js';
import { Client, DEMO_PASSWORD } from '../support/gateway.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const CUSTOMERS = 5_000;

let db: TestDatabase;
let proxy: TcpProxy;
let gateway: Gateway;
let answers: AnswerGuard;
let url: string;
const logs: { msg: string; level: number }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const server = new URL(testServerUrl);
  proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(await proxy.start());
  gateway = await createGateway(
    { ...loadConfig({ DATABASE_URL: proxied.toString(), LOG_LEVEL: 'info', PUBLIC_URL: 'http://portal.test', DB_POOL_SIZE: '4', JOBS: 'off' }), port: 0 },
    { seed: seedDemoData, clock: () => TEST_NOW, logStream: { write: (line) => void logs.push(JSON.parse(line)) } },
  );
  answers = guardAnswers(gateway.app);
  url = await gateway.listen();
  // Enough customers of the reseller for an export of many pages (several MB).
  await db.orm.em.getConnection().execute(`insert into company (reference, legal_name, legal_form, parent_id)
    select 'OIP-' || lpad((200000 + g)::text, 8, '0'), 'Client export ' || g, 'SAS', 10 from generate_series(1, ${CUSTOMERS}) g`);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await proxy?.close();
  await db?.close();
  answers?.check();
});

/** Reads a download to its end; resolves to what came and how it ended. */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, limitMs: number): Promise<{ bytes: number; ended: 'complete' | 'failed' | 'hung' }> {
  let bytes = 0;
  const deadline = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), limitMs));
  for (;;) {
    const next = await Promise.race([reader.read().then((r) => r, () => 'failed' as const), deadline]);
    if (next === 'hung' || next === 'failed') return { bytes, ended: next };
    if (next.done) return { bytes, ended: 'complete' };
    bytes += next.value.byteLength;
  }
}

describe('a CSV export during a database outage', () => {
  it('ends as failed when the database goes away midway, never as a short complete file', async () => {
    const client = new Client(url);
    await client.logIn('E-0000000010', DEMO_PASSWORD);
    await client.acceptTerms();

    const res = await fetch(`${url}/exports/customers.csv`, { headers: { cookie: client.cookie! } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let received = 0;
    while (received < 20_000) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the export ended before the outage');
      received += value.byteLength;
    }
    proxy.cut();
    try {
      const rest = await readAll(reader, 20_000);
      expect(rest.ended).toBe('failed');
      // About 100 bytes a customer: what came is far from the whole list.
      expect(received + rest.bytes).toBeLessThan(CUSTOMERS * 60);
    } finally {
      proxy.restore();
    }
    expect(logs.some((l) => l.level >= 50 && /failed midway/.test(l.msg))).toBe(true);
  }, 120_000);

  it('answers 503 when the database is away before the first byte, and serves again once it is back', async () => {
    const client = new Client(url);
    await client.logIn('E-0000000010', DEMO_PASSWORD);
    await client.acceptTerms();
    proxy.cut();
    try {
      const res = await fetch(`${url}/exports/services.csv?companyId=${toGlobalId('Company', 44284)}`, { headers: { cookie: client.cookie! } });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      proxy.restore();
    }
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${url}/exports/services.csv?companyId=${toGlobalId('Company', 44284)}`, { headers: { cookie: client.cookie! } })).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  }, 60_000);
});
