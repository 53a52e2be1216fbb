import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDueTerminations } from '@portal/offers';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { CANCEL } from './fixtures.js';

let portal: TestPortal;
let reseller: Client; // E-0000000010, reseller of 44284
const oc: Record<string, string> = {};
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  const rows = (await portal.db.orm.em.getConnection().execute('select id, reference from contracted_offer')) as { id: number; reference: string }[];
  for (const r of rows) oc[r.reference] = toGlobalId('ContractedOffer', r.id);
}, 120_000);
afterAll(() => portal?.close());

const TERMINATE = `mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) { termination { effectiveOn } userErrors { code field } } }`;
const BULK = `mutation($input: ContractedOffersTerminateInput!) { contractedOffersTerminate(input: $input) { terminations { effectiveOn } userErrors { code field } } }`;
const WITHDRAW = `mutation($id: ID!) { contractedOfferTerminationWithdraw(input: { contractedOfferId: $id }) { userErrors { code field } } }`;
const ORDERS = `query($filter: OrderFilterInput) { orders(filter: $filter, first: 50) { totalCount edges { node { id reference type state expectedDeliveryOn deliveredOn } } } }`;
const OC_ROWS = `query($filter: ContractedOfferFilterInput) { contractedOffers(filter: $filter, first: 50) { edges { node { reference orderReference orderType state } } } }`;

const terminationOrders = async (client: Client) => (await client.gql(ORDERS, { filter: { types: ['TERMINATION'] } })).data.orders.edges.map((e: { node: unknown }) => e.node);
const ocRow = async (client: Client, reference: string) => (await client.gql(OC_ROWS, {})).data.contractedOffers.edges.map((e: { node: { reference: string } }) => e.node).find((n: { reference: string }) => n.reference === reference);

describe('every termination is a Résiliation order', () => {
  it('a single termination records a COM… order of type Résiliation, shown in "Mes commandes" and as the OC row\'s order; withdrawn, the order is Annulée and the OC shows its order again', async () => {
    expect(await terminationOrders(reseller)).toEqual([]);
    const done = (await reseller.gql(TERMINATE, { input: { contractedOfferId: oc.OC150943, desiredOn: '2026-12-15' } })).data.contractedOfferTerminate;
    expect(done.userErrors).toEqual([]);
    const [order] = await terminationOrders(reseller);
    expect(order).toMatchObject({ type: 'TERMINATION', state: 'VALIDATED', expectedDeliveryOn: done.termination.effectiveOn, deliveredOn: null });
    expect(order.reference).toMatch(/^COM[0-9]+$/);
    expect(await ocRow(reseller, 'OC150943')).toEqual({ reference: 'OC150943', orderReference: order.reference, orderType: 'TERMINATION', state: 'TERMINATION_REQUESTED' });
    // Another reseller sees neither the order nor the OC.
    const other = await portal.signedIn('E-0000000030');
    expect((await terminationOrders(other)).map((o: { reference: string }) => o.reference)).not.toContain(order.reference);

    // The provider cannot cancel it as an order: a termination is withdrawn from its OC.
    const operator = await portal.signedIn('E-0000000001');
    expect((await operator.gql(CANCEL, { input: { orderId: order.id, reason: 'doublon' } })).data.orderCancel.userErrors).toEqual([{ code: 'TERMINATION_ORDER', field: ['input', 'orderId'] }]);

    expect((await reseller.gql(WITHDRAW, { id: oc.OC150943 })).data.contractedOfferTerminationWithdraw.userErrors).toEqual([]);
    expect(await terminationOrders(reseller)).toEqual([{ ...order, state: 'CANCELLED' }]);
    expect(await ocRow(reseller, 'OC150943')).toEqual({ reference: 'OC150943', orderReference: 'COM32623', orderType: 'CREATION', state: 'DELIVERED' });
  });

  it('a bulk termination records one Résiliation order per OC, and each is Livrée once its termination is effective', async () => {
    const done = (await reseller.gql(BULK, { input: { contractedOfferIds: [oc.OC138637, oc.OC94529], desiredOn: '2026-12-01' } })).data.contractedOffersTerminate;
    expect(done.userErrors).toEqual([]);
    const pending = (await terminationOrders(reseller)).filter((o: { state: string }) => o.state === 'VALIDATED');
    expect(pending).toHaveLength(2);
    for (const reference of ['OC138637', 'OC94529']) {
      const row = await ocRow(reseller, reference);
      expect(row.orderType).toBe('TERMINATION');
      expect(pending.map((o: { reference: string }) => o.reference)).toContain(row.orderReference);
    }
    const last = done.terminations.map((t: { effectiveOn: string }) => t.effectiveOn).sort().at(-1);
    await applyDueTerminations(portal.db.orm.em.fork(), last, new Date(`${last}T06:00:00Z`));
    const delivered = (await terminationOrders(reseller)).filter((o: { reference: string }) => pending.some((p: { reference: string }) => p.reference === o.reference));
    expect(delivered.map((o: { state: string; deliveredOn: string }) => [o.state, o.deliveredOn]).sort()).toEqual(done.terminations.map((t: { effectiveOn: string }) => ['DELIVERED', t.effectiveOn]).sort());
    expect((await ocRow(reseller, 'OC138637')).state).toBe('TERMINATED');
  });

  it("the termination of an OC whose last number is ported out is a Résiliation order too", async () => {
    const PORT = `mutation($input: NumberPortOutInput!) { numberPortOut(input: $input) { termination { effectiveOn } userErrors { code field } } }`;
    const before = (await terminationOrders(reseller)).length;
    for (const [identifier, portingCode] of [['+33442270001', '01A1B2C3D4E5'], ['+33442270002', '01F6G7H8J9K0'], ['+33442270003', '01L1M2N3P4Q5']]) {
      expect((await reseller.gql(PORT, { input: { identifier, portingCode, portedOn: '2026-12-07' } })).data.numberPortOut.userErrors).toEqual([]);
    }
    const orders = await terminationOrders(reseller);
    expect(orders).toHaveLength(before + 1);
    const row = await ocRow(reseller, 'OC150943');
    expect(row).toMatchObject({ orderType: 'TERMINATION', state: 'TERMINATION_REQUESTED' });
    expect(orders.find((o: { reference: string }) => o.reference === row.orderReference)).toMatchObject({ state: 'VALIDATED', expectedDeliveryOn: '2026-12-07' });
  });
});
