import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 90_000);
afterAll(() => web?.close());

/** Logs in through the page (terms accepted beforehand through the API) and lands on `next`. */
async function logIn(login: string, next = '/entreprise'): Promise<{ page: Page; errors: string[] }> {
  await web.portal.signedIn(login);
  const { page, errors } = await web.page();
  await page.goto(`/auth/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next);
  return { page, errors };
}

/** The texts that describe a field (its hint, counter and error), as a screen reader reads them with it. */
async function describedText(page: Page, label: string | RegExp): Promise<string> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()))).join(' ');
}

/** The id of a delivered OC that `login` sees. */
async function deliveredOc(login: string): Promise<{ id: string; reference: string }> {
  const user = await web.portal.signedIn(login);
  const list = await user.gql('{ contractedOffers(first: 50) { edges { node { id reference state } } } }');
  return list.data.contractedOffers.edges.map((e: { node: { id: string; reference: string; state: string } }) => e.node).find((n: { state: string }) => n.state === 'DELIVERED');
}

describe('input errors are field errors', () => {
  it('"Ajouter un univers revendeur" with its required field empty does not act and says so at the field', async () => {
    const { page, errors } = await logIn('E-0000000001');
    await page.goto('/entreprise/univers');
    const section = page.getByRole('region', { name: 'Ajouter un univers revendeur' });
    await section.getByRole('button', { name: 'Ajouter un univers revendeur' }).click();
    const field = page.getByLabel(/^Identifiant ou référence du client/);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, /^Identifiant ou référence du client/)).toContain('Ce champ est vide : il est obligatoire.');
    expect(await page.getByText('dispose maintenant de l’univers revendeur').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a typo in the customer search shows the server\'s message at its field, not the outage banner', async () => {
    const { page, errors } = await logIn('E-0000000010');
    await page.goto('/entreprise/univers');
    await page.getByRole('button', { name: 'Univers revendeur' }).click();
    await page.getByText('Vous agissez maintenant dans l’univers revendeur.').waitFor();
    await page.goto('/entreprise/clients');
    await page.getByRole('table', { name: 'Clients' }).waitFor();

    await page.getByLabel('Identifiant ou référence').fill('abc');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.getByLabel('Identifiant ou référence').getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, 'Identifiant ou référence')).toContain("L'identifiant est un numéro (44284) ou une référence (OIP-00044284).");
    expect(await page.getByText('Le portail ne répond pas').count()).toBe(0);

    // A "du" after the "au" as well: both messages at once, each at its field.
    await page.getByLabel('Créé(e) du').fill('2019-03-31');
    await page.getByLabel('au', { exact: true }).fill('2019-03-01');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.getByLabel('au', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, 'au')).toContain('La date de fin précède la date de début.');
    expect(await describedText(page, 'Identifiant ou référence')).toContain("L'identifiant est un numéro (44284) ou une référence (OIP-00044284).");
    expect(await page.getByText('Le portail ne répond pas').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the OC list shows every refused filter at its field at once, not the outage banner', async () => {
    const { page, errors } = await logIn('E-0000000010', '/offres');
    await page.getByRole('table', { name: 'Liste des offres contractées' }).waitFor();
    await page.getByLabel('Réf.', { exact: true }).fill('x'.repeat(201));
    await page.getByLabel('Livrée à partir du').fill('31/03/2019');
    await page.getByLabel("Livrée jusqu'au").fill('01/03/2019');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => page.getByLabel("Livrée jusqu'au").getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, "Livrée jusqu'au")).toContain('La date de fin précède la date de début.');
    expect(await describedText(page, 'Réf.')).toContain('Au plus 200 caractères.');
    expect(await page.getByText('Le portail ne répond pas').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a pasted comment over 1000 characters is kept whole and refused with a message, with every other error of the form at once', async () => {
    const oc = await deliveredOc('E-0000000010');
    const { page, errors } = await logIn('E-0000000010', `/offres/${encodeURIComponent(oc.id)}/resiliation`);
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    const long = 'Déménagement. '.repeat(100); // 1400 characters
    await page.getByLabel('Commentaires').fill(long);
    expect((await page.getByLabel('Commentaires').inputValue()).length).toBe(long.length);
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect.poll(() => page.getByLabel('Commentaires').getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(page, 'Commentaires')).toContain(`Les commentaires font ${long.length} caractères : 1000 au plus sont acceptés, raccourcissez-les.`);
    expect(await describedText(page, /^Date de résiliation souhaitée\s*\*?$/)).toContain('La date de résiliation souhaitée manque.');
    expect(await page.getByRole('dialog', { name: 'Confirmer la résiliation' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a read-only or billing user opening /offres/<id>/resiliation directly sees no termination form', async () => {
    for (const login of ['E-0000000026', 'E-0000000025']) {
      const oc = await deliveredOc(login);
      const { page, errors } = await logIn(login, `/offres/${encodeURIComponent(oc.id)}/resiliation`);
      await page.getByText(`Vos droits ne permettent pas de résilier l'offre ${oc.reference}`).waitFor();
      expect(await page.getByRole('button', { name: 'Continuer' }).count()).toBe(0);
      expect(await page.getByLabel(/^Date de résiliation souhaitée/).count()).toBe(0);
      // Nor the bulk form, opened by its address.
      await page.goto(`/offres/resiliation?oc=${encodeURIComponent(oc.id)}`);
      await page.getByText('Vos droits ne permettent de résilier aucune de ces offres').waitFor();
      expect(await page.getByRole('button', { name: 'Continuer' }).count()).toBe(0);
      expect(errors).toEqual([]);
    }
  }, 60_000);
});
