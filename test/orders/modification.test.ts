import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { COMPLETE, VALIDATE } from './fixtures.js';

let portal: TestPortal;
let reseller: Client;
let ocId: string;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  const [oc] = (await sql<{ id: number }>(`select id from contracted_offer where reference = 'OC138637'`));
  ocId = toGlobalId('ContractedOffer', oc!.id);
});
afterAll(() => portal?.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
const MODIFY = `mutation($input: OrderModifyInput!) { orderModify(input: $input) {
  order { id reference type state lines { name contractedOfferReference milestones { id kind plannedOn } } } userErrors { code field } } }`;

describe('a Modification order', () => {
  it("is refused for another reseller's OC exactly as for an unknown one, and for an offer or option not in the catalogue", async () => {
    const other = await portal.signedIn('E-0000000030');
    for (const id of [ocId, toGlobalId('ContractedOffer', 999999)]) {
      expect((await other.gql(MODIFY, { input: { contractedOfferId: id, offerCode: 'COM-UNIF' } })).data.orderModify).toEqual({ order: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'contractedOfferId'] }] });
    }
    expect((await reseller.gql(MODIFY, { input: { contractedOfferId: ocId, offerCode: 'NOPE' } })).data.orderModify.userErrors).toEqual([{ code: 'UNKNOWN_OFFER', field: ['input', 'offerCode'] }]);
    expect((await reseller.gql(MODIFY, { input: { contractedOfferId: ocId, offerCode: 'COM-UNIF', optionCodes: ['BACKUP-4G'] } })).data.orderModify.userErrors).toEqual([{ code: 'OPTION_NOT_ALLOWED', field: ['input', 'optionCodes', '0'] }]);
    expect((await reseller.gql(MODIFY, { input: { contractedOfferId: ocId, offerCode: 'COM-UNIF' } })).data.orderModify.userErrors).toEqual([{ code: 'NOTHING_TO_CHANGE', field: ['input', 'offerCode'] }]);
    expect((await sql<{ n: number }>(`select count(*)::int as n from order_detail`))[0]!.n).toBe(0);
  });

  it('changes the OC to the dearer offer when delivered, and the next invoice carries the difference for the days already invoiced', async () => {
    await runMonthlyBilling(portal.db.orm.em.fork(), { period: '2026-11' }); // OC138637 invoiced through 30 November
    const placed = (await reseller.gql(MODIFY, { input: { contractedOfferId: ocId, offerCode: 'COM-UNIF', optionCodes: ['EXTRA-NUMBERS'], idempotencyKey: 'modif-1' } })).data.orderModify;
    expect(placed.userErrors).toEqual([]);
    expect(placed.order).toMatchObject({ type: 'MODIFICATION', state: 'RECEIVED', lines: [{ name: "Com'Unifiées MetaCentrex", contractedOfferReference: 'OC138637' }] });
    const again = (await reseller.gql(MODIFY, { input: { contractedOfferId: ocId, offerCode: 'COM-UNIF', optionCodes: ['EXTRA-NUMBERS'], idempotencyKey: 'modif-1' } })).data.orderModify;
    expect(again.order.id).toBe(placed.order.id);

    const operator = await portal.signedIn('E-0000000001');
    await operator.gql(VALIDATE, { input: { orderId: placed.order.id } });
    const [configuration, activation] = placed.order.lines[0].milestones;
    expect((await operator.gql(COMPLETE, { input: { milestoneId: configuration.id, doneOn: '2026-11-23' } })).data.orderMilestoneComplete.userErrors).toEqual([]);
    portal.clock.now = new Date('2026-11-25T10:00:00Z');
    const desk = await portal.signedIn('E-0000000001');
    expect((await desk.gql(COMPLETE, { input: { milestoneId: activation.id, doneOn: '2026-11-25' } })).data.orderMilestoneComplete).toEqual({ order: { state: 'DELIVERED', deliveredOn: '2026-11-25' }, userErrors: [] });

    const [oc] = await sql(`select oc.name, oc.monthly_price_cents, oc.order_type, oc.state, o.reference from contracted_offer oc join customer_order o on o.id = oc.order_id where oc.reference = 'OC138637'`);
    expect(oc).toEqual({ name: "Com'Unifiées MetaCentrex + Numéros supplémentaires (x10)", monthly_price_cents: 5990, order_type: 'MODIFICATION', state: 'DELIVERED', reference: placed.order.reference });

    await runMonthlyBilling(portal.db.orm.em.fork(), { period: '2026-12' });
    const lines = await sql(`select l.kind, l.label, l.total_excl_vat_cents as ht from invoice_line l join invoice i on i.id = l.invoice_id
      where l.contracted_offer_id = (select id from contracted_offer where reference = 'OC138637') and i.period_start = '2026-12-01' order by l.position`);
    // 10 € more a month: 6 of November's 30 days already invoiced at the old price (2,00 €), then December at 59,90 €.
    expect(lines).toEqual([
      { kind: 'RECURRING', label: "OC138637 — Com'Unifiées MetaCentrex + Numéros supplémentaires (x10) — abonnement du 01/12/2026 au 31/12/2026", ht: 5990 },
      { kind: 'ADJUSTMENT', label: "OC138637 — Com'Unifiées MetaCentrex + Numéros supplémentaires (x10) — ajustement du changement d'offre du 25/11/2026 au 30/11/2026 (prorata temporis)", ht: 200 },
    ]);
    // Billed once: a second run adds nothing.
    expect((await sql<{ n: number }>(`select count(*)::int as n from price_change where invoice_id is null`))[0]!.n).toBe(0);
  });
});
