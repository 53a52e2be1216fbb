import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestPortal } from '../support/gateway.js';
import { CUSTOMER_44284, SUBMIT, orderRowCounts, startResellerPortal } from './fixtures.js';

let portal: TestPortal;
let reseller: Client; // E-0000000010, reseller of 44284
let lille: string;
beforeAll(async () => {
  ({ portal, reseller, lille } = await startResellerPortal());
}, 120_000);
afterAll(() => portal?.close());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params) as Promise<T[]>;
const siteCount = async () => (await sql<{ n: number }>('select count(*)::int as n from site'))[0]!.n;
const MARSEILLE = { name: 'Agence de Marseille', addressLine1: '12 quai du Port', postalCode: '13002', city: 'Marseille' };
const line = (site: Record<string, unknown>) => ({ offerCode: 'FIBRE-PRO', optionCodes: ['BACKUP-4G'], ...site });
const submit = (client: Client, lines: unknown[], key?: string) => client.gql(SUBMIT, { input: { order: { companyId: CUSTOMER_44284, lines }, ...(key ? { idempotencyKey: key } : {}) } });

describe('a new site in the ordering step', () => {
  it('refuses a bad address, both or neither of siteId and newSite, with typed errors at the field and nothing written', async () => {
    const before = { sites: await siteCount(), rows: await orderRowCounts(portal) };
    const refused = (await submit(reseller, [
      line({ newSite: { ...MARSEILLE, postalCode: '1300', city: ' ' } }),
      line({ siteId: lille, newSite: MARSEILLE }),
      line({}),
    ])).data.orderSubmit;
    expect(refused.order).toBeNull();
    expect(refused.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'order', 'lines', '0', 'newSite', 'city'] },
      { code: 'POSTAL_CODE_INVALID', field: ['input', 'order', 'lines', '0', 'newSite', 'postalCode'] },
      { code: 'SITE_AMBIGUOUS', field: ['input', 'order', 'lines', '1', 'newSite'] },
      { code: 'SITE_REQUIRED', field: ['input', 'order', 'lines', '2', 'siteId'] },
    ]);
    // A valid new site beside a refused line: the site is not written either.
    const other = (await submit(reseller, [line({ newSite: MARSEILLE }), { offerCode: 'NOPE', siteId: lille }])).data.orderSubmit;
    expect(other.userErrors).toEqual([{ code: 'UNKNOWN_OFFER', field: ['input', 'order', 'lines', '1', 'offerCode'] }]);
    expect({ sites: await siteCount(), rows: await orderRowCounts(portal) }).toEqual(before);
  });

  it("is refused for another reseller's customer exactly as for an unknown company, writing no site", async () => {
    const before = await siteCount();
    const other = await portal.signedIn('E-0000000030');
    expect((await submit(other, [line({ newSite: MARSEILLE })])).data.orderSubmit).toEqual({ order: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'order', 'companyId'] }] });
    expect(await siteCount()).toBe(before);
  });

  it("creates the site in the customer's company with the order, and the line and its OC are at that site; submitted twice, one site", async () => {
    const placed = (await submit(reseller, [line({ newSite: { ...MARSEILLE, addressLine2: 'Bâtiment B' } })], 'new-site-1')).data.orderSubmit;
    expect(placed.userErrors).toEqual([]);
    const again = (await submit(reseller, [line({ newSite: { ...MARSEILLE, addressLine2: 'Bâtiment B' } })], 'new-site-1')).data.orderSubmit;
    expect(again.order.id).toBe(placed.order.id);
    const sites = await sql(`select s.company_id, s.name, s.address_line2, s.postal_code, s.city, s.country, s.is_head_office, s.state from site s where s.name = ?`, [MARSEILLE.name]);
    expect(sites).toEqual([{ company_id: 44284, name: 'Agence de Marseille', address_line2: 'Bâtiment B', postal_code: '13002', city: 'Marseille', country: 'FR', is_head_office: false, state: 'ACTIVE' }]);
    const [oc] = await sql(`select s.name from contracted_offer oc join site s on s.id = oc.site_id where oc.reference = ?`, [placed.order.lines[0].contractedOfferReference]);
    expect(oc).toEqual({ name: 'Agence de Marseille' });
    const detail = (await reseller.gql(`query($id: ID!) { order(id: $id) { lines { siteName } } }`, { id: placed.order.id })).data.order;
    expect(detail.lines).toEqual([{ siteName: 'Agence de Marseille' }]);
  });
});
