import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { EventType, RETRY_WINDOW_MS, publishEvent, retryDelayBounds } from '@portal/events';
import { toGlobalId } from '@portal/kernel';
import { type Client, startTestPortal, type TestPortal } from '../support/gateway.js';
import { WebhookReceiver, type ReceivedWebhook } from '../support/webhook-receiver.js';

/**
 * Webhooks end to end: the gateway with its job queue, a real HTTP receiver in the test process
 * (allowed as a development destination, address and port), a second receiver that is not
 * allowed (the refused loopback), the real SMTP server and the portal's clock moved for retries.
 */
let portal: TestPortal;
let receiver: WebhookReceiver;
let forbidden: WebhookReceiver;
let reseller: Client;
let other: Client;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  forbidden = await new WebhookReceiver().start();
  portal = await startTestPortal({
    jobs: true,
    env: { WEBHOOKS_ALLOW_HTTP: 'on', WEBHOOKS_ALLOW_PRIVATE: `127.0.0.1:${receiver.port}`, WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_SWEEP_MS: '100' },
  });
});
// Tests move the clock by days: sessions would end, so each test signs in anew.
beforeEach(async () => {
  reseller = await portal.signedIn('E-0000000010');
  other = await portal.signedIn('E-0000000030');
});
afterAll(async () => {
  await portal?.close();
  await receiver?.stop();
  await forbidden?.stop();
});

const CREATE = `mutation($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) { endpoint { id url enabled eventTypes } secret userErrors { code field } }
}`;
const LOG = `query($id: ID!) {
  webhookDeliveries(endpointId: $id) { id state attemptCount nextAttemptAt event { id type data } attempts { at status latencyMs error responseExcerpt } }
}`;
const ENDPOINTS = `{ webhookEndpoints { id enabled disabledReason } }`;

async function endpoint(client: Client, url: string, eventTypes: string[], extra: Record<string, unknown> = {}) {
  const res = await client.gql(CREATE, { input: { url, eventTypes, description: 'ERP', ...extra } });
  expect(res.data.webhookEndpointCreate.userErrors).toEqual([]);
  return { id: res.data.webhookEndpointCreate.endpoint.id as string, secret: res.data.webhookEndpointCreate.secret as string };
}

async function log(client: Client, id: string) {
  const res = await client.gql(LOG, { id });
  expect(res.errors).toBeUndefined();
  return res.data.webhookDeliveries as { id: string; state: string; attemptCount: number; nextAttemptAt: string; event: { id: string; type: string; data: Record<string, string> }; attempts: { at: string; status: number | null; latencyMs: number; error: string | null; responseExcerpt: string }[] }[];
}

const sendTest = (client: Client, id: string) => client.gql('mutation($id: ID!) { webhookEndpointSendTest(input: { endpointId: $id }) { event { id type } userErrors { code } } }', { id });
const remove = (client: Client, id: string) => client.gql('mutation($id: ID!) { webhookEndpointDelete(input: { endpointId: $id }) { userErrors { code } } }', { id });

/**
 * Verifies a message with the Standard Webhooks library, as a receiver whose clock agrees with
 * the portal's (the library refuses timestamps five minutes away from its own clock; the
 * portal's clock is the suite's fixed one).
 */
function verify(secret: string, message: ReceivedWebhook): unknown {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(Number(message.headers['webhook-timestamp']) * 1000);
    return new Webhook(secret).verify(message.body, message.headers as Record<string, string>);
  } finally {
    vi.useRealTimers();
  }
}

/** Publishes an event as a domain would, in its own unit of work. */
async function publish(type: EventType, companyId: number, object: { type: string; id: number }) {
  const em = portal.gateway.orm.em.fork();
  const event = publishEvent(em, { type, companyId, object, at: portal.clock.now });
  await em.flush();
  return event.publicId;
}

describe('webhook delivery', () => {
  it('signs each message as Standard Webhooks defines it: the standardwebhooks library verifies it with the secret shown once', async () => {
    const { id, secret } = await endpoint(reseller, receiver.url('/signed'), ['USER_CREATED']);
    expect(secret).toMatch(/^whsec_/);
    const created = await reseller.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`, {
      input: { companyId: toGlobalId('Company', 24), firstName: 'Nina', lastName: 'Nouvelle', email: 'nina@client1.example', roles: ['READ_ONLY'] },
    });
    expect(created.data.userCreate.userErrors).toEqual([]);
    await expect.poll(() => receiver.at('/signed').length).toBe(1);
    const [message] = receiver.at('/signed');
    const payload = verify(secret, message!) as { id: string; type: string; data: Record<string, string> };
    expect(payload).toMatchObject({ type: 'user.created', data: { userId: created.data.userCreate.user.id, companyId: toGlobalId('Company', 24) } });
    expect(message!.headers['webhook-id']).toBe(payload.id);
    expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, message!)).toThrow(/signature/);
    // A receiver on the real clock refuses a message dated otherwise (replay protection).
    expect(() => new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>)).toThrow(/timestamp/);
    // The secret is never shown again.
    expect(JSON.stringify((await reseller.gql('{ webhookEndpoints { id url description eventTypes } }')).data)).not.toContain(secret.slice(6));
    await expect.poll(async () => (await log(reseller, id))[0]?.state).toBe('DELIVERED');
    await remove(reseller, id);
  });

  it('retries after a 500 on the backoff schedule as the clock moves, with the same webhook-id, and logs each attempt', async () => {
    receiver.answer('/flaky', { status: 500, body: 'erreur interne du récepteur' });
    const { id } = await endpoint(reseller, receiver.url('/flaky'), ['INVOICE_ISSUED']);
    await sendTest(reseller, id);
    await expect.poll(async () => (await log(reseller, id))[0]?.attempts.length).toBe(1);
    const [first] = await log(reseller, id);
    expect(first).toMatchObject({ state: 'PENDING', attemptCount: 1, attempts: [{ status: 500, error: 'HTTP_ERROR', responseExcerpt: 'erreur interne du récepteur' }] });
    const wait = new Date(first!.nextAttemptAt).getTime() - new Date(first!.attempts[0]!.at).getTime();
    const bounds = retryDelayBounds(1);
    expect(wait).toBeGreaterThanOrEqual(bounds.min);
    expect(wait).toBeLessThanOrEqual(bounds.max);

    portal.clock.advance(bounds.max + 1000);
    await expect.poll(() => receiver.at('/flaky').length).toBe(2);
    const second = (await log(reseller, id))[0]!;
    const secondWait = new Date(second.nextAttemptAt).getTime() - new Date(second.attempts[0]!.at).getTime();
    expect(secondWait).toBeGreaterThanOrEqual(retryDelayBounds(2).min);
    expect(secondWait).toBeLessThanOrEqual(retryDelayBounds(2).max);

    receiver.answer('/flaky', { status: 204 });
    portal.clock.advance(retryDelayBounds(2).max + 1000);
    await expect.poll(async () => (await log(reseller, id))[0]?.state).toBe('DELIVERED');
    const attempts = receiver.at('/flaky');
    expect(attempts.map((a) => a.answered)).toEqual([500, 500, 204]);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    expect((await log(reseller, id))[0]!.attempts.map((a) => a.status)).toEqual([204, 500, 500]);
    await remove(reseller, id);
  });

  it('counts an answer slower than the timeout as a failure and retries it', async () => {
    receiver.answer('/slow', { status: 200, delayMs: 1500 });
    const { id } = await endpoint(reseller, receiver.url('/slow'), ['INVOICE_ISSUED']);
    await sendTest(reseller, id);
    await expect.poll(async () => (await log(reseller, id))[0]?.attempts[0]?.error).toBe('TIMEOUT');
    const [delivery] = await log(reseller, id);
    expect(delivery).toMatchObject({ state: 'PENDING', attemptCount: 1, attempts: [{ status: null }] });
    await remove(reseller, id);
  });

  it('does not follow redirects', async () => {
    receiver.answer('/moved', { status: 307, location: receiver.url('/elsewhere') });
    const { id } = await endpoint(reseller, receiver.url('/moved'), ['INVOICE_ISSUED']);
    await sendTest(reseller, id);
    await expect.poll(async () => (await log(reseller, id))[0]?.attempts[0]?.error).toBe('REDIRECT_NOT_FOLLOWED');
    expect(receiver.at('/elsewhere')).toEqual([]);
    await remove(reseller, id);
  });

  it('delivers the events of one object in order: a later event waits behind an earlier one that fails', async () => {
    receiver.answer('/ordered', { status: 503 });
    const { id } = await endpoint(reseller, receiver.url('/ordered'), ['TERMINATION_REQUESTED', 'TERMINATION_WITHDRAWN', 'INVOICE_ISSUED']);
    const oc = { type: 'ContractedOffer', id: 901 };
    const requested = await publish(EventType.TERMINATION_REQUESTED, 24, oc);
    await expect.poll(() => receiver.at('/ordered').length).toBe(1);
    const withdrawn = await publish(EventType.TERMINATION_WITHDRAWN, 24, oc);
    // Another object is not held back by this one.
    const invoice = await publish(EventType.INVOICE_ISSUED, 24, { type: 'Invoice', id: 902 });
    await expect.poll(() => receiver.at('/ordered').map((r) => r.headers['webhook-id'])).toContain(invoice);
    expect(receiver.at('/ordered').map((r) => r.headers['webhook-id'])).not.toContain(withdrawn);

    receiver.answer('/ordered', { status: 200 });
    portal.clock.advance(retryDelayBounds(1).max + 1000);
    await expect.poll(() => receiver.at('/ordered').filter((r) => r.answered === 200).map((r) => r.headers['webhook-id'])).toEqual(expect.arrayContaining([requested, withdrawn]));
    const ocMessages = receiver.at('/ordered').filter((r) => r.headers['webhook-id'] !== invoice).map((r) => `${r.headers['webhook-id']}:${r.answered}`);
    expect(ocMessages.indexOf(`${requested}:200`)).toBeLessThan(ocMessages.indexOf(`${withdrawn}:200`));
    expect(ocMessages.filter((m) => m.startsWith(withdrawn))).toEqual([`${withdrawn}:200`]);
    await remove(reseller, id);
  });

  it('disables an endpoint failing for three days and e-mails its administrators; replaying its failures after it is fixed delivers them', async () => {
    receiver.answer('/down', { status: 500 });
    const { id } = await endpoint(reseller, receiver.url('/down'), ['INVOICE_ISSUED']);
    const since = portal.clock.now.toISOString();
    const eventId = await publish(EventType.INVOICE_ISSUED, 24, { type: 'Invoice', id: 903 });
    await expect.poll(() => receiver.at('/down').length).toBe(1);
    // Move the clock retry by retry (each jump past the longest delay) until the window has passed.
    const started = portal.clock.now.getTime();
    const state = async () => (await portal.client().gql('{ apiVersion }'), (await reseller.gql(ENDPOINTS)).data.webhookEndpoints.find((e: { id: string }) => e.id === id));
    while ((await state()).enabled) {
      const before = receiver.at('/down').length;
      portal.clock.advance(retryDelayBounds(20).max);
      reseller = await portal.signedIn('E-0000000010');
      await expect.poll(async () => receiver.at('/down').length > before || !(await state()).enabled).toBe(true);
    }
    expect(portal.clock.now.getTime() - started).toBeGreaterThanOrEqual(RETRY_WINDOW_MS);
    expect(portal.clock.now.getTime() - started).toBeLessThan(RETRY_WINDOW_MS + 2 * retryDelayBounds(20).max);
    expect(await state()).toMatchObject({ enabled: false, disabledReason: 'FAILING' });
    const mail = await portal.smtp.waitFor('romain.revendeur@revendeur.example');
    expect(mail.subject).toBe('Webhook désactivé après trois jours d’échecs');
    expect(mail.text).toContain(receiver.url('/down'));
    expect((await log(reseller, id))[0]).toMatchObject({ state: 'FAILED' });
    expect(new Set(receiver.at('/down').map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));

    receiver.answer('/down', { status: 200 });
    const enable = await reseller.gql('mutation($id: ID!) { webhookEndpointUpdate(input: { endpointId: $id, enabled: true }) { endpoint { enabled disabledReason } userErrors { code } } }', { id });
    expect(enable.data.webhookEndpointUpdate).toEqual({ endpoint: { enabled: true, disabledReason: null }, userErrors: [] });
    const replay = await reseller.gql('mutation($id: ID!, $since: DateTimeISO!) { webhookDeliveriesReplay(input: { endpointId: $id, since: $since }) { replayed userErrors { code } } }', { id, since });
    expect(replay.data.webhookDeliveriesReplay).toEqual({ replayed: 1, userErrors: [] });
    await expect.poll(async () => (await log(reseller, id))[0]?.state).toBe('DELIVERED');
    expect(receiver.at('/down').at(-1)).toMatchObject({ answered: 200, headers: { 'webhook-id': eventId } });
    await remove(reseller, id);
  });

  it('replays one delivery on demand, with the same event id (receivers deduplicate on it)', async () => {
    const { id } = await endpoint(reseller, receiver.url('/replay-one'), ['INVOICE_ISSUED']);
    const eventId = await publish(EventType.INVOICE_ISSUED, 24, { type: 'Invoice', id: 904 });
    await expect.poll(async () => (await log(reseller, id))[0]?.state).toBe('DELIVERED');
    const [delivery] = await log(reseller, id);
    const res = await reseller.gql('mutation($id: ID!) { webhookDeliveryReplay(input: { deliveryId: $id }) { replayed userErrors { code } } }', { id: delivery!.id });
    expect(res.data.webhookDeliveryReplay).toEqual({ replayed: 1, userErrors: [] });
    await expect.poll(() => receiver.at('/replay-one').length).toBe(2);
    expect(receiver.at('/replay-one').map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId]);
    await remove(reseller, id);
  });
});

describe('webhook reach and scopes', () => {
  it('delivers an event only to endpoints of companies whose reach covers its company', async () => {
    const mine = await endpoint(reseller, receiver.url('/reach-reseller'), ['INVOICE_ISSUED']);
    const theirs = await endpoint(other, receiver.url('/reach-other'), ['INVOICE_ISSUED']);
    const customer = await endpoint(await portal.signedIn('E-0000000024'), receiver.url('/reach-customer'), ['INVOICE_ISSUED']);
    const eventId = await publish(EventType.INVOICE_ISSUED, 24, { type: 'Invoice', id: 905 });
    const reseller10 = await publish(EventType.INVOICE_ISSUED, 10, { type: 'Invoice', id: 906 });
    await expect.poll(() => receiver.at('/reach-reseller').length).toBe(2);
    await expect.poll(() => receiver.at('/reach-customer').length).toBe(1);
    expect(receiver.at('/reach-customer')[0]!.headers['webhook-id']).toBe(eventId);
    // The other reseller's endpoint saw none of them (its own test event proves it is served).
    await sendTest(other, theirs.id);
    await expect.poll(() => receiver.at('/reach-other').length).toBe(1);
    expect(JSON.parse(receiver.at('/reach-other')[0]!.body).type).toBe('webhook.test');
    expect(receiver.at('/reach-reseller').map((r) => r.headers['webhook-id']).sort()).toEqual([eventId, reseller10].sort());
    // Another company's endpoints are not found, for reading as for changing.
    expect((await other.gql(LOG, { id: mine.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sendTest(other, mine.id)).data.webhookEndpointSendTest.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await other.gql(`{ webhookEndpoints(companyId: "${toGlobalId('Company', 10)}") { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const e of [mine, customer]) await remove(reseller, e.id);
    await remove(other, theirs.id);
  });

  it('lets an API token manage endpoints only with the webhooks scope, and subscribe only to what its other scopes read', async () => {
    const token = async (scopes: string[]) => {
      const res = await reseller.gql('mutation($s: [ApiScope!]!) { apiTokenCreate(input: { name: "ERP", scopes: $s, expiresInDays: 30 }) { secret userErrors { code } } }', { s: scopes });
      return portal.client(res.data.apiTokenCreate.secret);
    };
    const billingOnly = await token(['BILLING_READ']);
    expect((await billingOnly.gql(ENDPOINTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hooks = await token(['WEBHOOKS', 'BILLING_READ']);
    const refused = await hooks.gql(CREATE, { input: { url: receiver.url('/token'), eventTypes: ['INVOICE_ISSUED', 'USER_CREATED'] } });
    expect(refused.data.webhookEndpointCreate).toMatchObject({ endpoint: null, secret: null, userErrors: [{ code: 'EVENT_TYPE_FORBIDDEN', field: ['input', 'eventTypes'] }] });
    const created = await endpoint(hooks, receiver.url('/token'), ['INVOICE_ISSUED']);
    expect((await hooks.gql(ENDPOINTS)).data.webhookEndpoints.map((e: { id: string }) => e.id)).toContain(created.id);
    // A read-only user cannot manage webhooks at all.
    const readOnly = await portal.signedIn('E-0000000026');
    expect((await readOnly.gql(ENDPOINTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await remove(hooks, created.id);
  });

  it('refuses bad input with typed errors at their field', async () => {
    const bad = await reseller.gql(CREATE, { input: { url: 'pas une adresse', eventTypes: ['INVOICE_ISSUED'] } });
    expect(bad.data.webhookEndpointCreate.userErrors).toEqual([{ code: 'URL_INVALID', field: ['input', 'url'] }]);
    const none = await reseller.gql(CREATE, { input: { url: 'https://erp.example.com/hooks', eventTypes: [] } });
    expect(none.data.webhookEndpointCreate.userErrors).toEqual([{ code: 'EVENT_TYPES_REQUIRED', field: ['input', 'eventTypes'] }]);
    const test = await reseller.gql(CREATE, { input: { url: 'https://erp.example.com/hooks', eventTypes: ['WEBHOOK_TEST'] } });
    expect(test.data.webhookEndpointCreate.userErrors).toEqual([{ code: 'EVENT_TYPE_UNKNOWN', field: ['input', 'eventTypes'] }]);
    const unknown = await reseller.gql('mutation { webhookEndpointSendTest(input: { endpointId: "nope" }) { userErrors { code field } } }');
    expect(unknown.data.webhookEndpointSendTest.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'endpointId'] }]);
  });
});

describe('webhook rotation', () => {
  it('signs with both secrets during the overlap of a rotation, then with the new one only', async () => {
    const { id, secret: oldSecret } = await endpoint(reseller, receiver.url('/rotate'), ['INVOICE_ISSUED']);
    const rotated = await reseller.gql('mutation($id: ID!) { webhookEndpointRotateSecret(input: { endpointId: $id, overlapHours: 2 }) { secret endpoint { previousSecretExpiresAt } userErrors { code } } }', { id });
    const newSecret = rotated.data.webhookEndpointRotateSecret.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    await sendTest(reseller, id);
    await expect.poll(() => receiver.at('/rotate').length).toBe(1);
    const during = receiver.at('/rotate')[0]!;
    for (const s of [oldSecret, newSecret]) expect(() => verify(s, during)).not.toThrow();
    portal.clock.advance(2 * 3_600_000 + 1000);
    reseller = await portal.signedIn('E-0000000010');
    await sendTest(reseller, id);
    await expect.poll(() => receiver.at('/rotate').length).toBe(2);
    const after = receiver.at('/rotate')[1]!;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => verify(newSecret, after)).not.toThrow();
    expect(() => verify(oldSecret, after)).toThrow(/signature/);
    await remove(reseller, id);
  });
});

describe('webhook destinations', () => {
  it('refuses loopback, private and metadata destinations, a name resolving to 127.0.0.1 included, without connecting', async () => {
    for (const [path, url] of [['/literal', forbidden.url('/literal')], ['/name', forbidden.url('/name', 'localhost')], ['/meta', 'http://169.254.169.254/latest/meta-data/'], ['/private', 'http://10.0.0.1/hooks']] as const) {
      const { id } = await endpoint(reseller, url, ['INVOICE_ISSUED']);
      await sendTest(reseller, id);
      await expect.poll(async () => (await log(reseller, id))[0]?.attempts[0]?.error).toBe('DESTINATION_REFUSED');
      await remove(reseller, id);
    }
    expect(forbidden.received).toEqual([]);
  });
});

describe('events published by the domains', () => {
  it('tells of a termination requested, withdrawn, requested again and effective, in order, and of the invoices of the billing run', async () => {
    const { id } = await endpoint(reseller, receiver.url('/domains'), ['TERMINATION_REQUESTED', 'TERMINATION_WITHDRAWN', 'TERMINATION_EFFECTIVE', 'INVOICE_ISSUED', 'CREDIT_NOTE_ISSUED']);
    const [row] = (await portal.gateway.orm.em.fork().getConnection().execute("select id from contracted_offer where reference = 'OC160001'")) as { id: number }[];
    const ocId = toGlobalId('ContractedOffer', row!.id);
    const customer = await portal.signedIn('E-0000000024');
    const terminate = `mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) { termination { id effectiveOn } userErrors { code } } }`;
    const first = await customer.gql(terminate, { input: { contractedOfferId: ocId, desiredOn: '2027-06-15' } });
    expect(first.data.contractedOfferTerminate.userErrors).toEqual([]);
    const withdrawn = await customer.gql('mutation($id: ID!) { contractedOfferTerminationWithdraw(input: { contractedOfferId: $id }) { userErrors { code } } }', { id: ocId });
    expect(withdrawn.data.contractedOfferTerminationWithdraw.userErrors).toEqual([]);
    const second = await customer.gql(terminate, { input: { contractedOfferId: ocId, desiredOn: '2027-06-15' } });
    const termination = second.data.contractedOfferTerminate.termination;
    expect(await portal.gateway.jobs!.runNow('terminations-apply', { today: termination.effectiveOn })).toBe('completed');
    expect(await portal.gateway.jobs!.runNow('billing-run', { period: '2026-11' })).toBe('completed');

    const ofOc = () => receiver.at('/domains').map((m) => JSON.parse(m.body) as { type: string; data: Record<string, string> }).filter((p) => p.data.contractedOfferId === ocId);
    await expect.poll(() => ofOc().map((p) => p.type)).toEqual(['termination.requested', 'termination.withdrawn', 'termination.requested', 'termination.effective']);
    expect(ofOc().map((p) => p.data.terminationId)).toEqual([first.data.contractedOfferTerminate.termination.id, first.data.contractedOfferTerminate.termination.id, termination.id, termination.id]);
    await expect.poll(() => receiver.at('/domains').filter((m) => JSON.parse(m.body).type === 'invoice.issued').length).toBeGreaterThan(1);
    const invoice = JSON.parse(receiver.at('/domains').find((m) => JSON.parse(m.body).type === 'invoice.issued')!.body);
    expect(Object.keys(invoice.data).sort()).toEqual(['companyId', 'invoiceId']);
    await remove(reseller, id);
  });

  it('tells of a user created then deactivated', async () => {
    const { id } = await endpoint(reseller, receiver.url('/users'), ['USER_CREATED', 'USER_DEACTIVATED']);
    const created = await reseller.gql(`mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`, {
      input: { companyId: toGlobalId('Company', 24), firstName: 'Paul', lastName: 'Passager', email: 'paul@client1.example', roles: ['READ_ONLY'] },
    });
    const userId = created.data.userCreate.user.id as string;
    const off = await reseller.gql('mutation($id: ID!) { userDeactivate(input: { userId: $id }) { userErrors { code } } }', { id: userId });
    expect(off.data.userDeactivate.userErrors).toEqual([]);
    await expect.poll(() => receiver.at('/users').map((m) => JSON.parse(m.body)).filter((p) => p.data.userId === userId).map((p) => p.type)).toEqual(['user.created', 'user.deactivated']);
    await remove(reseller, id);
  });
});
