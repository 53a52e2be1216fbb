import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { COMPLETE, CUSTOMER_44284, SUBMIT, VALIDATE, siteId } from './fixtures.js';

let portal: TestPortal;
let operator: Client;
let order: any;
beforeAll(async () => {
  portal = await startTestPortal();
  operator = await portal.signedIn('E-0000000001');
  const reseller = await portal.signedIn('E-0000000010');
  const aix = await siteId(portal, 44284, 'AIX-EN-PROVENCE');
  order = (await reseller.gql(SUBMIT, { input: { order: { companyId: CUSTOMER_44284, lines: [{ offerCode: 'TRUNK-SIP', siteId: aix }] } } })).data.orderSubmit.order;
});
afterAll(() => portal?.close());

const token = async (scopes: string) => (await operator.gql(`mutation { apiTokenCreate(input: { name: "OSS", scopes: [${scopes}] }) { secret userErrors { code } } }`)).data.apiTokenCreate.secret as string;
const DESK = `{ orders(filter: { toDeliver: true }, first: 10) { totalCount edges { node { reference state } } } }`;

describe("the operator's systems drive delivery through GraphQL", () => {
  it('with the orders:deliver scope: the desk lists the order, validates it and moves its milestones', async () => {
    const oss = portal.client(await token('ORDERS_DELIVER, OFFERS_READ'));
    expect((await oss.gql(DESK)).data.orders.edges).toEqual([{ node: { reference: order.reference, state: 'RECEIVED' } }]);
    expect((await oss.gql(VALIDATE, { input: { orderId: order.id } })).data.orderValidate).toEqual({ order: { state: 'VALIDATED' }, userErrors: [] });
    const configuration = order.lines[0].milestones[0];
    expect((await oss.gql(COMPLETE, { input: { milestoneId: configuration.id, doneOn: '2026-11-23' } })).data.orderMilestoneComplete).toEqual({ order: { state: 'IN_DELIVERY', deliveredOn: null }, userErrors: [] });
    const [oc] = (await portal.db.orm.em.getConnection().execute('select state from contracted_offer where reference = ?', [order.lines[0].contractedOfferReference])) as { state: string }[];
    expect(oc!.state).toBe('IN_DELIVERY');
  });

  it('without it, a token of the same operator moves nothing', async () => {
    const reader = portal.client(await token('OFFERS_READ, OFFERS_WRITE'));
    const res = await reader.gql(COMPLETE, { input: { milestoneId: order.lines[0].milestones[1].id, doneOn: '2026-11-23' } });
    expect(res.data?.orderMilestoneComplete ?? null).not.toMatchObject({ userErrors: [] });
    expect((await reader.gql(DESK)).data.orders.totalCount).toBe(0);
  });

  it("keeps a reseller's own desk empty: it delivers nothing of its customers' orders", async () => {
    const reseller = await portal.signedIn('E-0000000010');
    expect((await reseller.gql(DESK)).data.orders.totalCount).toBe(0);
    const res = await reseller.gql(COMPLETE, { input: { milestoneId: order.lines[0].milestones[1].id, doneOn: '2026-11-23' } });
    expect(res.data.orderMilestoneComplete.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'milestoneId'] }]);
  });
});

describe('"Mes commandes" as CSV', () => {
  it('streams the list with the same reach, filters and French labels', async () => {
    const reseller = await portal.signedIn('E-0000000010');
    const res = await fetch(`${portal.url}/exports/orders.csv?sort=REFERENCE&direction=ASC`, { headers: { cookie: reseller.cookie! } });
    expect(res.status).toBe(200);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Réf. commande;Client final;Type;Date;État;Date de livraison prévue;Date de livraison');
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${order.reference};Société Méditerranéenne de Téléphonie;Création;23/11/2026;(Validée|En cours de livraison);\\d\\d/\\d\\d/2026;$`))]);
    const other = await portal.signedIn('E-0000000030');
    const theirs = await fetch(`${portal.url}/exports/orders.csv`, { headers: { cookie: other.cookie! } });
    expect(new TextDecoder().decode(await theirs.arrayBuffer()).trim().split('\r\n')).toHaveLength(1);
    const bad = await fetch(`${portal.url}/exports/orders.csv?states=NOPE`, { headers: { cookie: reseller.cookie! } });
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'VALUE_INVALID']);
    expect((await fetch(`${portal.url}/exports/orders.csv`)).status).toBe(401);
  });
});
