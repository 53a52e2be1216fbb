import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.close());

const UPDATE = `mutation($input: CompanyUpdateInput!) { companyUpdate(input: $input) { company { electronicAddress } userErrors { code field } } }`;
const READ = `query($id: ID!) { company(id: $id) { electronicAddress shareCapitalCents registryCity } }`;

describe("a company's e-invoicing data", () => {
  it('gives the electronic address, and the issuer its share capital and RCS registry', async () => {
    const operator = await portal.signedIn('E-0000000001');
    expect((await operator.gql(READ, { id: toGlobalId('Company', 1) })).data.company).toEqual({ electronicAddress: '552100554', shareCapitalCents: 150_000_000, registryCity: 'Nanterre' });
    expect((await operator.gql(READ, { id: toGlobalId('Company', 24) })).data.company.electronicAddress).toBe('895556553');
  });

  it('lets the provider (the operator above) set the electronic address, refuses it to the company itself, and refuses a malformed one at its field', async () => {
    const operator = await portal.signedIn('E-0000000001');
    const set = await operator.gql(UPDATE, { input: { companyId: toGlobalId('Company', 24), electronicAddress: '895556553_FACT' } });
    expect(set.data.companyUpdate).toEqual({ company: { electronicAddress: '895556553_FACT' }, userErrors: [] });
    const customer = await portal.signedIn('E-0000000024');
    const own = await customer.gql(UPDATE, { input: { companyId: toGlobalId('Company', 24), electronicAddress: 'x' } });
    expect(own.data.companyUpdate.userErrors).toEqual([{ code: 'PROVIDER_ONLY', field: ['input', 'electronicAddress'] }]);
    const bad = await operator.gql(UPDATE, { input: { companyId: toGlobalId('Company', 24), electronicAddress: 'deux mots' } });
    expect(bad.data.companyUpdate.userErrors).toEqual([{ code: 'ELECTRONIC_ADDRESS_INVALID', field: ['input', 'electronicAddress'] }]);
  });

  it('lets the issuer (the operator, top of the tree) choose VAT on debits for itself only, refusing it for a customer and to a customer', async () => {
    const OPTION = `mutation($input: CompanyUpdateInput!) { companyUpdate(input: $input) { company { vatOnDebits } userErrors { code field } } }`;
    const operator = await portal.signedIn('E-0000000001');
    expect((await operator.gql(`query($id: ID!) { company(id: $id) { vatOnDebits } }`, { id: toGlobalId('Company', 1) })).data.company).toEqual({ vatOnDebits: false });
    const set = await operator.gql(OPTION, { input: { companyId: toGlobalId('Company', 1), vatOnDebits: true } });
    expect(set.data.companyUpdate).toEqual({ company: { vatOnDebits: true }, userErrors: [] });
    const forCustomer = await operator.gql(OPTION, { input: { companyId: toGlobalId('Company', 24), vatOnDebits: true } });
    expect(forCustomer.data.companyUpdate.userErrors).toEqual([{ code: 'ISSUER_ONLY', field: ['input', 'vatOnDebits'] }]);
    const customer = await portal.signedIn('E-0000000024');
    const own = await customer.gql(OPTION, { input: { companyId: toGlobalId('Company', 24), vatOnDebits: true } });
    expect(own.data.companyUpdate.userErrors).toEqual([{ code: 'ISSUER_ONLY', field: ['input', 'vatOnDebits'] }]);
    const cleared = await operator.gql(OPTION, { input: { companyId: toGlobalId('Company', 1), vatOnDebits: null } });
    expect(cleared.data.companyUpdate.userErrors).toEqual([{ code: 'REQUIRED', field: ['input', 'vatOnDebits'] }]);
    expect((await portal.db.orm.em.getConnection().execute('select count(*)::int as n from company where vat_on_debits')) as unknown).toEqual([{ n: 1 }]);
  });
});
