import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { CANCEL, COMPLETE, CUSTOMER_44284, SUBMIT, VALIDATE, siteId } from './fixtures.js';

let portal: TestPortal;
let reseller: Client;
let operator: Client;
let aix: string;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  operator = await portal.signedIn('E-0000000001');
  aix = await siteId(portal, 44284, 'AIX-EN-PROVENCE');
});
afterAll(() => portal?.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
const numberCart = (number: string) => ({ companyId: CUSTOMER_44284, lines: [{ offerCode: 'NUM-GEO', siteId: aix, newNumbers: [{ zone: '04', number }] }] });

describe('ordering under concurrency', () => {
  it('gives one free number to exactly one of 100 carts submitted at once, the others a typed refusal naming it', async () => {
    const before = await sql<{ n: number }>('select count(*)::int as n from order_detail');
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => reseller.gql(SUBMIT, { input: { order: numberCart('+33442990120'), idempotencyKey: `race-${i}` } })));
    const won = answers.filter((a) => a.data?.orderSubmit.order);
    const lost = answers.filter((a) => a.data?.orderSubmit.userErrors.length);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const a of lost) {
      expect(a.data.orderSubmit.userErrors).toEqual([{ code: 'NUMBER_UNAVAILABLE', field: ['input', 'order', 'lines', '0', 'newNumbers', '0', 'number'] }]);
    }
    expect((await sql<{ n: number }>('select count(*)::int as n from order_detail'))[0]!.n).toBe(before[0]!.n + 1);
    expect(await sql(`select state from pool_number where number = '+33442990120'`)).toEqual([{ state: 'RESERVED' }]);
    expect((await sql<{ n: number }>(`select count(*)::int as n from order_number where number = '+33442990120'`))[0]!.n).toBe(1);
  });

  it('leaves one consistent outcome when the provider cancels while the last milestone delivers', async () => {
    const placed = (await reseller.gql(SUBMIT, { input: { order: numberCart('+33442990121') } })).data.orderSubmit.order;
    await operator.gql(VALIDATE, { input: { orderId: placed.id } });
    const [first, second, last] = placed.lines[0].milestones;
    for (const m of [first, second]) expect((await operator.gql(COMPLETE, { input: { milestoneId: m.id, doneOn: '2026-11-23' } })).data.orderMilestoneComplete.userErrors).toEqual([]);
    const [cancel, deliver] = await Promise.all([
      operator.gql(CANCEL, { input: { orderId: placed.id, reason: 'Numéro refusé par le client' } }),
      operator.gql(COMPLETE, { input: { milestoneId: last.id, doneOn: '2026-11-23' } }),
    ]);
    const cancelled = cancel.data.orderCancel.userErrors.length === 0;
    const delivered = deliver.data.orderMilestoneComplete.userErrors.length === 0;
    expect(cancelled !== delivered).toBe(true);
    const [order] = await sql<{ state: string }>('select state from order_detail where reference = ?', [placed.reference]);
    const [oc] = await sql<{ state: string; activated_on: string | null }>('select state, activated_on::text from contracted_offer where reference = ?', [placed.lines[0].contractedOfferReference]);
    const [pool] = await sql<{ state: string }>(`select state from pool_number where number = '+33442990121'`);
    if (cancelled) {
      expect(deliver.data.orderMilestoneComplete.userErrors).toEqual([{ code: 'ORDER_CLOSED', field: ['input', 'milestoneId'] }]);
      expect([order!.state, oc!.state, oc!.activated_on, pool!.state]).toEqual(['CANCELLED', 'TERMINATED', null, 'FREE']);
    } else {
      expect(cancel.data.orderCancel.userErrors).toEqual([{ code: 'ORDER_NOT_CANCELLABLE', field: ['input', 'orderId'] }]);
      expect([order!.state, oc!.state, oc!.activated_on, pool!.state]).toEqual(['DELIVERED', 'DELIVERED', '2026-11-23', 'ASSIGNED']);
    }
  });

  it('lets the customer cancel a received order, which frees its number for another cart', async () => {
    const placed = (await reseller.gql(SUBMIT, { input: { order: numberCart('+33442990122') } })).data.orderSubmit.order;
    expect((await reseller.gql(CANCEL, { input: { orderId: placed.id } })).data.orderCancel).toEqual({ order: { state: 'CANCELLED', cancelReason: null }, userErrors: [] });
    const again = await reseller.gql(SUBMIT, { input: { order: numberCart('+33442990122') } });
    expect(again.data.orderSubmit.userErrors).toEqual([]);
  });
});
