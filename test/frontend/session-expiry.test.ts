import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let customerId: string;
const RESELLER = 'E-0000000010';
const OC_STATE = 'query($id: ID!) { contractedOffer(id: $id) { state termination { state } } }';

beforeAll(async () => {
  web = await startBrowserPortal();
  const reseller = await web.portal.signedIn(RESELLER);
  const found = await reseller.gql('{ customers(filter: { identifier: "44284" }) { edges { node { id } } } }');
  customerId = found.data.customers.edges[0].node.id;
}, 90_000);
afterAll(() => web?.close());

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Identifiant').fill(RESELLER);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** The id of OC `reference` of customer 44284, through the API. */
async function ocId(reference: string): Promise<string> {
  const reseller = await web.portal.signedIn(RESELLER);
  const list = await reseller.gql('query($c: ID) { contractedOffers(filter: { companyId: $c }) { edges { node { id reference } } } }', { c: customerId });
  return list.data.contractedOffers.edges.map((e: { node: { id: string; reference: string } }) => e.node).find((n: { reference: string }) => n.reference === reference).id;
}

describe('an ended session is not an outage', () => {
  it('sends the user to the login page with the page as next, says why, and gives back the termination form as typed (also after a reload)', async () => {
    const { page, errors } = await web.page();
    const id = await ocId('OC150943');
    const formPath = `/offres/${encodeURIComponent(id)}/resiliation`;
    await page.goto(`/auth/login?next=${encodeURIComponent(formPath)}`);
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    await page.getByLabel('Commentaires').fill('Le client déménage à Lyon.');

    // The session ends (idle timeout, logout elsewhere, deleted cookie): the next request (the
    // quote of the date typed) says so.
    await page.context().clearCookies();
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-20');
    await page.waitForURL((url) => url.pathname === '/auth/login');
    const url = new URL(page.url());
    expect(url.searchParams.get('next')).toBe(formPath);
    await page.getByText('Votre session a pris fin. Reconnectez-vous').waitFor();
    expect(await page.getByText('Le portail ne répond pas').count()).toBe(0);

    await signIn(page);
    await page.waitForURL((u) => u.pathname === formPath);
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    await expect.poll(() => page.getByLabel('Commentaires').inputValue()).toBe('Le client déménage à Lyon.');
    expect(await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).inputValue()).toBe('20/12/2026'); // given back, shown as jj/mm/aaaa

    await page.reload();
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    await expect.poll(() => page.getByLabel('Commentaires').inputValue()).toBe('Le client déménage à Lyon.');
    expect(errors).toEqual([]);
  }, 90_000);

  it('after a confirm refused because the session ended, says plainly that nothing was recorded', async () => {
    const { page, errors } = await web.page();
    const id = await ocId('OC94529');
    const formPath = `/offres/${encodeURIComponent(id)}/resiliation`;
    await page.goto(`/auth/login?next=${encodeURIComponent(formPath)}`);
    await signIn(page);
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-20');
    await page.getByRole('region', { name: 'Coût de la résiliation' }).waitFor();
    await page.getByRole('button', { name: 'Continuer' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la résiliation' });
    await confirmation.waitFor();

    await page.context().clearCookies();
    await confirmation.getByRole('button', { name: 'Confirmer la résiliation' }).click();
    await page.waitForURL((url) => url.pathname === '/auth/login');
    await page.getByText("Votre dernière action n'a pas été enregistrée : rien n'a été modifié.").waitFor();
    const reseller = await web.portal.signedIn(RESELLER);
    expect((await reseller.gql(OC_STATE, { id })).data.contractedOffer).toMatchObject({ state: 'DELIVERED', termination: null });

    await signIn(page);
    await page.waitForURL((u) => u.pathname === formPath);
    expect(await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).inputValue()).toBe('20/12/2026'); // given back, shown as jj/mm/aaaa
    expect(errors).toEqual([]);
  }, 90_000);

  it('gives back the bulk termination form as typed after the session ended and the login', async () => {
    const { page, errors } = await web.page();
    const bulkPath = `/offres/resiliation?oc=${encodeURIComponent(await ocId('OC138637'))}&oc=${encodeURIComponent(await ocId('OC150943'))}`;
    await page.goto(`/auth/login?next=${encodeURIComponent(bulkPath)}`);
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Résilier plusieurs offres contractées' }).waitFor();
    await page.getByLabel('Commentaires').fill('Fermeture du site de Lille.');
    await page.context().clearCookies();
    // A new date asks for its quote: the gateway says the session ended.
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-20');
    await page.waitForURL((url) => url.pathname === '/auth/login');
    await signIn(page);
    await page.waitForURL((u) => `${u.pathname}${u.search}` === bulkPath);
    await expect.poll(() => page.getByLabel('Commentaires').inputValue()).toBe('Fermeture du site de Lille.');
    expect(await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).inputValue()).toBe('20/12/2026');
    expect(errors).toEqual([]);
  }, 90_000);
});
