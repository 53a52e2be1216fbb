import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { addCrossReachOcs } from '../support/cross-reach.js';
import { parseCsv } from '../support/csv.js';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

/**
 * One reach decision per relation of an OC: an OC whose end customer and billing account are in
 * different reaches shows the out-of-reach company nowhere — not in GraphQL, not in the CSV, not
 * through the text filters, not through the order of a sort — and its site neither.
 */
let portal: TestPortal;
let reseller: Client;
let otherReseller: Client;
let operator: Client;
/** An API token of Revendeur présentation's administrator with the offers:read scope only. */
let offersToken: Client;
let billingToken: Client;

beforeAll(async () => {
  portal = await startTestPortal();
  await addCrossReachOcs(portal.db);
  reseller = await portal.signedIn('E-0000000010');
  otherReseller = await portal.signedIn('E-0000000030');
  operator = await portal.signedIn('E-0000000001');
  const token = async (scopes: string) => (await reseller.gql(`mutation { apiTokenCreate(input: { name: "t", scopes: [${scopes}] }) { secret } }`)).data.apiTokenCreate.secret as string;
  offersToken = portal.client(await token('OFFERS_READ'));
  billingToken = portal.client(await token('BILLING_READ'));
});
afterAll(() => portal?.close());

const LIST = `query($filter: ContractedOfferFilterInput, $orderBy: ContractedOfferOrderInput) {
  contractedOffers(first: 100, filter: $filter, orderBy: $orderBy) {
    edges { node { reference name salesAdminName orderReference deliveredOn state orderType endCustomer { legalName } billingAccount { legalName } site { name city hidden } } }
  }
}`;

interface Node {
  reference: string; name: string; salesAdminName: string | null; orderReference: string | null; deliveredOn: string | null; state: string; orderType: string;
  endCustomer: { legalName: string } | null; billingAccount: { legalName: string } | null; site: { name: string; city: string; hidden: boolean };
}

async function list(client: Client, variables: Record<string, unknown> = {}): Promise<Node[]> {
  const res = await client.gql(LIST, variables);
  expect(res.errors).toBeUndefined();
  return res.data.contractedOffers.edges.map((e: { node: Node }) => e.node);
}

const frDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
/** A GraphQL node as the CSV export writes it, column by column. */
const asCsvRow = (n: Node) => [
  n.salesAdminName ?? 'Aucun', n.reference, n.name, n.orderReference ?? 'Aucune', n.endCustomer?.legalName ?? '', n.billingAccount?.legalName ?? '',
  n.site.hidden ? '' : n.site.name, frDate(n.deliveredOn), n.state, n.orderType,
];

async function csv(client: Client, query: string): Promise<string[][]> {
  const headers: Record<string, string> = client.cookie ? { cookie: client.cookie } : { authorization: `Bearer ${client.bearer}` };
  const res = await fetch(`${portal.url}/exports/contracted-offers.csv${query}`, { headers });
  expect(res.status).toBe(200);
  return parseCsv(await res.text()).slice(1);
}

/** The GraphQL arguments and the export's query string of the same list. */
const VIEWS: { name: string; variables: Record<string, unknown>; query: string }[] = [
  { name: 'default order', variables: {}, query: '' },
  { name: 'end customer ↑', variables: { orderBy: { field: 'END_CUSTOMER', descending: false } }, query: '?sort=END_CUSTOMER&direction=ASC' },
  { name: 'billing account ↓', variables: { orderBy: { field: 'BILLING_ACCOUNT', descending: true } }, query: '?sort=BILLING_ACCOUNT&direction=DESC' },
  { name: 'site ↑', variables: { orderBy: { field: 'SITE', descending: false } }, query: '?sort=SITE&direction=ASC' },
  { name: 'end customer contains "Client"', variables: { filter: { endCustomer: 'Client' } }, query: '?endCustomer=Client' },
  { name: 'billing account contains "Client"', variables: { filter: { billingAccount: 'Client' } }, query: '?billingAccount=Client' },
  { name: 'site contains "Si"', variables: { filter: { site: 'Si' } }, query: '?site=Si' },
];

describe('an OC whose end customer and billing account are in different reaches', () => {
  it('is listed for both resellers, each seeing only its own side', async () => {
    const byRef = async (client: Client) => new Map((await list(client)).map((n) => [n.reference, n]));
    const mine = await byRef(reseller);
    expect(mine.get('OC900001')).toMatchObject({ endCustomer: { legalName: 'Société Méditerranéenne de Téléphonie' }, billingAccount: null, site: { name: 'LILLE', hidden: false } });
    expect(mine.get('OC900002')).toMatchObject({ endCustomer: null, billingAccount: { legalName: 'Association Les Amis du Vieux Lyon' }, site: { name: '', city: '', hidden: true } });
    const theirs = await byRef(otherReseller);
    expect(theirs.get('OC900001')).toMatchObject({ endCustomer: null, billingAccount: { legalName: "Client de l'autre revendeur" }, site: { hidden: true, name: '' } });
    expect(theirs.get('OC900002')).toMatchObject({ endCustomer: { legalName: "Client de l'autre revendeur" }, billingAccount: null, site: { name: 'Siège Social', hidden: false } });
    const detail = await reseller.gql('query($id: ID!) { contractedOffer(id: $id) { endCustomer { legalName } site { name addressLine1 postalCode city hidden iban } services { site { city hidden } } } }', { id: toGlobalId('ContractedOffer', await ocId('OC900002')) });
    expect(detail.data.contractedOffer).toEqual({ endCustomer: null, site: { name: '', addressLine1: '', postalCode: '', city: '', hidden: true, iban: null }, services: [{ site: { city: '', hidden: true } }] });
  });

  it('gives the same answer in the CSV export as in GraphQL, column by column, for every caller, sort and filter', async () => {
    for (const [who, client] of [['reseller', reseller], ['other reseller', otherReseller], ['operator', operator], ['offers:read token', offersToken]] as const) {
      for (const view of VIEWS) {
        const graphql = (await list(client, view.variables)).map(asCsvRow);
        const exported = await csv(client, view.query);
        expect(exported, `${who}, ${view.name}`).toEqual(graphql);
      }
    }
  });

  it('cannot be found through a text filter on the company or site it hides, letter by letter', async () => {
    const hidden = [
      { filter: 'endCustomer', value: "Client de l'autre revendeur", oc: 'OC900002' },
      { filter: 'billingAccount', value: "Client de l'autre revendeur", oc: 'OC900001' },
      { filter: 'site', value: 'Siège Social', oc: 'OC900002' },
    ];
    for (const { filter, value, oc } of hidden) {
      for (let length = 1; length <= value.length; length += 3) {
        const found = (await list(reseller, { filter: { [filter]: value.slice(0, length) } })).map((n) => n.reference);
        expect(found, `${filter} "${value.slice(0, length)}"`).not.toContain(oc);
        expect((await csv(reseller, `?${filter}=${encodeURIComponent(value.slice(0, length))}`)).map((r) => r[1]), `CSV ${filter}`).not.toContain(oc);
      }
    }
    // The operator reaches both companies: the same filters find them.
    expect((await list(operator, { filter: { endCustomer: "Client de l'autre" } })).map((n) => n.reference)).toContain('OC900002');
  });

  it('sorts where an empty value would, whatever the hidden name: its order tells nothing', async () => {
    const orders = async () => {
      const result: string[][] = [];
      for (const field of ['END_CUSTOMER', 'BILLING_ACCOUNT', 'SITE']) {
        for (const descending of [false, true]) result.push((await list(reseller, { orderBy: { field, descending } })).map((n) => n.reference));
      }
      return result;
    };
    const sql = (text: string) => portal.db.orm.em.getConnection().execute(text);
    await sql("update company set legal_name = 'AAAA' where id = 31");
    await sql("update site set name = 'AAAA' where company_id = 31");
    const first = await orders();
    await sql("update company set legal_name = 'zzzz' where id = 31");
    await sql("update site set name = 'zzzz' where company_id = 31");
    const second = await orders();
    await sql("update company set legal_name = 'Client de l''autre revendeur' where id = 31");
    await sql("update site set name = 'Siège Social' where company_id = 31");
    expect(second).toEqual(first);
    // Ascending, the hidden value sorts first, as an empty name.
    expect(first[0]![0]).toBe('OC900002');
  });
});

describe("an API token's scopes", () => {
  it('limit every path: GraphQL, filters, CSV exports, documents and viewer.user.company', async () => {
    const nodes = await list(offersToken);
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.every((n) => n.endCustomer === null && n.billingAccount === null && n.site.hidden)).toBe(true);
    expect(await list(offersToken, { filter: { endCustomer: 'Méditerran' } })).toEqual([]);
    const rows = await csv(offersToken, '');
    expect(rows.every((r) => r[4] === '' && r[5] === '' && r[6] === '')).toBe(true);
    expect(await csv(offersToken, '?endCustomer=M%C3%A9diterran')).toEqual([]);

    const viewer = await offersToken.gql('{ viewer { user { login company { legalName siren financialStatus } } } }');
    expect(viewer.errors?.map((e) => [e.extensions?.code, (e as { path?: string[] }).path?.join('.')])).toEqual([
      ['FORBIDDEN', 'viewer.user.company.siren'], ['FORBIDDEN', 'viewer.user.company.financialStatus'],
    ]);
    expect(JSON.stringify(viewer.data)).not.toMatch(/732829320|HEALTHY/);
    expect((await offersToken.gql('{ viewer { user { company { legalName } } } }')).data.viewer.user.company.legalName).toBe('Revendeur présentation');

    const invoices = await billingToken.gql('{ invoices(scope: ALL_IN_REACH, first: 1) { edges { node { pdfPath company { legalName } } } } }');
    const pdfPath = invoices.data.invoices.edges[0].node.pdfPath as string;
    expect((await fetch(`${portal.url}${pdfPath}`, { headers: { authorization: `Bearer ${billingToken.bearer}` } })).status).toBe(200);
    expect((await fetch(`${portal.url}${pdfPath}`, { headers: { authorization: `Bearer ${offersToken.bearer}` } })).status).toBe(404);
    expect((await fetch(`${portal.url}/exports/invoices.csv`, { headers: { authorization: `Bearer ${offersToken.bearer}` } })).status).toBe(403);
    const company = await billingToken.gql('{ invoices(scope: ALL_IN_REACH, first: 1) { edges { node { company { siren } } } } }');
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

async function ocId(reference: string): Promise<number> {
  const [row] = (await portal.db.orm.em.getConnection().execute('select id from contracted_offer where reference = ?', [reference])) as { id: number }[];
  return row!.id;
}
