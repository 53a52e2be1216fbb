import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let customer: Client; // E-0000000024, administrator of OIP-00000024
let reseller: Client; // E-0000000010
const oc: Record<string, string> = {};

beforeAll(async () => {
  portal = await startTestPortal({ jobs: true });
  customer = await portal.signedIn('E-0000000024');
  reseller = await portal.signedIn('E-0000000010');
  const rows = (await portal.db.orm.em.getConnection().execute('select id, reference from contracted_offer')) as { id: number; reference: string }[];
  for (const r of rows) oc[r.reference] = toGlobalId('ContractedOffer', r.id);
}, 120_000);
afterAll(() => portal?.close());

const QUOTE = `query($input: TerminationQuoteInput!) { contractedOfferTerminationQuote(input: $input) {
  desiredOn noticePeriodMonths effectiveOn earlyTerminationFeeCents warnings warningCodes
  upcomingInvoices { issuedOn periodStart periodEnd totalExclVatCents totalVatCents totalInclVatCents lines { lineKind periodStart periodEnd totalExclVatCents } }
  remainingToPay { totalExclVatCents totalVatCents totalInclVatCents }
  closingInvoice { totalExclVatCents totalVatCents totalInclVatCents lines { kind label totalExclVatCents vatCents periodStart periodEnd } }
  creditNote { totalExclVatCents totalVatCents totalInclVatCents refundDueOn lines { kind totalExclVatCents vatCents periodStart periodEnd } }
  equipmentReturn { reference deadline } existingTermination { id } error { code field }
} }`;
const TERMINATE = `mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) {
  contractedOffer { reference state } termination { id state desiredOn effectiveOn earlyTerminationFeeCents comments equipmentReturnReference } userErrors { code field }
} }`;
const WITHDRAW = `mutation($id: ID!) { contractedOfferTerminationWithdraw(input: { contractedOfferId: $id }) { contractedOffer { state } termination { state } userErrors { code field } } }`;
const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const endCustomerOf = async (reference: string) => ((await portal.db.orm.em.getConnection().execute(
  'select c.legal_name as name from contracted_offer oc join company c on c.id = oc.end_customer_id where oc.reference = ?', [reference],
)) as { name: string }[])[0]!.name;
const count = async (sql: string) => Number(((await portal.db.orm.em.getConnection().execute(sql)) as { n: number }[])[0]!.n);

describe('the termination quote', () => {
  it("follows the MyOpenIP guide: desired 29/04/2019 + 1 month of notice → 29/05/2019", async () => {
    const now = portal.clock.now;
    portal.clock.now = new Date('2019-04-20T10:00:00Z');
    try {
      const [q] = (await reseller.gql(QUOTE, { input: { contractedOfferIds: [oc.OC150943], desiredOn: '2019-04-29' } })).data.contractedOfferTerminationQuote;
      expect(q).toMatchObject({ desiredOn: '2019-04-29', noticePeriodMonths: 1, effectiveOn: '2019-05-29', earlyTerminationFeeCents: 0, error: null });
      expect(q.warnings).toEqual(['Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.']);
      expect(q.warningCodes).toEqual(['STARTED_MONTH_DUE']);
    } finally {
      portal.clock.now = now;
    }
  });

  it('gives the exact cost under PRORATA with an early-termination fee continuous with the closing invoice, and equipment to return', async () => {
    const [q] = (await customer.gql(QUOTE, { input: { contractedOfferIds: [oc.OC160001], desiredOn: '2026-12-10' } })).data.contractedOfferTerminationQuote;
    // Fibre Pro: 89 € a month, no notice, 24 months from 16/06/2025 so committed through 15/06/2027, 100 % of the remaining fees:
    // the fee counts the days after the 10th: 11..31/12 (60,29 €), January to May, 1..15/06 (44,50 €).
    const fee = 6029 + 8900 * 5 + 4450;
    // The test data is invoiced through October: the run of 1 December bills November and December in advance.
    const upcoming = { issuedOn: '2026-12-01', periodStart: '2026-11-01', periodEnd: '2026-12-31', totalExclVatCents: 17800, totalVatCents: 3560, totalInclVatCents: 21360 };
    expect(q).toMatchObject({
      noticePeriodMonths: 0, effectiveOn: '2026-12-10', earlyTerminationFeeCents: fee, warnings: [], warningCodes: [], upcomingInvoices: [upcoming],
      closingInvoice: { totalExclVatCents: fee, totalVatCents: 10996, totalInclVatCents: fee + 10996, lines: [{ kind: 'EARLY_TERMINATION_FEE', totalExclVatCents: fee, vatCents: 10996 }] },
      // The days after the 10th, invoiced by that run, come back.
      creditNote: { totalExclVatCents: 6029, totalVatCents: 1206, totalInclVatCents: 7235, refundDueOn: '2026-12-20', lines: [{ kind: 'PRORATA_REFUND', periodStart: '2026-12-11', periodEnd: '2026-12-31' }] },
      // Everything from 1 November to the commitment's last day, 15/06/2027: 7 × 89 € + 44,50 €.
      remainingToPay: { totalExclVatCents: 8900 * 7 + 4450, totalVatCents: 3560 + 10996 - 1206, totalInclVatCents: 21360 + fee + 10996 - 7235 },
      equipmentReturn: { reference: 'RET-OC160001-20261210', deadline: '2027-01-09' },
    });
    const [nextDay] = (await customer.gql(QUOTE, { input: { contractedOfferIds: [oc.OC160001], desiredOn: '2026-12-11' } })).data.contractedOfferTerminationQuote;
    expect(q.earlyTerminationFeeCents - nextDay.earlyTerminationFeeCents).toBe(287); // one day of December, not a month
    expect(nextDay.remainingToPay.totalExclVatCents).toBe(q.remainingToPay.totalExclVatCents); // the day moves from the fee to the service
  });

  it('lists the regular invoices still to come under FULL_PERIOD_DUE ended months ahead, and what remains to pay until the end of service', async () => {
    // OC138637: 49,90 € a month, 1 month of notice, invoiced through October (today 23/11/2026), no commitment left.
    const [q] = (await reseller.gql(QUOTE, { input: { contractedOfferIds: [oc.OC138637], desiredOn: '2027-01-31' } })).data.contractedOfferTerminationQuote;
    expect(q).toMatchObject({ effectiveOn: '2027-02-28', earlyTerminationFeeCents: 0, closingInvoice: null, creditNote: null, equipmentReturn: { reference: 'RET-OC138637-20270228', deadline: '2027-03-14' } });
    const line = (start: string, end: string) => ({ lineKind: 'RECURRING', periodStart: start, periodEnd: end, totalExclVatCents: 4990 });
    expect(q.upcomingInvoices).toEqual([
      { issuedOn: '2026-12-01', periodStart: '2026-11-01', periodEnd: '2026-12-31', totalExclVatCents: 9980, totalVatCents: 1996, totalInclVatCents: 11976, lines: [line('2026-11-01', '2026-11-30'), line('2026-12-01', '2026-12-31')] },
      { issuedOn: '2027-01-01', periodStart: '2027-01-01', periodEnd: '2027-01-31', totalExclVatCents: 4990, totalVatCents: 998, totalInclVatCents: 5988, lines: [line('2027-01-01', '2027-01-31')] },
      { issuedOn: '2027-02-01', periodStart: '2027-02-01', periodEnd: '2027-02-28', totalExclVatCents: 4990, totalVatCents: 998, totalInclVatCents: 5988, lines: [line('2027-02-01', '2027-02-28')] },
    ]);
    expect(q.remainingToPay).toEqual({ totalExclVatCents: 4 * 4990, totalVatCents: 4 * 998, totalInclVatCents: 4 * 5988 });
  });

  it('with a termination already pending, quotes that termination from its own record: date, fee and return coupon', async () => {
    const requested = (await customer.gql(TERMINATE, { input: { contractedOfferId: oc.OC160001, desiredOn: '2026-12-15' } })).data.contractedOfferTerminate;
    expect(requested.userErrors).toEqual([]);
    try {
      const [q] = (await customer.gql(QUOTE, { input: { contractedOfferIds: [oc.OC160001], desiredOn: '2027-01-20' } })).data.contractedOfferTerminationQuote;
      expect(q).toMatchObject({
        desiredOn: '2026-12-15', effectiveOn: '2026-12-15', earlyTerminationFeeCents: requested.termination.earlyTerminationFeeCents,
        equipmentReturn: { reference: requested.termination.equipmentReturnReference, deadline: '2027-01-14' }, existingTermination: { id: requested.termination.id },
      });
      expect(q.equipmentReturn.reference).toBe('RET-OC160001-20261215');
      expect(q.closingInvoice.lines.find((l: { kind: string }) => l.kind === 'EARLY_TERMINATION_FEE').totalExclVatCents).toBe(requested.termination.earlyTerminationFeeCents);
    } finally {
      await customer.gql(WITHDRAW, { id: oc.OC160001 });
    }
  });

  it('says per OC why one cannot be quoted', async () => {
    const other = await portal.signedIn('E-0000000030');
    const quotes = (await other.gql(QUOTE, { input: { contractedOfferIds: [oc.OC150943, 'bad'], desiredOn: '2026-12-01' } })).data.contractedOfferTerminationQuote;
    expect(quotes.map((q: { error: unknown }) => q.error)).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'contractedOfferIds', '0'] },
      { code: 'NOT_FOUND', field: ['input', 'contractedOfferIds', '1'] },
    ]);
    const past = (await reseller.gql(QUOTE, { input: { contractedOfferIds: [oc.OC150943], desiredOn: '2026-11-22' } })).data.contractedOfferTerminationQuote;
    expect(past[0].error).toEqual({ code: 'DESIRED_DATE_IN_PAST', field: ['input', 'desiredOn'] });
  });
});

describe('terminating', () => {
  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await count('select count(*)::int as n from termination');
    const cases: [Record<string, unknown>, Client, { code: string; field: string[] }][] = [
      [{ contractedOfferId: oc.OC94529, desiredOn: '2026-11-22' }, reseller, { code: 'DESIRED_DATE_IN_PAST', field: ['input', 'desiredOn'] }],
      [{ contractedOfferId: oc.OC94529, desiredOn: '2026-02-30' }, reseller, { code: 'DATE_INVALID', field: ['input', 'desiredOn'] }],
      [{ contractedOfferId: oc.OC94529, desiredOn: '2026-12-01', comments: 'x'.repeat(1001) }, reseller, { code: 'COMMENTS_TOO_LONG', field: ['input', 'comments'] }],
      [{ contractedOfferId: oc.OC94529, desiredOn: '2026-12-01' }, customer, { code: 'NOT_FOUND', field: ['input', 'contractedOfferId'] }],
      [{ contractedOfferId: oc.OC160002, desiredOn: '2026-12-01' }, await portal.signedIn('E-0000000026'), { code: 'FORBIDDEN', field: ['input', 'contractedOfferId'] }],
      [{ contractedOfferId: oc.OC160002, desiredOn: '2026-12-01' }, await portal.signedIn('E-0000000025'), { code: 'FORBIDDEN', field: ['input', 'contractedOfferId'] }],
    ];
    for (const [input, client, error] of cases) {
      const res = await client.gql(TERMINATE, { input });
      expect(res.data.contractedOfferTerminate, JSON.stringify(input).slice(0, 80)).toEqual({ contractedOffer: null, termination: null, userErrors: [error] });
    }
    expect(await count('select count(*)::int as n from termination')).toBe(before);
    expect(await count("select count(*)::int as n from contracted_offer where state = 'TERMINATION_REQUESTED'")).toBe(0);
  });

  it('refuses an OC already terminated', async () => {
    await portal.db.orm.em.getConnection().execute("update contracted_offer set state = 'TERMINATED', terminated_on = '2026-01-31' where reference = 'OC160002'");
    try {
      const res = await customer.gql(TERMINATE, { input: { contractedOfferId: oc.OC160002, desiredOn: '2026-12-01' } });
      expect(res.data.contractedOfferTerminate.userErrors).toEqual([{ code: 'OC_ALREADY_TERMINATED', field: ['input', 'contractedOfferId'] }]);
    } finally {
      await portal.db.orm.em.getConnection().execute("update contracted_offer set state = 'DELIVERED', terminated_on = null where reference = 'OC160002'");
    }
  });

  it('requests, returns the same termination twice, mails a summary naming the end customer with the whole cost still to come, and is withdrawn', async () => {
    const input = { contractedOfferId: oc.OC94529, desiredOn: '2026-12-15', comments: 'Déménagement du site', idempotencyKey: 'demande-1' };
    const [quoted] = (await reseller.gql(QUOTE, { input: { contractedOfferIds: [oc.OC94529], desiredOn: '2026-12-15' } })).data.contractedOfferTerminationQuote;
    const first = (await reseller.gql(TERMINATE, { input })).data.contractedOfferTerminate;
    expect(first).toMatchObject({
      contractedOffer: { reference: 'OC94529', state: 'TERMINATION_REQUESTED' },
      termination: { state: 'REQUESTED', desiredOn: '2026-12-15', effectiveOn: '2027-01-15', earlyTerminationFeeCents: 0, comments: 'Déménagement du site', equipmentReturnReference: null },
      userErrors: [],
    });
    const again = (await reseller.gql(TERMINATE, { input: { ...input, idempotencyKey: null, desiredOn: '2026-12-20' } })).data.contractedOfferTerminate;
    expect(again.termination.id).toBe(first.termination.id);
    const mail = await portal.smtp.waitFor('romain.revendeur@revendeur.example');
    expect(mail.subject).toBe('Résiliation demandée : OC94529');
    expect(mail.text).toContain('Date de résiliation avec le préavis : 15/01/2027');
    // The end customer by name, and the whole cost still to come, as quoted before confirming.
    expect(mail.text).toContain(`Client final : ${await endCustomerOf('OC94529')}`);
    expect(quoted.upcomingInvoices.map((i: { issuedOn: string }) => i.issuedOn)).toEqual(['2026-12-01', '2027-01-01']);
    expect(mail.text).toContain("Factures régulières à venir jusqu'à la fin du service : 2");
    expect(mail.text).toContain(`— facture du 01/01/2027 (du 01/01/2027 au 31/01/2027) : ${euros(quoted.upcomingInvoices[1].totalInclVatCents)} TTC`);
    expect(mail.text).toContain(`Restant à payer jusqu'à la fin du service : ${euros(quoted.remainingToPay.totalInclVatCents)} TTC (${euros(quoted.remainingToPay.totalExclVatCents)} HT)`);

    const withdrawn = (await reseller.gql(WITHDRAW, { id: oc.OC94529 })).data.contractedOfferTerminationWithdraw;
    expect(withdrawn).toEqual({ contractedOffer: { state: 'DELIVERED' }, termination: { state: 'WITHDRAWN' }, userErrors: [] });
    expect((await reseller.gql(WITHDRAW, { id: oc.OC94529 })).data.contractedOfferTerminationWithdraw.userErrors).toEqual([{ code: 'NO_PENDING_TERMINATION', field: ['input', 'contractedOfferId'] }]);
    const audit = await count("select count(*)::int as n from audit_event where action in ('TERMINATION_REQUESTED', 'TERMINATION_WITHDRAWN') and target_id = 'OC94529'");
    expect(audit).toBe(2);
  });

  it('creates exactly one termination from 100 concurrent requests', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) =>
      reseller.gql(TERMINATE, { input: { contractedOfferId: oc.OC150943, desiredOn: '2026-12-31', idempotencyKey: `k${i}` } })));
    const ids = new Set(results.map((r) => r.data.contractedOfferTerminate.termination?.id));
    expect(results.every((r) => r.status === 200 && r.data.contractedOfferTerminate.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await count("select count(*)::int as n from termination t join contracted_offer oc on oc.id = t.contracted_offer_id where oc.reference = 'OC150943'")).toBe(1);
    await reseller.gql(WITHDRAW, { id: oc.OC150943 });
  });

  it('terminates several OCs at once, or none with the reason per OC, and mails one summary with each OC\'s end customer and cost and their total', async () => {
    const BULK = `mutation($input: ContractedOffersTerminateInput!) { contractedOffersTerminate(input: $input) { terminations { effectiveOn } userErrors { code field } } }`;
    const other = await portal.signedIn('E-0000000030');
    const theirs = (await portal.db.orm.em.getConnection().execute("select id from company where id = 31")) as unknown[];
    expect(theirs).toHaveLength(1);
    const refused = (await reseller.gql(BULK, { input: { contractedOfferIds: [oc.OC150943, oc.OC138637, 'nope'], desiredOn: '2026-12-01' } })).data.contractedOffersTerminate;
    expect(refused).toEqual({ terminations: [], userErrors: [{ code: 'NOT_FOUND', field: ['input', 'contractedOfferIds', '2'] }] });
    expect(await count("select count(*)::int as n from contracted_offer where state = 'TERMINATION_REQUESTED'")).toBe(0);
    expect((await other.gql(BULK, { input: { contractedOfferIds: [oc.OC150943], desiredOn: '2026-12-01' } })).data.contractedOffersTerminate.userErrors[0].code).toBe('NOT_FOUND');

    const done = (await reseller.gql(BULK, { input: { contractedOfferIds: [oc.OC150943, oc.OC138637, oc.OC94529], desiredOn: '2026-12-01' } })).data.contractedOffersTerminate;
    expect(done).toEqual({ terminations: [{ effectiveOn: '2027-01-01' }, { effectiveOn: '2027-01-01' }, { effectiveOn: '2027-01-01' }], userErrors: [] });
    // One mail for the three: each OC with its end customer and cost, then what remains to pay for all.
    const quotes = (await reseller.gql(QUOTE, { input: { contractedOfferIds: [oc.OC150943, oc.OC138637, oc.OC94529], desiredOn: '2026-12-01' } })).data.contractedOfferTerminationQuote;
    const bulkMailOf = () => portal.smtp.to('romain.revendeur@revendeur.example').find((m) => m.subject === 'Résiliations demandées : 3 offre(s) contractée(s)');
    await expect.poll(() => !!bulkMailOf()).toBe(true);
    const bulkMail = bulkMailOf()!;
    for (const ref of ['OC150943', 'OC138637', 'OC94529']) expect(bulkMail.text).toContain(`Client final : ${await endCustomerOf(ref)}`);
    const total = quotes.reduce((sum: number, q: { remainingToPay: { totalInclVatCents: number } }) => sum + q.remainingToPay.totalInclVatCents, 0);
    expect(bulkMail.text).toContain(`Restant à payer jusqu'à la fin du service, pour l'ensemble : ${euros(total)} TTC`);
    for (const ref of ['OC150943', 'OC138637', 'OC94529']) await reseller.gql(WITHDRAW, { id: oc[ref] });
  });
});

describe('taking effect', () => {
  it('terminates the OC on its effective date through the job queue, with a closing invoice and credit note equal to the quote', async () => {
    const [quote] = (await customer.gql(QUOTE, { input: { contractedOfferIds: [oc.OC160001], desiredOn: '2026-12-10' } })).data.contractedOfferTerminationQuote;
    const requested = (await customer.gql(TERMINATE, { input: { contractedOfferId: oc.OC160001, desiredOn: '2026-12-10' } })).data.contractedOfferTerminate;
    expect(requested.userErrors).toEqual([]);

    // The monthly runs of November and December happen before the effective date.
    await runMonthlyBilling(portal.db.orm.em.fork(), { period: '2026-11' });
    portal.clock.now = new Date('2026-12-01T05:00:00Z');
    expect(await portal.gateway.jobs!.runNow('billing-run')).toBe('completed');
    // The day before, nothing happens; on the day, the job applies it.
    portal.clock.now = new Date('2026-12-09T23:30:00Z'); // 00:30 on 10 December in Paris
    expect(await portal.gateway.jobs!.runNow('terminations-apply', { today: '2026-12-09' })).toBe('completed');
    expect(await count("select count(*)::int as n from contracted_offer where reference = 'OC160001' and state = 'TERMINATION_REQUESTED'")).toBe(1);
    expect(await portal.gateway.jobs!.runNow('terminations-apply')).toBe('completed');

    const conn = portal.db.orm.em.getConnection();
    const [ocRow] = (await conn.execute("select state, terminated_on::text from contracted_offer where reference = 'OC160001'")) as { state: string; terminated_on: string }[];
    expect(ocRow).toEqual({ state: 'TERMINATED', terminated_on: '2026-12-10' });
    expect(await conn.execute("select s.state, s.ended_on::text from oc_service s join contracted_offer oc on oc.id = s.contracted_offer_id where oc.reference = 'OC160001'")).toEqual([{ state: 'TERMINATED', ended_on: '2026-12-10' }]);

    const [invoice] = (await conn.execute("select id, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents, issued_on::text from invoice where purpose = 'CLOSING'")) as Record<string, number | string>[];
    expect(invoice).toMatchObject({ total_excl_vat_cents: quote.closingInvoice.totalExclVatCents, total_vat_cents: quote.closingInvoice.totalVatCents, total_incl_vat_cents: quote.closingInvoice.totalInclVatCents, issued_on: '2026-12-10' });
    const lines = (await conn.execute('select kind, label, total_excl_vat_cents as "totalExclVatCents", vat_cents as "vatCents", period_start::text as "periodStart", period_end::text as "periodEnd" from invoice_line where invoice_id = ? order by position', [invoice!.id])) as unknown[];
    expect(lines).toEqual(quote.closingInvoice.lines);
    const [credit] = (await conn.execute("select total_excl_vat_cents, total_vat_cents, refund_due_on::text from credit_note where contracted_offer_id is not null and reason like 'Résiliation%'")) as Record<string, unknown>[];
    expect(credit).toEqual({ total_excl_vat_cents: quote.creditNote.totalExclVatCents, total_vat_cents: quote.creditNote.totalVatCents, refund_due_on: '2026-12-20' });

    // Applying again changes nothing; the withdrawal is no longer possible.
    expect(await portal.gateway.jobs!.runNow('terminations-apply')).toBe('completed');
    expect(await count("select count(*)::int as n from invoice where purpose = 'CLOSING'")).toBe(1);
    const later = await portal.signedIn('E-0000000024'); // days have passed: the earlier session has expired
    expect((await later.gql(WITHDRAW, { id: oc.OC160001 })).data.contractedOfferTerminationWithdraw.userErrors[0].code).toBe('NO_PENDING_TERMINATION');
    const again = (await later.gql(TERMINATE, { input: { contractedOfferId: oc.OC160001, desiredOn: '2026-12-20' } })).data.contractedOfferTerminate;
    expect(again.termination.state).toBe('EFFECTIVE'); // terminating twice is one termination
  }, 60_000);
});
