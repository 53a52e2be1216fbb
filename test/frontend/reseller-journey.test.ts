import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 60_000);
afterAll(() => web?.close());

/**
 * The MyOpenIP guide's journey, end to end across three micro-frontends (auth, company, offers):
 * from the login page to the termination of one of customer 44284's contracted offers, and back.
 */
describe('the reseller journey of the source, across the portal', () => {
  it('logs in, chooses the reseller universe, finds 44284, opens its OCs, terminates one with its exact cost, then withdraws it', async () => {
    const { page, errors } = await web.page();
    await page.goto('/');
    await page.waitForURL('**/auth/login');
    await page.getByLabel('Identifiant').fill('E-0000000010');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const terms = page.getByRole('dialog', { name: "Conditions d'utilisation" });
    await terms.getByRole('checkbox').check();
    await terms.getByRole('button', { name: 'Valider' }).click();

    // Ma société, then "Choisissez votre univers".
    await page.getByRole('heading', { name: 'Ma société', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Ma société' }).getByRole('link', { name: 'Univers' }).click();
    await page.getByRole('button', { name: 'Univers revendeur' }).click();
    await expect.poll(() => page.locator('#portal-universe').inputValue()).toBe('RESELLER');

    // The customer search with the filters, then "Consulter >".
    await page.getByRole('link', { name: 'Rechercher un client' }).click();
    await page.getByLabel('Identifiant ou référence').fill('44284');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const customers = page.getByRole('table', { name: 'Clients' }).locator('tbody tr');
    await expect.poll(() => customers.count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await customers.first().getByRole('link', { name: /Consulter/ }).click();
    await page.getByRole('heading', { name: 'Univers client — Société Méditerranéenne de Téléphonie' }).waitFor();

    // "Voir les offres contractées >": the offers area takes over, for this customer.
    await page.getByRole('region', { name: 'Liens utiles' }).getByRole('link', { name: /Voir les offres contractées/ }).click();
    await page.waitForURL('**/offres?client=*');
    await page.getByRole('heading', { level: 1, name: 'Offres contractées de Société Méditerranéenne de Téléphonie' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Rubriques du portail' }).getByRole('link', { name: 'Offres' }).getAttribute('aria-current')).toBe('page');
    expect(await seriousViolations(page)).toEqual([]);

    // "Détail >", then the red bin.
    await page.getByRole('link', { name: "Détail > de l'offre OC138637" }).click();
    await page.getByRole('heading', { level: 1, name: 'Offre contractée OC138637' }).waitFor();
    await page.getByRole('link', { name: "Résilier l'offre contractée" }).click();
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-15');
    await expect.poll(() => page.locator('#oc-effective').innerText()).toBe('15/01/2027');
    const cost = page.getByRole('region', { name: 'Coût de la résiliation' });
    await cost.getByText(/€/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('dialog', { name: 'Confirmer la résiliation' }).getByRole('button', { name: 'Confirmer la résiliation' }).click();

    // The OC shows the termination requested; it is withdrawn.
    await page.getByText("La résiliation de l'offre OC138637 est demandée : fin de service le 15/01/2027.").waitFor();
    await page.getByRole('button', { name: 'Annuler la demande de résiliation' }).click();
    await page.getByRole('dialog', { name: 'Annuler la demande de résiliation ?' }).getByRole('button', { name: 'Annuler la résiliation' }).click();
    await page.getByText('La demande de résiliation est annulée').waitFor();
    await expect.poll(() => page.getByRole('link', { name: "Résilier l'offre contractée" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
