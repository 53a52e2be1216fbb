import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';
import { CANCEL, COMPLETE, CUSTOMER_44284, PORTED, PORTED_RIO, QUOTE, SUBMIT, VALIDATE, fibreAndNumbersCart, orderRowCounts, siteId } from './fixtures.js';

let portal: TestPortal;
let reseller: Client;
let operator: Client;
let aix: string;
/** The cost shown before confirming the journey's order, compared with its first invoices. */
let quotedOn23November: any;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  operator = await portal.signedIn('E-0000000001');
  aix = await siteId(portal, 44284, 'AIX-EN-PROVENCE');
});
afterAll(() => portal?.close());

const refsOf = (o: { lines: { contractedOfferReference: string }[] }) => `{${o.lines.map((l) => l.contractedOfferReference).join(',')}}`;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;

describe('ordering for a customer ("Commander pour mon client")', () => {
  it('shows the catalogue of the customer with each offer’s options', async () => {
    const res = await reseller.gql(`query($c: ID!) { catalogue(companyId: $c) { code family carriesNumbers options { code name monthlyPriceCents } } }`, { c: CUSTOMER_44284 });
    const fibre = res.data.catalogue.find((o: { code: string }) => o.code === 'FIBRE-PRO');
    expect(fibre).toEqual({ code: 'FIBRE-PRO', family: 'INTERNET_ACCESS', carriesNumbers: false, options: [{ code: 'BACKUP-4G', name: 'Secours 4G', monthlyPriceCents: 1500 }, { code: 'STATIC-IP', name: 'IP fixe', monthlyPriceCents: 500 }] });
    expect(res.data.catalogue.map((o: { code: string }) => o.code)).toContain('PORTA-NUM');
  });

  it('quotes the exact cost before confirming: first invoice prorated from the planned activation, setup fee, monthly total, commitment', async () => {
    const res = await reseller.gql(QUOTE, { input: fibreAndNumbersCart(aix) });
    expect(res.data.orderQuote.userErrors).toEqual([]);
    quotedOn23November = res.data.orderQuote.quote;
    const [fibre, numbers] = res.data.orderQuote.quote.lines;
    // Fibre 89 € + 4G backup 15 € = 104 €/month, activated on 15 December: 17 of 31 days, and the setup fee (none for fibre).
    expect(fibre).toMatchObject({ offerCode: 'FIBRE-PRO', name: 'Fibre Pro 1 Gb/s + Secours 4G', expectedActivationOn: '2026-12-15', setupFeeCents: 0, commitmentEndsOn: '2028-12-14', noticePeriodMonths: 0 });
    expect(fibre.firstInvoiceLines).toEqual([{ label: 'Fibre Pro 1 Gb/s + Secours 4G — abonnement du 15/12/2026 au 31/12/2026 (prorata temporis)', periodStart: '2026-12-15', periodEnd: '2026-12-31', totalExclVatCents: 5703, vatCents: 1141 }]);
    expect(fibre.monthly).toEqual({ exclVatCents: 10400 });
    // Numbers: ported on 4 December, 28 of 31 days of 25 €.
    expect(numbers).toMatchObject({ offerCode: 'PORTA-NUM', expectedActivationOn: '2026-12-04', firstInvoice: { exclVatCents: 2258, vatCents: 452, inclVatCents: 2710 } });
    expect(res.data.orderQuote.quote).toMatchObject({ expectedDeliveryOn: '2026-12-15', setupFeeCents: 0, firstInvoice: { exclVatCents: 5703 + 2258 }, monthly: { exclVatCents: 10400 + 2500, vatCents: 2080 + 500 } });
  });

  it('refuses every bad line at its field path and writes nothing', async () => {
    const before = await orderRowCounts(portal);
    const cart = {
      companyId: CUSTOMER_44284,
      lines: [
        { offerCode: 'NOPE', siteId: aix },
        { offerCode: 'FIBRE-PRO', optionCodes: ['EXTRA-CHANNELS'], siteId: aix, quantity: 51 },
        { offerCode: 'PORTA-NUM', siteId: await siteId(portal, 24, 'Siège Social'), portedNumbers: [
          { number: PORTED, portingCode: '02FK7Q2ZX', holderName: 'X', portingOn: '2026-11-30' },
          { number: '+33442118898', portingCode: PORTED_RIO, holderName: ' ', portingOn: '2026-12-05' },
        ] },
      ],
    };
    const quoted = await reseller.gql(QUOTE, { input: cart });
    expect(quoted.data.orderQuote.userErrors).toEqual([
      { code: 'UNKNOWN_OFFER', field: ['input', 'lines', '0', 'offerCode'] },
      { code: 'OPTION_NOT_ALLOWED', field: ['input', 'lines', '1', 'optionCodes', '0'] },
      { code: 'QUANTITY_OUT_OF_RANGE', field: ['input', 'lines', '1', 'quantity'] },
      { code: 'NOT_FOUND', field: ['input', 'lines', '2', 'siteId'] },
      { code: 'RIO_MALFORMED', field: ['input', 'lines', '2', 'portedNumbers', '0', 'portingCode'] },
      { code: 'PORTING_DATE_TOO_SOON', field: ['input', 'lines', '2', 'portedNumbers', '0', 'portingOn'] },
      { code: 'RIO_MISMATCH', field: ['input', 'lines', '2', 'portedNumbers', '1', 'portingCode'] },
      { code: 'REQUIRED', field: ['input', 'lines', '2', 'portedNumbers', '1', 'holderName'] },
      { code: 'PORTING_DATE_NOT_WORKING_DAY', field: ['input', 'lines', '2', 'portedNumbers', '1', 'portingOn'] },
    ]);
    const submitted = await reseller.gql(SUBMIT, { input: { order: cart, idempotencyKey: 'bad-cart' } });
    expect(submitted.data.orderSubmit.order).toBeNull();
    expect(submitted.data.orderSubmit.userErrors[0]).toEqual({ code: 'UNKNOWN_OFFER', field: ['input', 'order', 'lines', '0', 'offerCode'] });
    expect(await orderRowCounts(portal)).toEqual(before);
  });

  it("refuses another reseller's customer everywhere exactly as a company that does not exist", async () => {
    const other = await portal.signedIn('E-0000000030');
    const ghost = 'Q29tcGFueTo5OTk5OTk'; // Company:999999
    for (const companyId of [CUSTOMER_44284, ghost]) {
      const cart = { ...fibreAndNumbersCart(aix), companyId };
      expect((await other.gql(QUOTE, { input: cart })).data.orderQuote).toEqual({ quote: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'companyId'] }] });
      expect((await other.gql(SUBMIT, { input: { order: cart } })).data.orderSubmit).toEqual({ order: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'order', 'companyId'] }] });
      const catalogue = await other.gql(`query($c: ID!) { catalogue(companyId: $c) { code } }`, { c: companyId });
      expect(catalogue.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('an order from submission to delivery and its first invoice', () => {
  let order: any;

  it('submits once for one idempotency key, with its OCs ORDERED and its numbers reserved', async () => {
    const input = { order: fibreAndNumbersCart(aix), idempotencyKey: 'journey-1' };
    const [a, b] = await Promise.all([reseller.gql(SUBMIT, { input }), reseller.gql(SUBMIT, { input })]);
    expect(a.data.orderSubmit.userErrors).toEqual([]);
    expect(b.data.orderSubmit.order.id).toBe(a.data.orderSubmit.order.id);
    order = a.data.orderSubmit.order;
    expect(order).toMatchObject({ reference: expect.stringMatching(/^COM\d+$/), type: 'CREATION', state: 'RECEIVED', orderedOn: '2026-11-23', expectedDeliveryOn: '2026-12-15', endCustomerName: 'Société Méditerranéenne de Téléphonie' });
    expect(order.lines[1].numbers).toEqual([{ kind: 'NEW', number: '+33442990100', portingCode: null }, { kind: 'PORTED', number: PORTED, portingCode: PORTED_RIO }]);
    expect(order.lines[0].milestones.map((m: { label: string }) => m.label)).toEqual(['Étude', "Commande d'accès", 'Rendez-vous technicien', 'Mise en service']);
    const ocs = await sql(`select reference, state, order_type from contracted_offer where order_id = (select id from customer_order where reference = ?) order by id`, [order.reference]);
    expect(ocs).toEqual(order.lines.map((l: { contractedOfferReference: string }) => ({ reference: l.contractedOfferReference, state: 'ORDERED', order_type: 'CREATION' })));
    expect((await sql(`select state from pool_number where number = '+33442990100'`))[0]).toEqual({ state: 'RESERVED' });
    const mail = await portal.smtp.waitFor('romain.revendeur@revendeur.example');
    expect(mail.subject).toBe(`Commande ${order.reference} reçue`);
  });

  it('lets only the provider move milestones, in order, after validating', async () => {
    const first = order.lines[0].milestones[0].id;
    expect((await operator.gql(COMPLETE, { input: { milestoneId: first, doneOn: '2026-11-23' } })).data.orderMilestoneComplete.userErrors).toEqual([{ code: 'ORDER_NOT_VALIDATED', field: ['input', 'milestoneId'] }]);
    expect((await reseller.gql(VALIDATE, { input: { orderId: order.id } })).data.orderValidate.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'orderId'] }]);
    expect((await operator.gql(VALIDATE, { input: { orderId: order.id } })).data.orderValidate).toEqual({ order: { state: 'VALIDATED' }, userErrors: [] });
    expect((await reseller.gql(CANCEL, { input: { orderId: order.id } })).data.orderCancel.userErrors).toEqual([{ code: 'ORDER_NOT_CANCELLABLE', field: ['input', 'orderId'] }]);
    const third = order.lines[0].milestones[2].id;
    expect((await operator.gql(COMPLETE, { input: { milestoneId: third, doneOn: '2026-11-23' } })).data.orderMilestoneComplete.userErrors).toEqual([{ code: 'MILESTONE_OUT_OF_ORDER', field: ['input', 'milestoneId'] }]);
  });

  it('delivers each OC on its last milestone, the order when all are done, and mails each step', async () => {
    const steps = order.lines.flatMap((l: any) => l.milestones).sort((a: any, b: any) => a.plannedOn.localeCompare(b.plannedOn));
    for (const m of steps) {
      portal.clock.now = new Date(`${m.plannedOn}T10:00:00Z`);
      // Days pass between milestones: the desk signs in again each time.
      const desk = await portal.signedIn('E-0000000001');
      const res = await desk.gql(COMPLETE, { input: { milestoneId: m.id, doneOn: m.plannedOn } });
      expect(res.errors).toBeUndefined();
      expect(res.data.orderMilestoneComplete.userErrors).toEqual([]);
    }
    reseller = await portal.signedIn('E-0000000010');
    const res = await reseller.gql(`query($id: ID!) { order(id: $id) { state deliveredOn lines { milestones { doneOn late } } } }`, { id: order.id });
    expect(res.data.order).toMatchObject({ state: 'DELIVERED', deliveredOn: '2026-12-15' });
    expect(res.data.order.lines.flatMap((l: any) => l.milestones).every((m: any) => m.doneOn && !m.late)).toBe(true);
    const ocs = await sql(`select state, delivered_on::text, activated_on::text, commitment_ends_on::text from contracted_offer where reference = any(cast(? as text[])) order by id`, [refsOf(order)]);
    expect(ocs).toEqual([
      { state: 'DELIVERED', delivered_on: '2026-12-15', activated_on: '2026-12-15', commitment_ends_on: '2028-12-14' },
      { state: 'DELIVERED', delivered_on: '2026-12-04', activated_on: '2026-12-04', commitment_ends_on: '2027-12-03' },
    ]);
    const services = await sql(`select s.identifier, s.porting_code from oc_service s join contracted_offer oc on oc.id = s.contracted_offer_id where oc.reference = ? order by s.id`, [order.lines[1].contractedOfferReference]);
    expect(services).toEqual([{ identifier: '+33442990100', porting_code: null }, { identifier: PORTED, porting_code: PORTED_RIO }]);
    const subjects = portal.smtp.messages.filter((m) => m.subject.startsWith(`Commande ${order.reference}`)).map((m) => m.subject);
    await expect.poll(() => portal.smtp.messages.filter((m) => m.subject.startsWith(`Commande ${order.reference}`)).length).toBeGreaterThanOrEqual(2 + steps.length);
    expect(subjects).toContain(`Commande ${order.reference} : validée`);
    expect(portal.smtp.messages.some((m) => m.subject === `Commande ${order.reference} : livrée`)).toBe(true);
  });

  it('finds in the next billing run the first invoices the quote showed, to the cent', async () => {
    const quote = quotedOn23November;
    await runMonthlyBilling(portal.db.orm.em.fork(), { period: '2026-12' });
    const lines = await sql<{ oc: string; period_start: string; period_end: string; ht: number; tva: number }>(
      `select oc.reference as oc, l.period_start::text, l.period_end::text, l.total_excl_vat_cents as ht, l.vat_cents as tva
       from invoice_line l join contracted_offer oc on oc.id = l.contracted_offer_id where oc.reference = any(cast(? as text[])) order by oc.id, l.position`,
      [refsOf(order)],
    );
    expect(lines.map(({ period_start, period_end, ht, tva }) => ({ periodStart: period_start, periodEnd: period_end, totalExclVatCents: ht, vatCents: tva })))
      .toEqual(quote.lines.flatMap((l: any) => l.firstInvoiceLines.map(({ periodStart, periodEnd, totalExclVatCents, vatCents }: any) => ({ periodStart, periodEnd, totalExclVatCents, vatCents }))));
  });
});
