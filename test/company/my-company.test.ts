import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
let admin: Client;
beforeAll(async () => {
  portal = await startTestPortal();
  admin = await portal.signedIn('E-0000000024');
});
afterAll(() => portal?.close());

const C24 = toGlobalId('Company', 24);
const UPDATE = `mutation($input: CompanyUpdateInput!) { companyUpdate(input: $input) { company { comment website financialStatus } userErrors { code field } } }`;
const SITES = `query($id: ID!, $closed: Boolean) { company(id: $id) { sites(includeClosed: $closed) { id name isHeadOffice state iban ibanMasked bic paymentMethod sepaMandateReference } } }`;
const SITE_CREATE = `mutation($input: SiteCreateInput!) { siteCreate(input: $input) { site { id name isHeadOffice iban } userErrors { code field } } }`;
const SITE_UPDATE = `mutation($input: SiteUpdateInput!) { siteUpdate(input: $input) { site { id name isHeadOffice iban } userErrors { code field } } }`;
const SITE_CLOSE = `mutation($input: SiteCloseInput!) { siteClose(input: $input) { site { state } userErrors { code field } } }`;

describe('Ma société', () => {
  it('shows every field of the "Informations" block', async () => {
    const res = await admin.gql(`{ myCompany { id reference number legalName siren legalForm state financialStatus guaranteeType comment website createdAt universes } }`);
    expect(res.data.myCompany).toEqual({
      id: C24, reference: 'OIP-00000024', number: 24, legalName: 'Client 1 du revendeur présentation', siren: '895556553',
      legalForm: 'EI', state: 'ACTIVE', financialStatus: 'HEALTHY', guaranteeType: 'NONE', comment: null, website: null,
      createdAt: '2017-01-12T10:01:00.000Z', universes: ['CLIENT'],
    });
  });

  it('lets an administrator edit the comment and website, and refuses provider-only fields', async () => {
    const ok = await admin.gql(UPDATE, { input: { companyId: C24, comment: 'Client historique', website: 'https://client1.example' } });
    expect(ok.data.companyUpdate).toEqual({ company: { comment: 'Client historique', website: 'https://client1.example', financialStatus: 'HEALTHY' }, userErrors: [] });
    const refused = await admin.gql(UPDATE, { input: { companyId: C24, siren: '732829320', financialStatus: 'WATCH', guaranteeType: 'DEPOSIT' } });
    expect(refused.data.companyUpdate.userErrors).toEqual([
      { code: 'PROVIDER_ONLY', field: ['input', 'siren'] },
      { code: 'PROVIDER_ONLY', field: ['input', 'financialStatus'] },
      { code: 'PROVIDER_ONLY', field: ['input', 'guaranteeType'] },
    ]);
    const bad = await admin.gql(UPDATE, { input: { companyId: C24, website: 'pas une adresse' } });
    expect(bad.data.companyUpdate.userErrors).toEqual([{ code: 'WEBSITE_INVALID', field: ['input', 'website'] }]);
    expect((await admin.gql('{ myCompany { financialStatus website } }')).data.myCompany).toEqual({ financialStatus: 'HEALTHY', website: 'https://client1.example' });
  });

  it("lets the operator above change the financial status, and not the reseller in between", async () => {
    const reseller = await portal.signedIn('E-0000000010');
    const r = await reseller.gql(UPDATE, { input: { companyId: C24, financialStatus: 'WATCH' } });
    expect(r.data.companyUpdate.userErrors).toEqual([{ code: 'PROVIDER_ONLY', field: ['input', 'financialStatus'] }]);
    const operator = await portal.signedIn('E-0000000001');
    const o = await operator.gql(UPDATE, { input: { companyId: C24, financialStatus: 'WATCH', guaranteeType: 'DEPOSIT' } });
    expect(o.data.companyUpdate.userErrors).toEqual([]);
    expect(o.data.companyUpdate.company.financialStatus).toBe('WATCH');
  });

  it('refuses changes to read-only users', async () => {
    const reader = await portal.signedIn('E-0000000026');
    const res = await reader.gql(UPDATE, { input: { companyId: C24, comment: 'x' } });
    expect(res.data.companyUpdate.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'companyId'] }]);
  });
});

describe('sites and payment details', () => {
  it('lists the sites, head office first, with the IBAN, the BIC and the SEPA mandate reference masked except for administrators and billing users', async () => {
    const sites = (await admin.gql(SITES, { id: C24 })).data.company.sites;
    expect(sites.map((s: { name: string }) => s.name)).toEqual(['Siège Social', 'Site de Clichy']);
    expect(sites[0]).toMatchObject({ isHeadOffice: true, iban: 'FR7630006000011234567890189', ibanMasked: false, paymentMethod: 'SEPA_DIRECT_DEBIT', sepaMandateReference: 'RUM-C24-0001' });
    const billing = await portal.signedIn('E-0000000025');
    expect((await billing.gql(SITES, { id: C24 })).data.company.sites[0]).toMatchObject({ iban: 'FR7630006000011234567890189', bic: 'BNPAFRPPXXX', sepaMandateReference: 'RUM-C24-0001' });
    const reader = await portal.signedIn('E-0000000026');
    expect((await reader.gql(SITES, { id: C24 })).data.company.sites[0]).toMatchObject({ iban: 'FR76 **** **** 0189', ibanMasked: true, bic: 'BNPA*******', sepaMandateReference: '********0001' });
    // The same everywhere a site appears: the site of an OC, the site of a service.
    const oc = await reader.gql('{ contractedOffers(first: 10) { edges { node { site { iban bic sepaMandateReference } services { site { bic sepaMandateReference } } } } } }');
    const text = JSON.stringify(oc.data);
    expect(text).toContain('BNPA*******');
    expect(text).not.toMatch(/BNPAFRPPXXX|RUM-C24-0001|FR7630006000011234567890189/);
  });

  it('checks IBAN, BIC and SEPA mandate at the field, writing nothing', async () => {
    const base = { companyId: C24, name: 'Site de Lyon', addressLine1: '1 rue', postalCode: '69001', city: 'Lyon' };
    const res = await admin.gql(SITE_CREATE, { input: { ...base, paymentMethod: 'SEPA_DIRECT_DEBIT', iban: 'FR76 3000 6000 0112 3456 7890 188', bic: 'BNP' } });
    expect(res.data.siteCreate.userErrors).toEqual([
      { code: 'IBAN_INVALID', field: ['input', 'iban'] },
      { code: 'BIC_INVALID', field: ['input', 'bic'] },
      { code: 'REQUIRED', field: ['input', 'sepaMandateReference'] },
    ]);
    const missing = await admin.gql(SITE_CREATE, { input: { companyId: C24, name: '', postalCode: '6900' } });
    expect(missing.data.siteCreate.userErrors.map((e: { field: string[] }) => e.field[1])).toEqual(['name', 'addressLine1', 'city', 'postalCode']);
    expect((await admin.gql(SITES, { id: C24 })).data.company.sites).toHaveLength(2);
  });

  it('creates a site ("Nouveau site"), moves the head office to it, and keeps one head office', async () => {
    const created = await admin.gql(SITE_CREATE, {
      input: { companyId: C24, name: 'Site de Lyon', addressLine1: '1 rue de la Barre', postalCode: '69002', city: 'Lyon', paymentMethod: 'SEPA_DIRECT_DEBIT', iban: 'fr14 2004 1010 0505 0001 3M02 606', bic: 'psstfrppxxx', sepaMandateReference: 'RUM-LYON' },
    });
    expect(created.data.siteCreate.userErrors).toEqual([]);
    expect(created.data.siteCreate.site).toMatchObject({ isHeadOffice: false, iban: 'FR1420041010050500013M02606' });
    const lyon = created.data.siteCreate.site.id;
    const moved = await admin.gql(SITE_UPDATE, { input: { siteId: lyon, isHeadOffice: true } });
    expect(moved.data.siteUpdate.site.isHeadOffice).toBe(true);
    const sites = (await admin.gql(SITES, { id: C24 })).data.company.sites;
    expect(sites.filter((s: { isHeadOffice: boolean }) => s.isHeadOffice).map((s: { name: string }) => s.name)).toEqual(['Site de Lyon']);

    const closeHead = await admin.gql(SITE_CLOSE, { input: { siteId: lyon } });
    expect(closeHead.data.siteClose.userErrors).toEqual([{ code: 'HEAD_OFFICE_REQUIRED', field: ['input', 'siteId'] }]);
    const clichy = sites.find((s: { name: string }) => s.name === 'Site de Clichy').id;
    expect((await admin.gql(SITE_CLOSE, { input: { siteId: clichy } })).data.siteClose).toEqual({ site: { state: 'CLOSED' }, userErrors: [] });
    expect((await admin.gql(SITES, { id: C24 })).data.company.sites).toHaveLength(2);
    expect((await admin.gql(SITES, { id: C24, closed: true })).data.company.sites).toHaveLength(3);
  });

  it('lets a billing user change payment details but not the address', async () => {
    const billing = await portal.signedIn('E-0000000025');
    const head = (await billing.gql(SITES, { id: C24 })).data.company.sites[0].id;
    const pay = await billing.gql(SITE_UPDATE, { input: { siteId: head, paymentMethod: 'TRANSFER' } });
    expect(pay.data.siteUpdate.userErrors).toEqual([]);
    const address = await billing.gql(SITE_UPDATE, { input: { siteId: head, city: 'Paris' } });
    expect(address.data.siteUpdate.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'siteId'] }]);
  });

  it('answers "not found" for a site out of reach', async () => {
    const other = await portal.signedIn('E-0000000030');
    const theirs = (await other.gql(SITES, { id: toGlobalId('Company', 31) })).data.company.sites[0].id;
    const res = await admin.gql(SITE_UPDATE, { input: { siteId: theirs, name: 'Piraté' } });
    expect(res.data.siteUpdate.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'siteId'] }]);
  });
});

describe('contacts', () => {
  it('are created, edited and deleted by administrators', async () => {
    const created = await admin.gql(`mutation { contactCreate(input: { companyId: "${C24}", firstName: "Jeanne", lastName: "Compta", function: "Facturation", email: "compta@client1.example" }) { contact { id function } userErrors { code field } } }`);
    const id = created.data.contactCreate.contact.id;
    const bad = await admin.gql(`mutation { contactUpdate(input: { contactId: "${id}", email: "faux" }) { userErrors { code field } } }`);
    expect(bad.data.contactUpdate.userErrors).toEqual([{ code: 'EMAIL_INVALID', field: ['input', 'email'] }]);
    await admin.gql(`mutation { contactUpdate(input: { contactId: "${id}", phone: "+33 4 72 00 00 00" }) { userErrors { code } } }`);
    expect((await admin.gql('{ myCompany { contacts { firstName phone } } }')).data.myCompany.contacts).toEqual([{ firstName: 'Jeanne', phone: '+33 4 72 00 00 00' }]);
    const del = await admin.gql(`mutation { contactDelete(input: { contactId: "${id}" }) { deletedContactId userErrors { code } } }`);
    expect(del.data.contactDelete).toEqual({ deletedContactId: id, userErrors: [] });
  });
});

describe('universes', () => {
  it('lists the universes held and lets the user choose the one in force', async () => {
    const reseller = await portal.signedIn('E-0000000010');
    expect((await reseller.gql('{ viewer { universes actingUniverse } }')).data.viewer).toEqual({ universes: ['CLIENT', 'RESELLER'], actingUniverse: 'CLIENT' });
    const chosen = await reseller.gql('mutation { universeChoose(input: { universe: RESELLER }) { viewer { actingUniverse } userErrors { code } } }');
    expect(chosen.data.universeChoose).toEqual({ viewer: { actingUniverse: 'RESELLER' }, userErrors: [] });
    expect((await reseller.gql('{ viewer { actingUniverse } }')).data.viewer.actingUniverse).toBe('RESELLER');
    const refused = await admin.gql('mutation { universeChoose(input: { universe: OPERATOR }) { userErrors { code field } } }');
    expect(refused.data.universeChoose.userErrors).toEqual([{ code: 'UNIVERSE_NOT_HELD', field: ['input', 'universe'] }]);
  });

  it('"Ajouter un univers revendeur" is the operator\'s right, not the reseller\'s', async () => {
    const add = `mutation { universeAddReseller(input: { companyId: "${toGlobalId('Company', 44284)}" }) { company { universes } userErrors { code field } } }`;
    const reseller = await portal.signedIn('E-0000000010');
    expect((await reseller.gql(add)).data.universeAddReseller.userErrors).toEqual([{ code: 'PROVIDER_ONLY', field: ['input', 'companyId'] }]);
    const operator = await portal.signedIn('E-0000000001');
    expect((await operator.gql(add)).data.universeAddReseller).toEqual({ company: { universes: ['CLIENT', 'RESELLER'] }, userErrors: [] });
  });
});
