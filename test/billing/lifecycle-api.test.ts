import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpPlatform, depositDocument, pullStatuses, queueDeposits } from '@portal/billing';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { TestPlatform } from '../support/platform.js';

let portal: TestPortal;
let server: TestPlatform;
let customer: Client;
let other: Client;

beforeAll(async () => {
  portal = await startTestPortal();
  server = new TestPlatform();
  const platform = new HttpPlatform({ url: await server.start(), token: server.token });
  server.reject('F-2026-000006', ['BR-FR-12 : destinataire inconnu']);
  const em = portal.db.orm.em;
  // Invoice 2 and the credit note deposited, invoice 5 rejected; the others not sent yet.
  const ids = await queueDeposits(em.fork());
  const keys = (await em.getConnection().execute('select id, idempotency_key from platform_deposit')) as { id: number; idempotency_key: string }[];
  for (const { id, idempotency_key: key } of keys) if (['F-2026-000002', 'F-2026-000006', 'A-2026-000001'].includes(key) && ids.includes(id)) await depositDocument(em, platform, id, portal.clock.now);
  server.send(server.depositOf('F-2026-000002')!.id, 'DISPUTED', new Date('2026-11-24T09:00:00Z'), 'Montant contesté');
  await pullStatuses(em, platform);
  customer = await portal.signedIn('E-0000000024');
  other = await portal.signedIn('E-0000044284');
});
afterAll(async () => {
  await portal?.close();
  await server?.stop();
});

const LIST = `query($filter: InvoiceFilterInput) { invoices(first: 50, filter: $filter) { totalCount edges { node { number lifecycleStatus } } } }`;

describe('lifecycle statuses in the API', () => {
  it('gives each invoice of a list its platform status, NOT_SENT before the first deposit', async () => {
    const { data } = await customer.gql(LIST);
    const byNumber = Object.fromEntries(data.invoices.edges.map((e: { node: { number: string; lifecycleStatus: string } }) => [e.node.number, e.node.lifecycleStatus]));
    expect(byNumber['F-2026-000002']).toBe('DISPUTED');
    expect(byNumber['F-2026-000006']).toBe('REJECTED');
    expect(byNumber['F-2026-000003'] ?? 'NOT_SENT').toBe('NOT_SENT');
  });

  it('filters the list by platform status', async () => {
    const rejected = await customer.gql(LIST, { filter: { lifecycleStatuses: ['REJECTED', 'DISPUTED'] } });
    expect(rejected.data.invoices.edges.map((e: { node: { number: string } }) => e.node.number).sort()).toEqual(['F-2026-000002', 'F-2026-000006']);
    const notSent = await customer.gql(LIST, { filter: { lifecycleStatuses: ['NOT_SENT'] } });
    expect(notSent.data.invoices.edges.every((e: { node: { lifecycleStatus: string } }) => e.node.lifecycleStatus === 'NOT_SENT')).toBe(true);
    const bad = await customer.gql(LIST, { filter: { lifecycleStatuses: ['LOST'] } });
    expect(bad.errors?.[0]?.message).toContain('LOST');
  });

  it('gives the timeline of a document with dates and reasons, and nothing of a document out of reach', async () => {
    const q = `query($id: ID!) { invoice(id: $id) { lifecycleStatus lifecycle { status occurredAt reason } } }`;
    const { data } = await customer.gql(q, { id: toGlobalId('Invoice', 2) });
    expect(data.invoice).toEqual({
      lifecycleStatus: 'DISPUTED',
      lifecycle: [
        { status: 'DEPOSITED', occurredAt: portal.clock.now.toISOString(), reason: null },
        { status: 'DISPUTED', occurredAt: '2026-11-24T09:00:00.000Z', reason: 'Montant contesté' },
      ],
    });
    const rejected = await customer.gql(q, { id: toGlobalId('Invoice', 6) });
    expect(rejected.data.invoice.lifecycle).toEqual([{ status: 'REJECTED', occurredAt: expect.any(String), reason: 'BR-FR-12 : destinataire inconnu' }]);
    expect((await other.gql(q, { id: toGlobalId('Invoice', 2) })).data.invoice).toBeNull();
    const cn = await customer.gql(`query($id: ID!) { creditNote(id: $id) { lifecycleStatus } }`, { id: toGlobalId('CreditNote', 1) });
    expect(cn.data.creditNote.lifecycleStatus).toBe('DEPOSITED');
  });

  it('issues the corrected invoice of a rejected one with a new number, once, by the issuer only', async () => {
    const REISSUE = `mutation($id: ID!) { invoiceReissue(input: { id: $id }) { invoice { number purpose periodStart totalInclVatCents lifecycleStatus } userErrors { code message field } } }`;
    const operator = await portal.signedIn('E-0000000001');
    const em = portal.db.orm.em;
    const last = async () => Number(((await em.getConnection().execute(`select last_number from document_sequence where kind = 'INVOICE' and year = 2026`)) as { last_number: number }[])[0]!.last_number);
    const before = await last();
    const [old] = (await em.getConnection().execute('select period_start::text, total_incl_vat_cents from invoice where id = 6')) as { period_start: string; total_incl_vat_cents: number }[];
    const byCustomer = await customer.gql(REISSUE, { id: toGlobalId('Invoice', 6) });
    expect(byCustomer.data.invoiceReissue.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'id'] });
    const notRejected = await operator.gql(REISSUE, { id: toGlobalId('Invoice', 2) });
    expect(notRejected.data.invoiceReissue.userErrors[0].code).toBe('NOT_REJECTED');
    expect(await last()).toBe(before);
    const done = await operator.gql(REISSUE, { id: toGlobalId('Invoice', 6) });
    expect(done.data.invoiceReissue).toEqual({
      invoice: { number: `F-2026-${String(before + 1).padStart(6, '0')}`, purpose: 'MONTHLY', periodStart: old!.period_start, totalInclVatCents: old!.total_incl_vat_cents, lifecycleStatus: 'NOT_SENT' },
      userErrors: [],
    });
    const [kept] = (await em.getConnection().execute('select number from invoice where id = 6')) as { number: string }[];
    expect(kept!.number).toBe('F-2026-000006');
    const again = await operator.gql(REISSUE, { id: toGlobalId('Invoice', 6) });
    expect(again.data.invoiceReissue.userErrors[0].code).toBe('ALREADY_REISSUED');
  });
});
