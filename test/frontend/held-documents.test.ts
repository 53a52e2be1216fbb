import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMonthlyBilling } from '@portal/billing';
import { addCustomerWithoutElectronicAddress } from '../billing/fixtures.js';
import { seriousViolations, signInThroughPage, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
const sql = (text: string) => web.portal.db.orm.em.getConnection().execute(text);

beforeAll(async () => {
  web = await startBrowserPortal();
  // A customer of the reseller without an e-invoicing address, with an OC from 1 December 2026:
  // the December run holds its invoice (BR-FR-12).
  await addCustomerWithoutElectronicAddress(web.portal.db.orm.em.fork());
  await runMonthlyBilling(web.portal.db.orm.em.fork(), { period: '2026-12', now: web.portal.clock.now });
}, 90_000);
afterAll(async () => {
  await web?.close();
});

const signIn = (login: string, next: string) => signInThroughPage(web, login, next);

describe('held documents screen of the operator, in Chromium', () => {
  it('lists the held invoice with its rule number, refuses to issue it while the data is wrong, and issues it with a number once fixed', async () => {
    const { page, errors } = await signIn('E-0000000001', '/facturation');
    await page.getByRole('heading', { level: 1, name: 'Consultation des factures' }).waitFor();
    await page.getByRole('navigation', { name: 'Facturation' }).getByRole('link', { name: 'Documents en attente' }).click();
    await page.waitForURL('**/facturation/en-attente');
    await page.getByRole('heading', { level: 1, name: 'Documents en attente' }).waitFor();
    const reasons = page.getByRole('list', { name: 'Motifs du document de Client sans adresse' });
    await reasons.waitFor();
    expect(await reasons.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^BR-FR-12 — L’?'?adresse électronique de facturation/)]);
    const row = page.getByRole('table', { name: 'Documents en attente de validation' }).locator('tbody tr', { hasText: 'OIP-00003001' });
    expect(await row.innerText()).toContain('Facture mensuelle');
    expect(await page.getByText('Documents en attente : 1').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Émettre le document de Client sans adresse' }).click();
    await expect.poll(() => row.locator('.pui-alert, [role="alert"]').first().innerText().catch(() => '')).toContain('BR-FR-12');

    await sql(`update company set electronic_address = '930001000' where id = 3001`);
    await page.getByRole('button', { name: 'Émettre le document de Client sans adresse' }).click();
    await expect.poll(() => page.getByText(/^Facture F-2026-\d{6} émise pour Client sans adresse\.$/).count()).toBe(1);
    await page.getByText('Aucun document en attente.').waitFor();
    const [issued] = (await sql(`select number from invoice where billed_company_id = 3001`)) as { number: string }[];
    expect(await page.getByText(`Facture ${issued!.number} émise pour Client sans adresse.`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps the screen to the operator universe: a customer gets no tab and a notice, not the list', async () => {
    const { page, errors } = await signIn('E-0000000024', '/facturation/en-attente');
    await page.getByRole('heading', { level: 1, name: 'Documents en attente' }).waitFor();
    await page.getByText('Les documents en attente sont traités par l’opérateur').waitFor();
    expect(await page.getByRole('table', { name: 'Documents en attente de validation' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Facturation' }).getByRole('link', { name: 'Documents en attente' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
