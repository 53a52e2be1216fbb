import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let customerId: string;
let ocs: Record<string, string>;
const RESELLER = 'E-0000000010';

beforeAll(async () => {
  web = await startBrowserPortal();
  const reseller = await web.portal.signedIn(RESELLER);
  const found = await reseller.gql('{ customers(filter: { identifier: "44284" }) { edges { node { id } } } }');
  customerId = found.data.customers.edges[0].node.id;
  const list = await reseller.gql('query($c: ID) { contractedOffers(filter: { companyId: $c }) { edges { node { id reference } } } }', { c: customerId });
  ocs = Object.fromEntries(list.data.contractedOffers.edges.map((e: { node: { id: string; reference: string } }) => [e.node.reference, e.node.id]));
  // A row that says "Résiliation demandée", the longest state of the list.
  const requested = await reseller.gql('mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) { userErrors { code } } }', { input: { contractedOfferId: ocs.OC150943, desiredOn: '2026-12-31' } });
  expect(requested.data.contractedOfferTerminate.userErrors).toEqual([]);
}, 90_000);
afterAll(() => web?.close());

/** Logs in through the page (terms accepted beforehand through the API) and lands on /entreprise. */
async function logIn(login: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  await web.portal.signedIn(login);
  const { page, errors } = await web.page();
  await page.setViewportSize(viewport);
  await page.goto('/auth/login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/entreprise');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, errors };
}

/** Opens a page and waits until it has drawn its heading and nothing is loading any more. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .pui-spinner, main .portal-loading, [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

/** Whether a box's content is wider than the box (something is clipped or scrolls away). */
const overflowing = (page: Page, selector: string) =>
  page.$$eval(selector, (boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => `${b.getAttribute('aria-label') ?? b.className}: ${b.scrollWidth} > ${b.clientWidth}`));

const PAGES = () => [
  '/entreprise', '/entreprise/sites', '/entreprise/sites/nouveau', '/entreprise/utilisateurs', '/entreprise/jetons', '/entreprise/journal', '/entreprise/univers',
  '/entreprise/clients', '/entreprise/clients/nouveau',
  `/entreprise/clients/${encodeURIComponent(customerId)}`, '/facturation/factures', '/facturation/avoirs',
  `/offres?client=${encodeURIComponent(customerId)}`, `/offres/${encodeURIComponent(ocs.OC138637!)}`, `/offres/${encodeURIComponent(ocs.OC138637!)}/resiliation`,
  '/nulle-part',
];

describe('screens a reseller uses every day', () => {
  it('an unknown portal address shows "Page introuvable" in French inside the layout, with the way back (status 404; typed JSON for a program)', async () => {
    const { page, errors } = await logIn(RESELLER);
    const response = await page.goto('/nulle-part/du/tout');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.getByRole('navigation', { name: 'Rubriques du portail' }).waitFor(); // the top bar is there
    await page.getByRole('link', { name: "Retour à l'accueil de votre espace" }).click();
    await page.waitForURL('**/entreprise');
    const program = await page.request.get('/nulle-part', { headers: { accept: 'application/json' } });
    expect(program.status()).toBe(404);
    expect(await program.json()).toEqual({ code: 'NOT_FOUND', message: 'Adresse introuvable.', field: null });
    expect(errors).toEqual([]);
  }, 60_000);

  it('"Ma e-boutique" and "Commander pour mon client" lead to the ordering catalogue, never to a dead page', async () => {
    const { page } = await logIn(RESELLER);
    for (const [path, name] of [['/entreprise', 'Ma e-boutique'], [`/entreprise/clients/${encodeURIComponent(customerId)}`, 'Commander pour mon client']] as const) {
      await open(page, path);
      await page.getByRole('region', { name: 'Liens utiles' }).waitFor();
      await page.getByRole('link', { name: new RegExp(name) }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByText('Page introuvable').count(), path).toBe(0);
      expect(new URL(page.url()).pathname, path).toMatch(/^\/commandes/);
    }
  }, 60_000);

  it('makes the OC reference the link to the OC, and every list fits 1280 px and 1366 px, "Résiliation demandée" included', async () => {
    const { page } = await logIn(RESELLER);
    await open(page, `/offres?client=${encodeURIComponent(customerId)}`);
    const table = page.getByRole('table', { name: 'Liste des offres contractées' });
    await table.getByText('Résiliation demandée').waitFor();
    await table.getByRole('link', { name: 'OC138637', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Offre contractée OC138637' }).waitFor();
    for (const width of [1280, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/entreprise/sites', '/entreprise/utilisateurs', '/entreprise/jetons', '/entreprise/journal', '/facturation/factures', '/facturation/avoirs', `/offres?client=${encodeURIComponent(customerId)}`]) {
        await open(page, path);
        expect(await overflowing(page, '.pui-table-wrap'), `${path} at ${width} px`).toEqual([]);
        expect(await page.evaluate('document.documentElement.scrollWidth'), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, `/offres?client=${encodeURIComponent(customerId)}`);
    const action = page.getByRole('link', { name: "Détail > de l'offre OC150943" });
    const box = (await action.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  }, 120_000);

  it('at 375 px the top bar fits the screen, the cost table can be reached by keyboard, and no page has a serious axe violation, nor on the desktop', async () => {
    const { page, errors } = await logIn(RESELLER, { width: 375, height: 800 });
    const bar = page.locator('.portal-topbar');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    for (const name of ['Entreprise', 'Facturation', 'Offres', 'Commandes']) {
      const tab = (await bar.getByRole('link', { name, exact: true }).boundingBox())!;
      expect(tab.x >= 0 && tab.x + tab.width <= 375, name).toBe(true);
    }
    for (const control of [bar.locator('#portal-universe'), bar.locator('.portal-menu > summary')]) {
      const b = (await control.boundingBox())!;
      expect(b.x >= 0 && b.x + b.width <= 375).toBe(true);
    }
    const violations: Record<string, string[]> = {};
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of PAGES()) {
        await open(page, path);
        if (width === 375) expect(await page.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(375);
        const found = await seriousViolations(page);
        if (found.length) violations[`${width} ${path}`] = found;
      }
    }
    expect(violations).toEqual({});

    // The cost table of a termination: a focusable region that scrolls, its amounts reachable by keyboard.
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, `/offres/resiliation?oc=${encodeURIComponent(ocs.OC94529!)}&oc=${encodeURIComponent(ocs.OC138637!)}`);
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-15');
    const scroll = page.getByRole('region', { name: 'Offres à résilier et coût de chacune' });
    await scroll.getByRole('rowheader', { name: 'Total' }).waitFor();
    expect(await scroll.evaluate((el: any) => el.scrollWidth > el.clientWidth)).toBe(true); // it does scroll at 375 px
    expect(await scroll.getAttribute('tabindex')).toBe('0');
    await scroll.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroll.evaluate((el: any) => el.scrollLeft as number)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 240_000);

  it('gives each page its own document title, the portal a favicon, and centres the top-bar tabs', async () => {
    const { page } = await logIn(RESELLER);
    const titles = new Set<string>();
    for (const path of ['/entreprise', '/entreprise/sites', '/facturation/factures', `/offres?client=${encodeURIComponent(customerId)}`, '/nulle-part']) {
      await open(page, path);
      const h1 = (await page.locator('main h1').first().innerText()).trim();
      await expect.poll(() => page.title(), { message: path }).toBe(`${h1} – Espace client`);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(5);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    const tabs = (await page.getByRole('navigation', { name: 'Rubriques du portail' }).boundingBox())!;
    expect(Math.abs(tabs.x + tabs.width / 2 - 640)).toBeLessThanOrEqual(2);
  }, 60_000);

  it('hides the administrators\' sub-navigation from a user who is not one', async () => {
    const { page } = await logIn('E-0000000026'); // read-only
    const nav = page.getByRole('navigation', { name: 'Ma société' });
    await nav.getByRole('link', { name: 'Sites' }).waitFor();
    for (const name of ['Utilisateurs et droits', "Jetons d'API", 'Journal']) expect(await nav.getByRole('link', { name }).count(), name).toBe(0);
    const { page: admin } = await logIn('E-0000000024');
    const adminNav = admin.getByRole('navigation', { name: 'Ma société' });
    await adminNav.getByRole('link', { name: 'Utilisateurs et droits' }).waitFor();
  }, 60_000);

  it('remembers the chosen universe per user across logins, on another browser too', async () => {
    const { page } = await logIn('E-0000000011'); // reseller staff: client and reseller universes
    await expect.poll(() => page.locator('#portal-universe').inputValue()).toBe('CLIENT');
    await page.locator('#portal-universe').selectOption('RESELLER');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => page.locator('#portal-universe').inputValue()).toBe('RESELLER');
    await page.reload(); // chosen on the server, not only in the page
    await expect.poll(() => page.locator('#portal-universe').inputValue()).toBe('RESELLER');
    await page.goto('/auth/logout'); // "Se déconnecter"
    await page.waitForURL('**/auth/login');

    const { page: elsewhere } = await logIn('E-0000000011'); // a fresh browser context
    await expect.poll(() => elsewhere.locator('#portal-universe').inputValue()).toBe('RESELLER');
  }, 60_000);

  it('shows on the OC detail the history of termination requests and withdrawals, who did each and when', async () => {
    const adv = await web.portal.signedIn('E-0000000011'); // Charlotte Martin requests…
    const terminate = 'mutation($input: ContractedOfferTerminateInput!) { contractedOfferTerminate(input: $input) { userErrors { code } } }';
    expect((await adv.gql(terminate, { input: { contractedOfferId: ocs.OC94529, desiredOn: '2026-12-15', comments: 'Erreur de saisie' } })).data.contractedOfferTerminate.userErrors).toEqual([]);
    const admin = await web.portal.signedIn(RESELLER); // …Romain Revendeur withdraws
    const withdraw = 'mutation($input: ContractedOfferTerminationWithdrawInput!) { contractedOfferTerminationWithdraw(input: $input) { userErrors { code } } }';
    expect((await admin.gql(withdraw, { input: { contractedOfferId: ocs.OC94529 } })).data.contractedOfferTerminationWithdraw.userErrors).toEqual([]);

    const { page, errors } = await logIn(RESELLER);
    await open(page, `/offres/${encodeURIComponent(ocs.OC94529!)}`);
    const history = page.getByRole('region', { name: 'Historique des résiliations' });
    const row = history.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.first().innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}(:\d{2})? par Charlotte Martin/);
    expect(text).toContain('15/12/2026 → 15/01/2027');
    expect(text).toContain('Annulée');
    expect(text).toMatch(/le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}(:\d{2})? par Romain Revendeur/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('lets an administrator resend a setup link from the users list; the old link, once spent, leads to "Mot de passe oublié ?"', async () => {
    const admin = await web.portal.signedIn('E-0000000024');
    const me = await admin.gql('{ viewer { user { company { id } } } }');
    const created = await admin.gql('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { login } userErrors { code } } }', {
      input: { companyId: me.data.viewer.user.company.id, firstName: 'Samuel', lastName: 'Samedi', email: 'samuel.samedi@client1.example', roles: ['READ_ONLY'] },
    });
    expect(created.data.userCreate.userErrors).toEqual([]);
    const linkOf = (text: string) => new URL(/https?:\/\/\S+\/auth\/password\?token=\S+/.exec(text)![0]).pathname + new URL(/https?:\/\/\S+\/auth\/password\?token=\S+/.exec(text)![0]).search;
    const first = linkOf((await web.portal.smtp.waitFor('samuel.samedi@client1.example')).text);

    const { page, errors } = await logIn('E-0000000024');
    await open(page, '/entreprise/utilisateurs');
    await page.getByRole('button', { name: "Renvoyer le lien d'initialisation Samuel Samedi" }).click();
    await page.getByText("Un nouveau lien d'initialisation du mot de passe est envoyé à Samuel Samedi (samuel.samedi@client1.example)").waitFor();
    await expect.poll(() => web.portal.smtp.to('samuel.samedi@client1.example').length).toBe(2);
    const second = linkOf(web.portal.smtp.to('samuel.samedi@client1.example')[1]!.text);
    expect(second).not.toBe(first);
    // Only someone waiting for their password gets the button.
    expect(await page.getByRole('button', { name: "Renvoyer le lien d'initialisation Claire Client" }).count()).toBe(0);

    // The first link no longer works: the page says so and leads to "Mot de passe oublié ?".
    const { page: visitor } = await web.page();
    await visitor.goto(first);
    await visitor.getByLabel('Créez votre mot de passe').fill('Samedi-Matin-2026!');
    await visitor.getByLabel('Confirmez votre mot de passe').fill('Samedi-Matin-2026!');
    await visitor.getByRole('button', { name: 'Valider' }).click();
    await visitor.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await visitor.waitForURL('**/auth/forgot');
    expect(errors).toEqual([]);
  }, 60_000);

  it('has one date input style in every area, in the user\'s language, and shows dates as jj/mm/aaaa, never ISO', async () => {
    const { page, errors } = await logIn(RESELLER);
    await page.goto('/entreprise/univers');
    await page.getByRole('button', { name: 'Univers revendeur' }).click();
    await page.getByText('Vous agissez maintenant dans l’univers revendeur.').waitFor();
    const fields: [string, RegExp][] = [
      ['/entreprise/clients', /^Créé\(e\) du/],
      ['/facturation/factures', /^Date d’émission, du/],
      [`/offres?client=${encodeURIComponent(customerId)}`, /^Livrée à partir du/],
      [`/offres/${encodeURIComponent(ocs.OC138637!)}/resiliation`, /^Date de résiliation souhaitée\s*\*?$/],
    ];
    for (const [path, label] of fields) {
      await open(page, path);
      const input = page.getByLabel(label);
      expect(await input.getAttribute('type'), path).toBe('text');
      expect(await input.getAttribute('placeholder'), path).toBe('jj/mm/aaaa');
      expect(await input.getAttribute('inputmode'), path).toBe('numeric');
      // A day that does not exist is refused at the field as soon as the user leaves it.
      await input.fill('31/02/2026');
      await input.blur();
      await expect.poll(() => input.getAttribute('aria-invalid'), { message: path }).toBe('true');
      await input.fill('15/12/2026');
      await input.blur();
      expect(await input.inputValue(), path).toBe('15/12/2026');
      // Dates on the screen read jj/mm/aaaa.
      expect((await page.locator('main').innerText()).match(/\b\d{4}-\d{2}-\d{2}\b/g), path).toBeNull();
    }
    // In English: the same field, its format in English.
    await page.goto(`/offres/${encodeURIComponent(ocs.OC138637!)}/resiliation?lang=en`);
    const english = page.getByLabel(/^Desired termination date\s*\*?$/);
    await english.waitFor();
    expect(await english.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    expect(errors).toEqual([]);
  }, 90_000);
});
