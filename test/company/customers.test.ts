import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type GqlResponse, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let reseller: Client;
let operator: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  operator = await portal.signedIn('E-0000000001');
});
afterAll(() => portal?.close());

const SEARCH = `query($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $first: Int, $after: String) {
  customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { number legalName legalForm state createdAt } path { number } }
  }
}`;
const numbers = (res: { data: { customers: { edges: { node: { number: number } }[] } } }) => res.data.customers.edges.map((e) => e.node.number);

describe('customer search', () => {
  it("lists a reseller's customers and only them", async () => {
    const res = await reseller.gql(SEARCH, {});
    expect(numbers(res)).toEqual([24, 44284, 44660]);
    expect(res.data.customers.totalCount).toBe(3);
  });

  it('shows an operator its resellers and their customers, with the path in the tree', async () => {
    const res = await operator.gql(SEARCH, { first: 100 });
    expect(numbers(res)).toEqual([10, 24, 30, 31, 44284, 44660]);
    const path = Object.fromEntries(res.data.customers.edges.map((e: { node: { number: number }; path: { number: number }[] }) => [e.node.number, e.path.map((p) => p.number)]));
    expect(path).toEqual({ 10: [1], 24: [1, 10], 30: [1], 31: [1, 30], 44284: [1, 10], 44660: [1, 10] });
  });

  it.each([
    [{ identifier: '44284' }, [44284]],
    [{ identifier: 'OIP-00044660' }, [44660]],
    [{ identifier: '31' }, []], // another reseller's customer: as if it did not exist
    [{ legalName: 'MEDITERRANEENNE' }, [44284]], // accents and case ignored
    [{ legalName: 'télé' }, [44284]],
    [{ legalName: 'revendeur' }, [24]],
    [{ legalName: '100%_' }, []],
    [{ createdFrom: '2019-03-01', createdTo: '2019-03-31' }, [44284, 44660]],
    [{ createdFrom: '2019-03-18', createdTo: '2019-03-18' }, [44660]], // the whole day, in Paris
    [{ legalForms: ['SARL'] }, [44284]],
    [{ legalForms: ['EI', 'AUTRES'] }, [24, 44660]],
    [{ states: ['SUSPENDED'] }, []],
  ])('filters %j', async (filter, expected) => {
    expect(numbers(await reseller.gql(SEARCH, { filter }))).toEqual(expected);
  });

  it.each([
    ['IDENTIFIER', 'DESC', [44660, 44284, 24]],
    ['LEGAL_NAME', 'ASC', [44660, 24, 44284]],
    ['CREATED_AT', 'DESC', [44660, 44284, 24]],
    ['LEGAL_FORM', 'ASC', [44660, 24, 44284]],
    ['STATE', 'ASC', [24, 44284, 44660]],
  ])('sorts on %s %s', async (field, direction, expected) => {
    expect(numbers(await reseller.gql(SEARCH, { orderBy: { field, direction } }))).toEqual(expected);
  });

  it('pages with cursors on every sort, without gaps or repeats', async () => {
    for (const field of ['IDENTIFIER', 'LEGAL_NAME', 'CREATED_AT', 'LEGAL_FORM', 'STATE']) {
      for (const direction of ['ASC', 'DESC']) {
        const seen: number[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const res: GqlResponse = await operator.gql(SEARCH, { orderBy: { field, direction }, first: 2, after });
          seen.push(...numbers(res));
          expect(res.data.customers.totalCount).toBe(6);
          if (!res.data.customers.pageInfo.hasNextPage) break;
          after = res.data.customers.pageInfo.endCursor;
        }
        const all = numbers(await operator.gql(SEARCH, { orderBy: { field, direction }, first: 100 }));
        expect(seen, `${field} ${direction}`).toEqual(all);
      }
    }
  });

  it('answers typed errors for bad filters', async () => {
    const codeOf = async (variables: Record<string, unknown>) => (await reseller.gql(SEARCH, variables)).errors?.[0]?.extensions;
    expect(await codeOf({ filter: { createdFrom: '2019-02-30' } })).toMatchObject({ code: 'DATE_INVALID', field: ['filter', 'createdFrom'] });
    expect(await codeOf({ filter: { createdFrom: '2019-03-10', createdTo: '2019-03-01' } })).toMatchObject({ code: 'DATE_RANGE_INVALID', field: ['filter', 'createdTo'] });
    expect(await codeOf({ filter: { identifier: 'abc' } })).toMatchObject({ code: 'IDENTIFIER_INVALID', field: ['filter', 'identifier'] });
    expect(await codeOf({ first: 0 })).toMatchObject({ code: 'FIRST_OUT_OF_RANGE', field: ['first'] });
    expect(await codeOf({ after: 'bad' })).toMatchObject({ code: 'CURSOR_INVALID', field: ['after'] });
  });

  it('answers every refused filter at once: the first as the error, the others in extensions.otherErrors', async () => {
    const res = await reseller.gql(SEARCH, { filter: { identifier: 'abc', createdFrom: '2019-03-10', createdTo: '2019-03-01' } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'IDENTIFIER_INVALID',
      field: ['filter', 'identifier'],
      otherErrors: [{ code: 'DATE_RANGE_INVALID', message: 'La date de fin précède la date de début.', field: ['filter', 'createdTo'] }],
    });
  });

  it('gives a customer no customers', async () => {
    const customer = await portal.signedIn('E-0000000024');
    expect((await customer.gql(SEARCH, {})).data.customers).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe("a customer's universe", () => {
  it('shows its data and its useful links with counts', async () => {
    const res = await reseller.gql(`query($id: ID!) { company(id: $id) { reference legalName usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount } } }`, { id: toGlobalId('Company', 44284) });
    expect(res.data.company).toEqual({
      reference: 'OIP-00044284', legalName: 'Société Méditerranéenne de Téléphonie',
      usefulLinks: { orderUrl: 'http://portal.test/commandes/nouvelle?client=OIP-00044284', invoiceCount: 3, creditNoteCount: 0, contractedOfferCount: 3, serviceCount: 6 },
    });
    const c24 = await reseller.gql(`query($id: ID!) { company(id: $id) { usefulLinks { invoiceCount creditNoteCount } } }`, { id: toGlobalId('Company', 24) });
    expect(c24.data.company.usefulLinks).toEqual({ invoiceCount: 3, creditNoteCount: 1 });
  });

  it("is out of reach of another reseller: null by id, absent from search, counts and services", async () => {
    const other = await portal.signedIn('E-0000000030');
    expect((await other.gql('query($id: ID!) { company(id: $id) { reference } }', { id: toGlobalId('Company', 44284) })).data.company).toBeNull();
    expect(numbers(await other.gql(SEARCH, { filter: { identifier: '44284' } }))).toEqual([]);
    expect(numbers(await other.gql(SEARCH, { filter: { legalName: 'Méditerranéenne' } }))).toEqual([]);
    const services = await other.gql('query($c: ID!) { customerServices(companyId: $c) { totalCount } }', { c: toGlobalId('Company', 44284) });
    expect(services.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['companyId'] });
  });
});

describe("a customer's services", () => {
  const SERVICES = `query($c: ID!, $filter: ServiceFilterInput, $first: Int, $after: String) {
    customerServices(companyId: $c, filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { kind identifier portingCode state contractedOffer { reference name } site { name city } } }
    }
  }`;

  it('lists numbers, lines and trunks with their OC, site and state', async () => {
    const res = await reseller.gql(SERVICES, { c: toGlobalId('Company', 44284) });
    expect(res.data.customerServices.totalCount).toBe(6);
    expect(res.data.customerServices.edges[0].node).toEqual({
      kind: 'PHONE_NUMBER', identifier: '+33320100001', portingCode: '01R6S7T8U9V0', state: 'ACTIVE',
      contractedOffer: { reference: 'OC138637', name: "Com'Unifiées MetaCentrex" }, site: { name: 'LILLE', city: 'Lille' },
    });
    const trunks = await reseller.gql(SERVICES, { c: toGlobalId('Company', 44284), filter: { kinds: ['TRUNK'] } });
    expect(trunks.data.customerServices.edges.map((e: { node: { identifier: string } }) => e.node.identifier)).toEqual(['TRUNK-LIL-01']);
    const page1 = await reseller.gql(SERVICES, { c: toGlobalId('Company', 44284), first: 4 });
    const page2 = await reseller.gql(SERVICES, { c: toGlobalId('Company', 44284), first: 4, after: page1.data.customerServices.pageInfo.endCursor });
    expect(page1.data.customerServices.edges.length + page2.data.customerServices.edges.length).toBe(6);
    expect(page2.data.customerServices.pageInfo.hasNextPage).toBe(false);
  });
});

describe('creating a customer', () => {
  const CREATE = `mutation($input: CustomerCreateInput!) {
    customerCreate(input: $input) { company { id number reference legalName universes sites { name isHeadOffice } } administrator { login state email } userErrors { code field } }
  }`;
  const input = {
    legalName: 'Boulangerie Lefèvre', siren: '732829320', legalForm: 'SARL',
    headOffice: { name: 'Siège Social', addressLine1: '3 rue du Four', postalCode: '13100', city: 'Aix-en-Provence', paymentMethod: 'TRANSFER' },
    administrator: { firstName: 'Léa', lastName: 'Lefèvre', email: 'lea@boulangerie.example' },
  };

  it('creates the company under the reseller, its head office and its administrator, who gets the e-mail', async () => {
    const res = await reseller.gql(CREATE, { input });
    expect(res.data.customerCreate.userErrors).toEqual([]);
    const { company, administrator } = res.data.customerCreate;
    expect(company).toMatchObject({ legalName: 'Boulangerie Lefèvre', universes: ['CLIENT'], sites: [{ name: 'Siège Social', isHeadOffice: true }] });
    expect(company.reference).toBe(`OIP-${String(company.number).padStart(8, '0')}`);
    expect(administrator).toMatchObject({ state: 'PENDING_SETUP', email: 'lea@boulangerie.example' });
    const mail = await portal.smtp.waitFor('lea@boulangerie.example');
    expect(mail.text).toContain(administrator.login);
    expect(numbers(await reseller.gql(SEARCH, { filter: { legalName: 'lefevre' } }))).toEqual([company.number]);
    expect(numbers(await (await portal.signedIn('E-0000000030')).gql(SEARCH, { filter: { legalName: 'lefevre' } }))).toEqual([]);
  });

  it('answers typed errors with nested field paths, and writes nothing', async () => {
    const before = (await reseller.gql(SEARCH, {})).data.customers.totalCount;
    const res = await reseller.gql(CREATE, { input: { ...input, siren: '123456789', headOffice: { ...input.headOffice, paymentMethod: 'SEPA_DIRECT_DEBIT', iban: 'FR00' }, administrator: { ...input.administrator, email: 'x' } } });
    expect(res.data.customerCreate.userErrors).toEqual([
      { code: 'SIREN_INVALID', field: ['input', 'siren'] },
      { code: 'IBAN_INVALID', field: ['input', 'headOffice', 'iban'] },
      { code: 'REQUIRED', field: ['input', 'headOffice', 'sepaMandateReference'] },
      { code: 'EMAIL_INVALID', field: ['input', 'administrator', 'email'] },
    ]);
    expect((await reseller.gql(SEARCH, {})).data.customers.totalCount).toBe(before);
  });

  it('is for resellers and operators only', async () => {
    const customer = await portal.signedIn('E-0000000024');
    const res = await customer.gql(CREATE, { input });
    expect(res.data.customerCreate.userErrors).toEqual([{ code: 'RESELLER_UNIVERSE_REQUIRED', field: null }]);
  });
});
