import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type GqlResponse, type TestPortal } from '../support/gateway.js';
import { addOtherResellersDocuments } from './fixtures.js';

let portal: TestPortal;
let customer: Client; // E-0000000024, administrator of OIP-00000024
let reseller: Client; // E-0000000010, reaches 24, 44284 and 44660
let otherReseller: Client; // E-0000000030, reaches only 31
let operator: Client; // E-0000000001, reaches everything
let otherInvoiceId: string;
let otherCreditNoteId: string;

beforeAll(async () => {
  portal = await startTestPortal();
  const other = await addOtherResellersDocuments(portal.db.orm.em.fork());
  otherInvoiceId = toGlobalId('Invoice', other.invoice.id);
  otherCreditNoteId = toGlobalId('CreditNote', other.creditNote.id);
  [customer, reseller, otherReseller, operator] = (await Promise.all(
    ['E-0000000024', 'E-0000000010', 'E-0000000030', 'E-0000000001'].map((login) => portal.signedIn(login)),
  )) as [Client, Client, Client, Client];
});
afterAll(() => portal?.close());

const INVOICES = `query($companyId: ID, $scope: DocumentScope, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int, $after: String) {
  invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount totals { totalExclVatCents totalVatCents totalInclVatCents }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id number state issuedOn dueOn totalInclVatCents company { number legalName } } }
  }
}`;
const CREDIT_NOTES = `query($companyId: ID, $scope: DocumentScope, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int, $after: String) {
  creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount totals { totalExclVatCents totalVatCents totalInclVatCents }
    pageInfo { hasNextPage endCursor }
    edges { node { number state refundDueOn totalInclVatCents invoice { number } company { number } } }
  }
}`;

const numbers = (res: GqlResponse, list = 'invoices') => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data[list].edges.map((e: { node: { number: string } }) => e.node.number.slice(-2));
};
const errorOf = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

describe('invoice lists and reach', () => {
  it("show a customer its own invoices, newest first, with the count and the sums of the whole list", async () => {
    const res = await customer.gql(INVOICES, {});
    expect(numbers(res)).toEqual(['06', '04', '02']);
    expect(res.data.invoices.totalCount).toBe(3);
    expect(res.data.invoices.totals).toEqual({ totalExclVatCents: 27600, totalVatCents: 5520, totalInclVatCents: 33120 });
    expect(res.data.invoices.edges[0].node).toMatchObject({ number: 'F-2026-000006', state: 'ISSUED', dueOn: '2026-12-01', company: { number: 24 } });
  });

  it("show a reseller every invoice in its reach, and never another reseller's customer's", async () => {
    const res = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', first: 100 });
    expect(numbers(res)).toEqual(['06', '05', '04', '03', '02', '01']);
    expect(res.data.invoices.totalCount).toBe(6);
    expect(res.data.invoices.totals).toEqual({ totalExclVatCents: 50970, totalVatCents: 10194, totalInclVatCents: 61164 });
    // Naming the other reseller's customer: not found, exactly like a company that does not exist.
    expect(errorOf(await reseller.gql(INVOICES, { companyId: toGlobalId('Company', 31) }))).toEqual({ code: 'NOT_FOUND', field: ['companyId'] });
    expect(errorOf(await reseller.gql(INVOICES, { companyId: toGlobalId('Company', 999999) }))).toEqual({ code: 'NOT_FOUND', field: ['companyId'] });
    // As a filter of ALL_IN_REACH: nothing, and nothing counted or summed.
    const filtered = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', filter: { companyIds: [toGlobalId('Company', 31)] } });
    expect(filtered.data.invoices).toMatchObject({ totalCount: 0, totals: { totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: 0 }, edges: [] });
    // By id: null, like an id that does not exist.
    expect((await reseller.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: otherInvoiceId })).data.invoice).toBeNull();
    expect((await reseller.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: toGlobalId('Invoice', 999999) })).data.invoice).toBeNull();
    expect((await customer.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: toGlobalId('Invoice', 1) })).data.invoice).toBeNull(); // 44284's
  });

  it('show the other reseller and the operator what they reach', async () => {
    const other = await otherReseller.gql(INVOICES, { scope: 'ALL_IN_REACH' });
    expect(numbers(other)).toEqual(['07']);
    expect(other.data.invoices.totals).toEqual({ totalExclVatCents: 41667, totalVatCents: 8333, totalInclVatCents: 50000 });
    const all = await operator.gql(INVOICES, { scope: 'ALL_IN_REACH' });
    expect(all.data.invoices.totalCount).toBe(7);
    expect(all.data.invoices.totals.totalInclVatCents).toBe(61164 + 50000);
    expect((await operator.gql('query($id: ID!) { invoice(id: $id) { number } }', { id: otherInvoiceId })).data.invoice).toEqual({ number: 'F-2026-000007' });
  });

  it.each([
    [{ issuedFrom: '2026-10-01' }, ['06', '05', '04', '03']],
    [{ issuedFrom: '2026-10-01', issuedTo: '2026-10-01' }, ['04', '03']],
    [{ states: ['PAID'] }, ['04', '03', '02', '01']],
    [{ states: ['ISSUED'] }, ['06', '05']],
    [{ states: ['OVERDUE'] }, []],
    [{ amountMin: 10000 }, ['06', '04', '02']],
    [{ amountMax: 9348 }, ['05', '03', '01']],
    [{ amountMin: 9348, amountMax: 9348, states: ['ISSUED'] }, ['05']],
    [{ companyIds: [toGlobalId('Company', 44284)] }, ['05', '03', '01']],
    [{ companyIds: [toGlobalId('Company', 44660)] }, []],
  ])('filter %j', async (filter, expected) => {
    const res = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', filter });
    expect(numbers(res)).toEqual(expected);
    expect(res.data.invoices.totalCount).toBe(expected.length);
  });

  it('sum only the filtered invoices', async () => {
    const res = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', filter: { states: ['ISSUED'] }, first: 1 });
    expect(res.data.invoices.edges).toHaveLength(1);
    expect(res.data.invoices.totalCount).toBe(2);
    expect(res.data.invoices.totals).toEqual({ totalExclVatCents: 7790 + 9200, totalVatCents: 1558 + 1840, totalInclVatCents: 9348 + 11040 });
  });

  it.each([
    ['NUMBER', 'ASC', ['01', '02', '03', '04', '05', '06']],
    ['ISSUED_ON', 'ASC', ['01', '02', '03', '04', '05', '06']],
    ['DUE_ON', 'DESC', ['06', '05', '04', '03', '02', '01']],
    ['PERIOD', 'ASC', ['01', '02', '03', '04', '05', '06']],
    ['TOTAL', 'ASC', ['01', '03', '05', '02', '04', '06']],
    ['TOTAL', 'DESC', ['06', '04', '02', '05', '03', '01']],
    ['STATE', 'ASC', ['05', '06', '01', '02', '03', '04']],
    ['STATE', 'DESC', ['04', '03', '02', '01', '06', '05']],
    ['COMPANY', 'ASC', ['02', '04', '06', '01', '03', '05']],
    ['COMPANY', 'DESC', ['05', '03', '01', '06', '04', '02']],
  ])('sort on %s %s', async (field, direction, expected) => {
    expect(numbers(await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', orderBy: { field, direction } }))).toEqual(expected);
  });

  it('page with cursors on every sort, without gaps or repeats, the count and sums staying those of the whole list', async () => {
    for (const field of ['NUMBER', 'ISSUED_ON', 'DUE_ON', 'PERIOD', 'TOTAL', 'STATE', 'COMPANY']) {
      for (const direction of ['ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const res: GqlResponse = await operator.gql(INVOICES, { scope: 'ALL_IN_REACH', orderBy: { field, direction }, first: 2, after });
          seen.push(...numbers(res));
          expect(res.data.invoices.totalCount).toBe(7);
          expect(res.data.invoices.totals.totalInclVatCents).toBe(111164);
          expect(res.data.invoices.pageInfo.hasPreviousPage).toBe(after !== null);
          if (!res.data.invoices.pageInfo.hasNextPage) break;
          after = res.data.invoices.pageInfo.endCursor;
        }
        const all = numbers(await operator.gql(INVOICES, { scope: 'ALL_IN_REACH', orderBy: { field, direction }, first: 100 }));
        expect(seen, `${field} ${direction}`).toEqual(all);
        expect(new Set(seen).size).toBe(7);
      }
    }
  });

  it('answers every refused filter of the invoice list at once: the first as the error, the others in extensions.otherErrors', async () => {
    const res = await reseller.gql(INVOICES, { filter: { issuedFrom: '01/10/2026', amountMin: 5000, amountMax: 100 } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'DATE_INVALID',
      field: ['filter', 'issuedFrom'],
      otherErrors: [{ code: 'AMOUNT_RANGE_INVALID', message: 'Le montant minimum dépasse le montant maximum.', field: ['filter', 'amountMin'] }],
    });
    expect(res.data?.invoices ?? null).toBeNull();
  });

  it('refuse malformed arguments with typed errors naming the field', async () => {
    const cases: [Record<string, unknown>, string, (string)[]][] = [
      [{ filter: { amountMin: 5000, amountMax: 100 } }, 'AMOUNT_RANGE_INVALID', ['filter', 'amountMin']],
      [{ filter: { amountMin: -1 } }, 'AMOUNT_INVALID', ['filter', 'amountMin']],
      [{ filter: { issuedFrom: '01/10/2026' } }, 'DATE_INVALID', ['filter', 'issuedFrom']],
      [{ filter: { issuedTo: '2026-02-30' } }, 'DATE_INVALID', ['filter', 'issuedTo']],
      [{ filter: { issuedFrom: '2026-10-02', issuedTo: '2026-10-01' } }, 'DATE_RANGE_INVALID', ['filter', 'issuedTo']],
      [{ filter: { companyIds: [toGlobalId('Company', 24), 'pas-un-id'] } }, 'ID_INVALID', ['filter', 'companyIds', '1']],
      [{ first: 0 }, 'FIRST_OUT_OF_RANGE', ['first']],
      [{ first: 101 }, 'FIRST_OUT_OF_RANGE', ['first']],
      [{ after: 'nimporte-quoi' }, 'CURSOR_INVALID', ['after']],
      [{ scope: 'ALL_IN_REACH', companyId: toGlobalId('Company', 24) }, 'SCOPE_CONFLICT', ['companyId']],
    ];
    for (const [variables, code, field] of cases) {
      const res = await reseller.gql(INVOICES, variables);
      expect(errorOf(res), JSON.stringify(variables)).toEqual({ code, field });
      expect(res.data?.invoices ?? null).toBeNull();
    }
    // A cursor of another sort does not fit.
    const byTotal = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', orderBy: { field: 'TOTAL' }, first: 1 });
    const mixed = await reseller.gql(INVOICES, { scope: 'ALL_IN_REACH', orderBy: { field: 'ISSUED_ON' }, after: byTotal.data.invoices.pageInfo.endCursor });
    expect(errorOf(mixed)).toEqual({ code: 'CURSOR_INVALID', field: ['after'] });
  });

  it('turn an unpaid invoice OVERDUE the day after its due date, in Paris', async () => {
    const saved = portal.clock.now;
    try {
      // 1 December 2026, 23:59 in Paris: due today, not late yet.
      portal.clock.now = new Date('2026-12-01T22:59:00Z');
      let client = await portal.signedIn('E-0000000025'); // sessions of the other clients have expired
      let res = await client.gql(INVOICES, { filter: { states: ['OVERDUE'] } });
      expect(numbers(res)).toEqual([]);
      expect((await client.gql(INVOICES, {})).data.invoices.edges[0].node).toMatchObject({ number: 'F-2026-000006', state: 'ISSUED' });
      // Midnight in Paris (23:00 UTC in winter): overdue.
      portal.clock.now = new Date('2026-12-01T23:00:00Z');
      client = await portal.signedIn('E-0000000025');
      res = await client.gql(INVOICES, { filter: { states: ['OVERDUE'] } });
      expect(numbers(res)).toEqual(['06']);
      expect(res.data.invoices.edges[0].node.state).toBe('OVERDUE');
      expect(res.data.invoices.totals.totalInclVatCents).toBe(11040);
      expect(numbers(await client.gql(INVOICES, { filter: { states: ['ISSUED'] } }))).toEqual([]);
      expect(numbers(await client.gql(INVOICES, { orderBy: { field: 'STATE', direction: 'ASC' } }))).toEqual(['06', '02', '04']);
      const detail = await client.gql('query($id: ID!) { invoice(id: $id) { state } }', { id: toGlobalId('Invoice', 6) });
      expect(detail.data.invoice.state).toBe('OVERDUE');
    } finally {
      portal.clock.now = saved;
    }
  });
});

describe('invoice and credit note details', () => {
  const INVOICE = `query($id: ID!) { invoice(id: $id) {
    id number purpose issuedOn dueOn periodStart periodEnd state paidOn pdfPath
    totalExclVatCents totalVatCents totalInclVatCents
    company { number legalName }
    lines { id position kind label quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents periodStart periodEnd }
    vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }
    creditNotes { number totalInclVatCents invoice { number } }
  } }`;

  it('give an invoice with its lines, totals, due date, state and credit notes', async () => {
    const client = await portal.signedIn('E-0000000026'); // read-only user of the customer
    const id = toGlobalId('Invoice', 6);
    const res = await client.gql(INVOICE, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.invoice).toEqual({
      id, number: 'F-2026-000006', purpose: 'MONTHLY', issuedOn: '2026-11-01', dueOn: '2026-12-01', periodStart: '2026-10-01', periodEnd: '2026-10-31',
      state: 'ISSUED', paidOn: null, pdfPath: `/documents/invoices/${id}.pdf`,
      totalExclVatCents: 9200, totalVatCents: 1840, totalInclVatCents: 11040,
      company: { number: 24, legalName: 'Client 1 du revendeur présentation' },
      lines: [
        expect.objectContaining({ position: 1, kind: 'RECURRING', quantity: 1, unitPriceExclVatCents: 8900, vatRateBasisPoints: 2000, totalExclVatCents: 8900, vatCents: 1780, totalInclVatCents: 10680, periodStart: '2026-10-01', periodEnd: '2026-10-31' }),
        expect.objectContaining({ position: 2, unitPriceExclVatCents: 300, vatCents: 60, totalInclVatCents: 360 }),
      ],
      vatBreakdown: [{ vatRateBasisPoints: 2000, baseExclVatCents: 9200, vatCents: 1840 }],
      creditNotes: [{ number: 'A-2026-000001', totalInclVatCents: 1722, invoice: { number: 'F-2026-000006' } }],
    });
    expect(res.data.invoice.lines[0].label).toContain('OC160001');
    const paid = await client.gql(INVOICE, { id: toGlobalId('Invoice', 2) });
    expect(paid.data.invoice).toMatchObject({ state: 'PAID', paidOn: '2026-09-10', creditNotes: [] });
  });

  it('give a credit note with the invoice it corrects, and null out of reach', async () => {
    const CREDIT_NOTE = `query($id: ID!) { creditNote(id: $id) {
      number issuedOn refundDueOn state reason totalExclVatCents totalVatCents totalInclVatCents pdfPath
      company { number } invoice { number state }
      lines { position kind label unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents periodStart periodEnd }
      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }
    } }`;
    const id = toGlobalId('CreditNote', 1);
    const res = await customer.gql(CREDIT_NOTE, { id });
    expect(res.data.creditNote).toMatchObject({
      number: 'A-2026-000001', issuedOn: '2026-11-05', refundDueOn: '2026-11-15', state: 'ISSUED',
      totalExclVatCents: 1435, totalVatCents: 287, totalInclVatCents: 1722, pdfPath: `/documents/credit-notes/${id}.pdf`,
      company: { number: 24 }, invoice: { number: 'F-2026-000006', state: 'ISSUED' },
      lines: [{ position: 1, kind: 'PRORATA_REFUND', label: "OC160001 — remboursement de 5 jours d'abonnement", unitPriceExclVatCents: 1435, vatRateBasisPoints: 2000, totalExclVatCents: 1435, vatCents: 287, periodStart: '2026-10-10', periodEnd: '2026-10-14' }],
      vatBreakdown: [{ vatRateBasisPoints: 2000, baseExclVatCents: 1435, vatCents: 287 }],
    });
    expect((await reseller.gql(CREDIT_NOTE, { id: otherCreditNoteId })).data.creditNote).toBeNull();
    expect((await otherReseller.gql(CREDIT_NOTE, { id })).data.creditNote).toBeNull();
    expect((await otherReseller.gql(CREDIT_NOTE, { id: otherCreditNoteId })).data.creditNote).toMatchObject({ number: 'A-2026-000002', invoice: { number: 'F-2026-000007' } });
    expect((await customer.gql(CREDIT_NOTE, { id: 'Q3JlZGl0Tm90ZTp4' })).data.creditNote).toBeNull();
  });

  it('list credit notes with the same reach, filters, sorts and sums', async () => {
    const mine = await customer.gql(CREDIT_NOTES, {});
    expect(mine.data.creditNotes).toMatchObject({
      totalCount: 1, totals: { totalExclVatCents: 1435, totalVatCents: 287, totalInclVatCents: 1722 },
      edges: [{ node: { number: 'A-2026-000001', state: 'ISSUED', refundDueOn: '2026-11-15', totalInclVatCents: 1722, invoice: { number: 'F-2026-000006' }, company: { number: 24 } } }],
    });
    expect(numbers(await reseller.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH' }), 'creditNotes')).toEqual(['01']);
    expect(errorOf(await reseller.gql(CREDIT_NOTES, { companyId: toGlobalId('Company', 31) }))).toEqual({ code: 'NOT_FOUND', field: ['companyId'] });
    const all = await operator.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH', orderBy: { field: 'INVOICE', direction: 'DESC' } });
    expect(numbers(all, 'creditNotes')).toEqual(['02', '01']);
    expect(all.data.creditNotes.totals).toEqual({ totalExclVatCents: 1435 + 5000, totalVatCents: 287 + 1000, totalInclVatCents: 1722 + 6000 });
    for (const field of ['NUMBER', 'ISSUED_ON', 'REFUND_DUE_ON', 'INVOICE', 'TOTAL', 'STATE', 'COMPANY']) {
      const asc = numbers(await operator.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH', orderBy: { field, direction: 'ASC' } }), 'creditNotes');
      const desc = numbers(await operator.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH', orderBy: { field, direction: 'DESC' } }), 'creditNotes');
      expect(asc, field).toHaveLength(2);
      expect(desc, field).toEqual([...asc].reverse());
    }
    expect(numbers(await operator.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH', filter: { amountMin: 2000 } }), 'creditNotes')).toEqual(['02']);
    expect(numbers(await operator.gql(CREDIT_NOTES, { scope: 'ALL_IN_REACH', filter: { states: ['REFUNDED'] } }), 'creditNotes')).toEqual([]);
    expect(errorOf(await operator.gql(CREDIT_NOTES, { filter: { amountMin: 10, amountMax: 9 } }))).toEqual({ code: 'AMOUNT_RANGE_INVALID', field: ['filter', 'amountMin'] });
  });

  it('count documents in the useful links as the lists do', async () => {
    const res = await reseller.gql('query($id: ID!) { company(id: $id) { usefulLinks { invoiceCount creditNoteCount } } }', { id: toGlobalId('Company', 24) });
    expect(res.data.company.usefulLinks).toEqual({ invoiceCount: 3, creditNoteCount: 1 });
  });
});
