import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { applyDueTerminations } from '@portal/offers';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let operator: Client;
let reseller: Client;
let customer: Client;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;

beforeAll(async () => {
  portal = await startTestPortal();
  // A customer of the reseller without an e-invoicing address, with an OC from 1 December 2026.
  await sql(`insert into company (id, reference, legal_name, legal_form, parent_id) values (3001, 'OIP-00003001', 'Client sans adresse', 'SAS', 10)`);
  await sql(`insert into site (company_id, name, is_head_office, address_line1, postal_code, city) values (3001, 'Siège Social', true, '1 rue', '75001', 'Paris')`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, delivered_on, activated_on, monthly_price_cents)
    select 'OC930001', 'Numéro - Géographique', o.id, 3001, 3001, s.id, 'DELIVERED', date '2026-12-01', date '2026-12-01', 300 from site s, offer o where s.company_id = 3001 and o.code = 'NUM-GEO'`);
  await runMonthlyBilling(portal.db.orm.em.fork(), { period: '2026-12', now: portal.clock.now });
  operator = await portal.signedIn('E-0000000001');
  reseller = await portal.signedIn('E-0000000010');
  customer = await portal.signedIn('E-0000000024');
});
afterAll(() => portal?.close());

const HELD = `{ heldDocuments(first: 10) { totalCount edges { node { id kind purpose periodStart totalInclVatCents reasons { rule message } company { reference } } } } }`;
const RELEASE = `mutation($id: ID!) { heldDocumentRelease(input: { id: $id }) { invoice { number purpose totalInclVatCents } creditNote { number } userErrors { code message field } } }`;
const lastNumber = async (year = 2026) => Number((await sql<{ n: number }>(`select coalesce(max(last_number), 0) as n from document_sequence where kind = 'INVOICE' and year = ?`, [year]))[0]!.n);

describe('held documents in the API', () => {
  it('shows the held invoice with its rule to whoever has the company in reach, and to nobody else', async () => {
    const { data, errors } = await reseller.gql(HELD);
    expect(errors).toBeUndefined();
    expect(data.heldDocuments.totalCount).toBe(1);
    expect(data.heldDocuments.edges[0].node).toMatchObject({
      kind: 'INVOICE', purpose: 'MONTHLY', periodStart: '2026-12-01', totalInclVatCents: 360, company: { reference: 'OIP-00003001' },
      reasons: [{ rule: 'BR-FR-12', message: expect.stringContaining('adresse électronique') }],
    });
    const other = await customer.gql(HELD);
    expect(other.data.heldDocuments).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses the release to the reseller (not the issuer) and, while the data is still wrong, to the operator, taking no number', async () => {
    const { data } = await operator.gql(HELD);
    const id = data.heldDocuments.edges[0].node.id;
    const before = await lastNumber();
    const byReseller = await reseller.gql(RELEASE, { id });
    expect(byReseller.data.heldDocumentRelease).toMatchObject({ invoice: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'id'] }] });
    const tooEarly = await operator.gql(RELEASE, { id });
    expect(tooEarly.data.heldDocumentRelease).toMatchObject({ invoice: null, userErrors: [{ code: 'DOCUMENT_INVALID', message: expect.stringContaining('BR-FR-12'), field: ['input', 'id'] }] });
    expect(await lastNumber()).toBe(before);
  });

  it('issues it with the next number once the company has its electronic address', async () => {
    const { data } = await operator.gql(HELD);
    const id = data.heldDocuments.edges[0].node.id;
    const before = await lastNumber();
    await sql(`update company set electronic_address = '930001000' where id = 3001`);
    const released = await operator.gql(RELEASE, { id });
    expect(released.data.heldDocumentRelease).toMatchObject({
      invoice: { number: `F-2026-${String(before + 1).padStart(6, '0')}`, purpose: 'MONTHLY', totalInclVatCents: 360 }, userErrors: [],
    });
    expect((await operator.gql(HELD)).data.heldDocuments.totalCount).toBe(0);
    const again = await operator.gql(RELEASE, { id });
    expect(again.data.heldDocumentRelease.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('holds a closing invoice that breaks a rule instead of numbering it, the termination still taking effect', async () => {
    await sql(`update company set electronic_address = null where id = 3001`);
    await sql(`insert into termination (contracted_offer_id, desired_on, effective_on, requested_by_id, state)
      select oc.id, date '2027-01-10', date '2027-01-10', u.id, 'REQUESTED' from contracted_offer oc, app_user u where oc.reference = 'OC930001' and u.login = 'E-0000000010'`);
    const before = await lastNumber(2027);
    const { applied } = await applyDueTerminations(portal.db.orm.em.fork(), '2027-01-10', portal.clock.now);
    expect(applied).toContain('OC930001');
    expect(await lastNumber(2027)).toBe(before);
    const [oc] = await sql(`select state from contracted_offer where reference = 'OC930001'`);
    expect(oc).toEqual({ state: 'TERMINATED' });
    const held = await sql<{ kind: string; purpose: string | null; rules: string[] }>(
      `select kind, purpose, array(select jsonb_array_elements(reasons)->>'rule') as rules from held_document where billed_company_id = 3001 and released_at is null order by id`,
    );
    // January is due in full (the offer bills any started month): its closing invoice is held.
    expect(held).toEqual([{ kind: 'INVOICE', purpose: 'CLOSING', rules: ['BR-FR-12'] }]);
  });
});
