import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileDropOutbox, HttpPlatform, PlatformUnavailable, depositDocument, pullStatuses, queueDeposits } from '@portal/billing';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';
import { TestPlatform } from '../support/platform.js';
import { issueInvoice } from './fixtures.js';

let db: TestDatabase;
let server: TestPlatform;
let platform: HttpPlatform;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
const depositOf = async (number: string) =>
  (await sql<{ id: number; state: string; attempts: number; platform_id: string | null; lifecycle_status: string | null; last_error: string | null }>(
    'select id, state, attempts, platform_id, lifecycle_status, last_error from platform_deposit where idempotency_key = ?', [number],
  ))[0]!;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
  server = new TestPlatform();
  platform = new HttpPlatform({ url: await server.start(), token: server.token, timeoutMs: 5000 });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe('the platform adapter against an in-process platform', () => {
  it('deposits every issued document once, as its Factur-X PDF under its number, routed to the buyer electronic address', async () => {
    server.reject('F-2026-000003', ['BR-FR-12 : adresse électronique du destinataire inconnue dans l\u2019annuaire']);
    const queued = await queueDeposits(db.orm.em.fork());
    const [counts] = await sql<{ invoices: number; credit_notes: number }>('select (select count(*)::int from invoice) as invoices, (select count(*)::int from credit_note) as credit_notes');
    expect(queued).toHaveLength(counts!.invoices + counts!.credit_notes);
    expect(await queueDeposits(db.orm.em.fork())).toEqual([]); // queued once
    for (const id of queued) await depositDocument(db.orm.em, platform, id, TEST_NOW);
    const taken = server.depositOf('F-2026-000002')!;
    expect(taken).toMatchObject({ kind: 'INVOICE', fileName: 'F-2026-000002.pdf', recipient: '895556553' });
    expect(taken.bytes.subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(await depositOf('F-2026-000002')).toMatchObject({ state: 'DEPOSITED', attempts: 1, platform_id: taken.id, lifecycle_status: 'DEPOSITED' });
    expect(server.depositOf('A-2026-000001')).toMatchObject({ kind: 'CREDIT_NOTE' });
  });

  it('records a rejection with the platform reasons, as the lifecycle status rejetée', async () => {
    const rejected = await depositOf('F-2026-000003');
    expect(rejected).toMatchObject({ state: 'REJECTED', lifecycle_status: 'REJECTED', last_error: expect.stringContaining('BR-FR-12') });
    const events = await sql('select status, reason from lifecycle_event where deposit_id = ?', [rejected.id]);
    expect(events).toEqual([{ status: 'REJECTED', reason: expect.stringContaining('annuaire') }]);
    expect(server.depositOf('F-2026-000003')).toBeUndefined();
  });

  it('stores the statuses the platform sends back, each once, with their date and reason, the latest one current', async () => {
    const pa = server.depositOf('F-2026-000002')!.id;
    server.send(pa, 'MADE_AVAILABLE', new Date('2026-11-23T10:00:00Z'));
    server.send(pa, 'DISPUTED', new Date('2026-11-24T10:00:00Z'), 'Montant contesté par le client');
    server.send(pa, 'APPROVED', new Date('2026-11-25T10:00:00Z'));
    expect(await pullStatuses(db.orm.em, platform)).toBe(3);
    expect(await pullStatuses(db.orm.em, platform)).toBe(0);
    const deposit = await depositOf('F-2026-000002');
    expect(deposit.lifecycle_status).toBe('APPROVED');
    const timeline = await sql(`select status, to_char(occurred_at at time zone 'Europe/Paris', 'DD/MM/YYYY') as day, reason from lifecycle_event where deposit_id = ? order by occurred_at, id`, [deposit.id]);
    expect(timeline).toEqual([
      { status: 'DEPOSITED', day: '23/11/2026', reason: null },
      { status: 'MADE_AVAILABLE', day: '23/11/2026', reason: null },
      { status: 'DISPUTED', day: '24/11/2026', reason: 'Montant contesté par le client' },
      { status: 'APPROVED', day: '25/11/2026', reason: null },
    ]);
  });

  it('retries after an outage: the try fails and is counted, the next one deposits', async () => {
    const invoice = await issueInvoice(db.orm.em.fork(), { companyId: 24, issuedOn: '2026-11-23', dueOn: '2026-12-23', periodStart: '2026-11-01', periodEnd: '2026-11-30', lines: [{ label: 'Option', unitPriceExclVatCents: 1000 }] });
    const [id] = await queueDeposits(db.orm.em.fork());
    server.outage(1);
    await expect(depositDocument(db.orm.em, platform, id!, TEST_NOW)).rejects.toBeInstanceOf(PlatformUnavailable);
    expect(await depositOf(invoice.number)).toMatchObject({ state: 'QUEUED', attempts: 1, last_error: 'platform answered 503' });
    expect(await depositDocument(db.orm.em, platform, id!, TEST_NOW)).toBe('DEPOSITED');
    expect(await depositOf(invoice.number)).toMatchObject({ state: 'DEPOSITED', attempts: 2 });
  });

  it('never deposits twice: a retry after a lost answer gets the first deposit back', async () => {
    const invoice = await issueInvoice(db.orm.em.fork(), { companyId: 24, issuedOn: '2026-11-23', dueOn: '2026-12-23', periodStart: '2026-11-01', periodEnd: '2026-11-30', lines: [{ label: 'Option 2', unitPriceExclVatCents: 1000 }] });
    const [id] = await queueDeposits(db.orm.em.fork());
    server.loseNextAnswers(1);
    const before = server.requests;
    await expect(depositDocument(db.orm.em, platform, id!, TEST_NOW)).rejects.toBeInstanceOf(PlatformUnavailable);
    expect(await depositDocument(db.orm.em, platform, id!, TEST_NOW)).toBe('DEPOSITED');
    expect(server.requests - before).toBe(2);
    expect(server.deposits.filter((d) => d.key === invoice.number)).toHaveLength(1);
    expect((await depositOf(invoice.number)).platform_id).toBe(server.depositOf(invoice.number)!.id);
    // A deposit already made is not sent again.
    expect(await depositDocument(db.orm.em, platform, id!, TEST_NOW)).toBe('DEPOSITED');
    expect(server.requests - before).toBe(2);
  });
});

describe('the file-drop outbox', () => {
  it('writes one file per document and a manifest with its hash, once per document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    try {
      const outbox = new FileDropOutbox(dir, () => TEST_NOW);
      const pdf = Buffer.from('%PDF-1.7 test');
      await Promise.all([
        outbox.deposit({ idempotencyKey: 'F-2026-000001', kind: 'INVOICE', fileName: 'F-2026-000001.pdf', bytes: pdf, recipient: '443061841' }),
        outbox.deposit({ idempotencyKey: 'A-2026-000001', kind: 'CREDIT_NOTE', fileName: 'A-2026-000001.pdf', bytes: pdf, recipient: null }),
        outbox.deposit({ idempotencyKey: 'F-2026-000001', kind: 'INVOICE', fileName: 'F-2026-000001.pdf', bytes: pdf, recipient: '443061841' }),
      ]);
      expect((await readdir(dir)).sort()).toEqual(['A-2026-000001.pdf', 'F-2026-000001.pdf', 'manifest.json']);
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest).toEqual([
        { idempotencyKey: 'F-2026-000001', kind: 'INVOICE', file: 'F-2026-000001.pdf', recipient: '443061841', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), depositedAt: TEST_NOW.toISOString() },
        { idempotencyKey: 'A-2026-000001', kind: 'CREDIT_NOTE', file: 'A-2026-000001.pdf', recipient: null, sha256: expect.any(String), depositedAt: TEST_NOW.toISOString() },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('deposits through the job queue', () => {
  it('queues the new documents, deposits them with retries after an outage, and reads the statuses back', async () => {
    const { startTestPortal } = await import('../support/gateway.js');
    const pa = new TestPlatform();
    const url = await pa.start();
    const portal = await startTestPortal({ jobs: true, env: { PLATFORM_URL: url, PLATFORM_TOKEN: pa.token, PLATFORM_RETRIES: '5', PLATFORM_RETRY_SECONDS: '1' } });
    try {
      pa.outage(2); // the first two deposit requests meet an outage
      expect(await portal.gateway.jobs!.runNow('platform-sync')).toBe('completed');
      const n = (await portal.db.orm.em.getConnection().execute('select count(*)::int as n from platform_deposit') as { n: number }[])[0]!.n;
      for (let i = 0; i < 200 && pa.deposits.length < n; i++) await new Promise((r) => setTimeout(r, 100));
      expect(pa.deposits).toHaveLength(n);
      expect(new Set(pa.deposits.map((d) => d.key)).size).toBe(n);
      const retried = await portal.db.orm.em.getConnection().execute(`select count(*)::int as n from platform_deposit where attempts > 1 and state = 'DEPOSITED'`) as { n: number }[];
      expect(retried[0]!.n).toBeGreaterThanOrEqual(1);
      pa.send(pa.deposits[0]!.id, 'CASHED', new Date('2026-11-23T12:00:00Z'));
      expect(await portal.gateway.jobs!.runNow('platform-sync')).toBe('completed');
      const [row] = await portal.db.orm.em.getConnection().execute('select lifecycle_status from platform_deposit where platform_id = ?', [pa.deposits[0]!.id]) as { lifecycle_status: string }[];
      expect(row!.lifecycle_status).toBe('CASHED');
    } finally {
      await portal.close();
      await pa.stop();
    }
  }, 60_000);
});
