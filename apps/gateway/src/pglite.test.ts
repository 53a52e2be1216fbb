// The embedded default: no DATABASE_URL, PGlite in PORTAL_DATA_DIR. One instance for the whole
// file: PGlite takes seconds to start.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createGateway, type Gateway } from './server.js';

describe('the gateway on the embedded PGlite database', () => {
  const tempDir = mkdtempSync(join(tmpdir(), 'portal-gateway-pglite-'));
  const dataDir = join(tempDir, 'data', 'pglite'); // not there yet: the gateway creates it
  const logs: { msg: string }[] = [];
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    const config = { ...loadConfig({ PORTAL_DATA_DIR: dataDir, LOG_LEVEL: 'info' }), port: 0 };
    expect(config.databaseUrl).toBeUndefined();
    gateway = await createGateway(config, { logStream: { write: (line) => void logs.push(JSON.parse(line) as { msg: string }) } });
    url = await gateway.listen();
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    rmSync(tempDir, { recursive: true, force: true });
  }, 60_000);

  it('creates the data folder, migrates and loads the demo data', () => {
    expect(existsSync(dataDir)).toBe(true);
    expect(logs.some((l) => /applied \d+ migration/.test(l.msg))).toBe(true);
    expect(logs.some((l) => /demo data loaded/.test(l.msg))).toBe(true);
  });

  it('answers { __typename }', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is ready', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
}, 60_000);

describe('the job queue on the embedded database', () => {
  it('runs the daily terminations job and a webhook delivery through pg-boss on PGlite', async () => {
    const { createGateway: create } = await import('./server.js');
    const { QUEUES } = await import('./jobs.js');
    const dir = mkdtempSync(join(tmpdir(), 'portal-jobs-pglite-'));
    const gateway = await create({ ...loadConfig({ PORTAL_DATA_DIR: dir, LOG_LEVEL: 'silent' }), port: 0 }, { jobPollingSeconds: 0.5 });
    try {
      expect(gateway.jobs).not.toBeNull();
      expect(await gateway.jobs!.runNow(QUEUES.applyTerminations)).toBe('completed');
      // A webhook: fanned out, queued and attempted on PGlite (the name does not resolve here: a failed attempt).
      const { DeliveryAttempt, EventType, WebhookEndpoint, publishEvent } = await import('@portal/events');
      const em = gateway.orm.em.fork();
      const endpoint = em.create(WebhookEndpoint, { company: 1, url: 'https://erp.invalid/hooks', eventTypes: ['user.created'], secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`, createdById: 1 });
      await em.flush();
      publishEvent(em, { type: EventType.USER_CREATED, companyId: 1, object: { type: 'User', id: 1 }, at: new Date() });
      await em.flush();
      await expect.poll(() => gateway.orm.em.fork().count(DeliveryAttempt, { delivery: { endpoint: endpoint.id } }), { timeout: 20_000 }).toBe(1);
    } finally {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
