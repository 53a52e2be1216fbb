import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestPortal } from '../support/gateway.js';
import { CUSTOMER_44284, PORTED, PORTED_RIO, SUBMIT, startResellerPortal } from './fixtures.js';

let portal: TestPortal;
let reseller: Client; // E-0000000010, reseller of 44284
let lille: string;
beforeAll(async () => {
  ({ portal, reseller, lille } = await startResellerPortal());
}, 120_000);
afterAll(() => portal?.close());

const portedLine = () => ({
  offerCode: 'PORTA-NUM', siteId: lille,
  portedNumbers: [{ number: PORTED, portingCode: PORTED_RIO, holderName: 'Société Méditerranéenne de Téléphonie', portingOn: '2026-12-04' }],
});
const OC_ROWS = `{ contractedOffers(first: 50) { edges { node { reference orderReference orderType state } } } }`;

describe('a Portabilité order', () => {
  it('is what a cart of only ported numbers is, on the order and on its OC row; a new number beside them makes it a Création', async () => {
    const mixed = (await reseller.gql(SUBMIT, { input: { order: { companyId: CUSTOMER_44284, lines: [{ ...portedLine(), newNumbers: [{ zone: '04' }] }] } } })).data.orderSubmit;
    expect(mixed.userErrors).toEqual([]);
    expect(mixed.order.type).toBe('CREATION');
    await reseller.gql(`mutation($input: OrderCancelInput!) { orderCancel(input: $input) { userErrors { code } } }`, { input: { orderId: mixed.order.id } });

    const placed = (await reseller.gql(SUBMIT, { input: { order: { companyId: CUSTOMER_44284, lines: [portedLine()] } } })).data.orderSubmit;
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({ type: 'PORTING', state: 'RECEIVED', lines: [{ numbers: [{ kind: 'PORTED', number: PORTED, portingCode: PORTED_RIO }] }] });
    const rows = (await reseller.gql(OC_ROWS)).data.contractedOffers.edges.map((e: { node: { reference: string } }) => e.node);
    expect(rows.find((r: { reference: string }) => r.reference === placed.order.lines[0].contractedOfferReference))
      .toEqual({ reference: placed.order.lines[0].contractedOfferReference, orderReference: placed.order.reference, orderType: 'PORTING', state: 'ORDERED' });
    const listed = (await reseller.gql(`{ orders(filter: { types: [PORTING] }, first: 10) { edges { node { reference type } } } }`)).data.orders.edges;
    expect(listed).toEqual([{ node: { reference: placed.order.reference, type: 'PORTING' } }]);
  });
});
