import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessControl, Role } from '@portal/identity';
import { OcSortField, listContractedOffers } from '@portal/offers';
import { seedDemoData } from '@portal/db';
import { toGlobalId } from '@portal/kernel';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';
import { startTestPortal, type Client, type GqlResponse, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let reseller: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
});
afterAll(() => portal?.close());

const LIST = `query($filter: ContractedOfferFilterInput, $orderBy: ContractedOfferOrderInput, $first: Int, $after: String) {
  contractedOffers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { salesAdminName reference name orderReference endCustomer { number } billingAccount { number } site { name } deliveredOn state orderType } }
  }
}`;
const refs = (res: GqlResponse) => res.data.contractedOffers.edges.map((e: { node: { reference: string } }) => e.node.reference);
const C44284 = toGlobalId('Company', 44284);

describe('Liste des offres contractées', () => {
  it("shows the guide's rows for customer 44284", async () => {
    const res = await reseller.gql(LIST, { filter: { companyId: C44284 } });
    expect(res.data.contractedOffers.totalCount).toBe(3);
    expect(res.data.contractedOffers.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { salesAdminName: 'Charlotte M.', reference: 'OC150943', name: 'Création et portabilités de numéros', orderReference: 'COM32623', endCustomer: { number: 44284 }, billingAccount: { number: 44284 }, site: { name: 'AIX-EN-PROVENCE' }, deliveredOn: '2018-05-29', state: 'DELIVERED', orderType: 'CREATION' },
      { salesAdminName: 'Charlotte M.', reference: 'OC138637', name: "Com'Unifiées MetaCentrex", orderReference: 'COM16444', endCustomer: { number: 44284 }, billingAccount: { number: 44284 }, site: { name: 'LILLE' }, deliveredOn: '2017-11-22', state: 'DELIVERED', orderType: 'CREATION' },
      { salesAdminName: null, reference: 'OC94529', name: 'Numéro - Géographique', orderReference: null, endCustomer: { number: 44284 }, billingAccount: { number: 44284 }, site: { name: 'AIX-EN-PROVENCE' }, deliveredOn: '2016-12-20', state: 'DELIVERED', orderType: 'CREATION' },
    ]);
  });

  it('covers every customer in reach when no company is given, and nothing beyond', async () => {
    expect(refs(await reseller.gql(LIST, {})).sort()).toEqual(['OC138637', 'OC150943', 'OC160001', 'OC160002', 'OC94529']);
    const other = await portal.signedIn('E-0000000030');
    expect(refs(await other.gql(LIST, {}))).toEqual([]);
    const out = await other.gql(LIST, { filter: { companyId: C44284 } });
    expect(out.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['filter', 'companyId'] });
    const customer = await portal.signedIn('E-0000000024');
    expect(refs(await customer.gql(LIST, {})).sort()).toEqual(['OC160001', 'OC160002']);
  });

  it.each([
    ['SALES_ADMIN', false, ['OC94529', 'OC150943', 'OC138637']], // "Aucun" first, then ties by OC
    ['REFERENCE', false, ['OC94529', 'OC138637', 'OC150943']], // natural order, not text order
    ['REFERENCE', true, ['OC150943', 'OC138637', 'OC94529']],
    ['NAME', true, ['OC94529', 'OC150943', 'OC138637']],
    ['ORDER_REFERENCE', true, ['OC150943', 'OC138637', 'OC94529']],
    ['SITE', false, ['OC150943', 'OC94529', 'OC138637']],
    ['DELIVERED_ON', false, ['OC94529', 'OC138637', 'OC150943']],
    ['STATE', true, ['OC94529', 'OC138637', 'OC150943']], // all delivered: ties by OC, descending
  ])('sorts on %s (descending: %s)', async (field, descending, expected) => {
    expect(refs(await reseller.gql(LIST, { filter: { companyId: C44284 }, orderBy: { field, descending } }))).toEqual(expected);
  });

  it.each([
    [{ salesAdmin: 'charlotte' }, ['OC160002', 'OC160001', 'OC150943', 'OC138637']],
    [{ reference: '1509' }, ['OC150943']],
    [{ name: 'numéro' }, ['OC160002', 'OC150943', 'OC94529']],
    [{ orderReference: 'COM16' }, ['OC138637']],
    [{ endCustomer: 'méditerr' }, ['OC150943', 'OC138637', 'OC94529']],
    [{ billingAccount: 'client 1' }, ['OC160002', 'OC160001']],
    [{ site: 'lille' }, ['OC138637']],
    [{ deliveredFrom: '2017-01-01', deliveredTo: '2018-12-31' }, ['OC150943', 'OC138637']],
    [{ states: ['TERMINATED'] }, []],
    [{ orderTypes: ['CREATION'] }, ['OC160002', 'OC160001', 'OC150943', 'OC138637', 'OC94529']],
  ])('filters %j', async (filter, expected) => {
    expect(refs(await reseller.gql(LIST, { filter }))).toEqual(expected);
  });

  it('pages with cursors on every column without gaps or repeats', async () => {
    for (const field of Object.values(OcSortField)) {
      for (const descending of [false, true]) {
        const all = refs(await reseller.gql(LIST, { orderBy: { field, descending }, first: 100 }));
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const res: GqlResponse = await reseller.gql(LIST, { orderBy: { field, descending }, first: 2, after });
          seen.push(...refs(res));
          if (!res.data.contractedOffers.pageInfo.hasNextPage) break;
          after = res.data.contractedOffers.pageInfo.endCursor;
        }
        expect(seen, `${field} ${descending}`).toEqual(all);
      }
    }
  });

  it('answers typed errors for bad filters', async () => {
    const ext = async (variables: Record<string, unknown>) => (await reseller.gql(LIST, variables)).errors?.[0]?.extensions;
    expect(await ext({ filter: { deliveredFrom: '2018-13-01' } })).toMatchObject({ code: 'DATE_INVALID', field: ['filter', 'deliveredFrom'] });
    expect(await ext({ filter: { deliveredFrom: '2019-01-01', deliveredTo: '2018-01-01' } })).toMatchObject({ code: 'DATE_RANGE_INVALID' });
    expect(await ext({ first: 101 })).toMatchObject({ code: 'FIRST_OUT_OF_RANGE', field: ['first'] });
    // Every refused filter at once: the others in extensions.otherErrors.
    expect(await ext({ filter: { reference: 'x'.repeat(201), deliveredFrom: '2019-01-01', deliveredTo: '2018-01-01' } })).toMatchObject({
      code: 'TOO_LONG', field: ['filter', 'reference'], otherErrors: [{ code: 'DATE_RANGE_INVALID', field: ['filter', 'deliveredTo'] }],
    });
  });
});

describe('OC detail', () => {
  it('shows offer, price, services with RIO, orders, dates, notice and equipment', async () => {
    const id = toGlobalId('ContractedOffer', (await portal.db.orm.em.getConnection().execute("select id from contracted_offer where reference = 'OC138637'"))[0]!.id);
    const res = await reseller.gql(`query($id: ID!) { contractedOffer(id: $id) {
      reference monthlyPriceCents activatedOn commitmentEndsOn noticePeriodMonths termination { state }
      offer { code name monthlyPriceCents commitmentMonths lastPeriodPolicy earlyTerminationPolicy earlyTerminationSharePercent hasEquipment }
      services { kind identifier portingCode state } orders { reference type orderedOn }
    } }`, { id });
    expect(res.data.contractedOffer).toEqual({
      reference: 'OC138637', monthlyPriceCents: 4990, activatedOn: '2017-11-22', commitmentEndsOn: '2020-11-21', // 36 months, the last day the one before the anniversary
      noticePeriodMonths: 1, termination: null,
      offer: { code: 'COM-UNIF', name: "Com'Unifiées MetaCentrex", monthlyPriceCents: 4990, commitmentMonths: 36, lastPeriodPolicy: 'FULL_PERIOD_DUE', earlyTerminationPolicy: 'REMAINING_FEES_SHARE', earlyTerminationSharePercent: 50, hasEquipment: true },
      services: [
        { kind: 'PHONE_NUMBER', identifier: '+33320100001', portingCode: '01R6S7T8U9V0', state: 'ACTIVE' },
        { kind: 'TRUNK', identifier: 'TRUNK-LIL-01', portingCode: null, state: 'ACTIVE' },
      ],
      orders: [{ reference: 'COM16444', type: 'CREATION', orderedOn: '2017-10-30' }],
    });
    const other = await portal.signedIn('E-0000000030');
    expect((await other.gql('query($id: ID!) { contractedOffer(id: $id) { reference } }', { id })).data.contractedOffer).toBeNull();
  });
});

describe('statements per page', () => {
  let db: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase({ logQuery: (sql) => statements.push(sql) });
    await seedDemoData(db.orm.em.fork(), TEST_NOW);
    // Many OCs for the reseller's customer 44284, with sales admin, order and site.
    await db.orm.em.getConnection().execute(`
      insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, sales_admin_id, order_id, state, delivered_on, activated_on, monthly_price_cents)
      select 'OC' || (700000 + g), 'OC de masse ' || g, oc.offer_id, oc.end_customer_id, oc.billing_account_id, oc.site_id, oc.sales_admin_id, oc.order_id, 'DELIVERED', date '2020-01-01' + g, date '2020-01-01' + g, 1000
      from generate_series(1, 120) g, contracted_offer oc where oc.reference = 'OC150943'`);
  });
  afterAll(() => db?.close());

  it('stays at 3 whatever the page size (ids, count, OCs with end customer, site, sales admin)', async () => {
    const access = new AccessControl(db.orm.em.fork(), { userId: 0, login: 'E-0000000000', companyId: 10, grants: [{ companyId: 10, role: Role.READ_ONLY }], termsAccepted: true });
    const counts: number[] = [];
    for (const first of [5, 50, 100]) {
      const em = db.orm.em.fork();
      await access.permissionsOn(10); // the reach check is cached per request: outside the count
      statements.length = 0;
      const page = await listContractedOffers(em, access, { filter: {}, field: OcSortField.END_CUSTOMER, descending: false, first, after: null, withTotal: true });
      expect(page.rows.length).toBe(Math.min(first + 1, 125));
      expect(page.rows.every((oc) => oc.endCustomer.legalName && oc.site.name && (oc.salesAdmin === null || oc.salesAdmin?.displayName))).toBe(true);
      counts.push(statements.filter((s) => s.includes('[query]')).length);
    }
    expect(counts).toEqual([3, 3, 3]);
  });
});

describe('statements per page through the gateway', () => {
  it('checks the reach of every company a page shows in one statement, whatever the page size', async () => {
    const statements: string[] = [];
    const logged = await startTestPortal({ logQuery: (sql) => statements.push(sql) });
    try {
      const operator = await logged.signedIn('E-0000000001');
      const page = `query($first: Int!) { contractedOffers(first: $first) { edges { node { reference endCustomer { legalName } billingAccount { legalName } site { name } salesAdminName } } } }`;
      const counts: number[] = [];
      const companies: number[] = [];
      for (const first of [1, 50]) {
        statements.length = 0;
        const res = await operator.gql(page, { first });
        const nodes = res.data.contractedOffers.edges.map((e: { node: { endCustomer: { legalName: string } } }) => e.node);
        expect(res.errors).toBeUndefined();
        companies.push(new Set(nodes.map((n: { endCustomer: { legalName: string } }) => n.endCustomer.legalName)).size);
        counts.push(statements.filter((s) => s.includes('[query]')).length);
      }
      expect(companies[1]).toBeGreaterThan(companies[0]!); // several end customers on the big page
      expect(counts[1]).toBe(counts[0]);
    } finally {
      await logged.close();
    }
  });
});

describe('OC list export', () => {
  it('streams the list as CSV with the same filters and reach', async () => {
    const res = await fetch(`${portal.url}/exports/contracted-offers.csv?companyId=${C44284}&sort=REFERENCE&direction=ASC`, { headers: { cookie: reseller.cookie! } });
    expect(res.status).toBe(200);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Pilote ADV;Réf.;Nom;Réf. commande;Client final;Compte client;Site;Date de livraison;État;Type commande');
    expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual(['OC94529', 'OC138637', 'OC150943']);
    expect(lines[1]).toBe('Aucun;OC94529;Numéro - Géographique;Aucune;Société Méditerranéenne de Téléphonie;Société Méditerranéenne de Téléphonie;AIX-EN-PROVENCE;20/12/2016;DELIVERED;CREATION');
    const other = await portal.signedIn('E-0000000030');
    const refused = await fetch(`${portal.url}/exports/contracted-offers.csv?companyId=${C44284}`, { headers: { cookie: other.cookie! } });
    expect(refused.status).toBe(404);
    const all = await fetch(`${portal.url}/exports/contracted-offers.csv`, { headers: { cookie: other.cookie! } });
    expect((await all.text()).trimEnd().split('\r\n')).toHaveLength(1);
  });
});
