import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runMonthlyBilling } from '@portal/billing';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { PORTED, PORTED_RIO } from '../orders/fixtures.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 90_000);
afterAll(() => web?.close());

async function signIn(page: Page, login: string, next: string): Promise<void> {
  await page.goto(`/auth/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const terms = page.getByRole('button', { name: 'Valider' });
  await Promise.race([page.waitForURL((url) => `${url.pathname}${url.search}` === next), terms.waitFor().then(async () => {
    await page.getByRole('checkbox').check();
    await terms.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === next);
  })]);
}

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s/g, ' ');
const squash = (text: string) => text.replace(/\s/g, ' ');

describe('ordering in the shell, in Chromium', () => {
  it('a reseller orders fibre with 4G backup and two numbers for 44284, sees the cost, confirms; the desk delivers; the OC and its first invoice follow', async () => {
    const { page, errors } = await web.page();
    await signIn(page, 'E-0000000010', '/commandes/nouvelle?client=OIP-00044284');
    await page.getByRole('heading', { level: 1, name: 'Commander pour Société Méditerranéenne de Téléphonie' }).waitFor();

    await page.getByLabel('Offre', { exact: true }).selectOption('FIBRE-PRO');
    await page.getByLabel(/Secours 4G/).check();
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await page.getByLabel('Offre', { exact: true }).selectOption('PORTA-NUM');
    await page.getByRole('button', { name: 'Ajouter un nouveau numéro' }).click();
    await page.getByLabel('Nouveau numéro (zone)', { exact: true }).selectOption('04');
    await page.getByLabel('Numéro souhaité (facultatif)').fill('+33442990100');
    await page.getByRole('button', { name: 'Ajouter un numéro porté' }).click();
    await page.getByLabel('Numéro porté', { exact: true }).fill(PORTED);
    await page.getByLabel('RIO', { exact: true }).fill(PORTED_RIO);
    await page.getByLabel('Titulaire de la ligne').fill('Société Méditerranéenne de Téléphonie');
    await page.getByLabel('Date de portabilité souhaitée').fill('2026-12-04');
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();

    await page.getByRole('button', { name: 'Voir le coût' }).click();
    // The cost the API quotes (see test/orders/ordering.test.ts): 57,03 € + 22,58 € HT first, 129,00 € HT a month.
    await expect.poll(async () => squash(await page.getByTestId('first-invoice').innerText())).toContain(euros(5703 + 2258));
    expect(squash(await page.getByTestId('monthly').innerText())).toContain(euros(12900));
    await page.getByRole('button', { name: 'Confirmer la commande' }).click();
    const confirmation = page.getByText(/^Commande COM\d+ enregistrée$/);
    await confirmation.waitFor();
    const reference = (await confirmation.innerText()).split(' ')[1]!;
    await page.getByRole('link', { name: 'Suivre la commande' }).click();
    await page.getByRole('heading', { level: 1, name: `Commande ${reference}` }).waitFor();
    const detailPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('order-state').innerText()).toBe('Reçue');

    // The operator's delivery desk lists it, validates it and marks each milestone done on its day.
    web.portal.clock.now = new Date('2026-12-15T10:00:00Z');
    const desk = (await web.page()).page;
    await signIn(desk, 'E-0000000001', '/commandes/livraisons');
    const row = desk.getByRole('row').filter({ has: desk.getByRole('cell', { name: reference, exact: true }) });
    await row.getByRole('link', { name: 'Détail' }).click();
    await desk.getByRole('button', { name: 'Valider la commande' }).click();
    await expect.poll(() => desk.getByTestId('order-state').innerText()).toBe('Validée');
    for (let i = 0; i < 7; i++) {
      await desk.getByRole('button', { name: 'Marquer fait' }).first().click();
      await expect.poll(() => desk.getByRole('button', { name: 'Marquer fait' }).count()).toBe(6 - i);
    }
    await expect.poll(() => desk.getByTestId('order-state').innerText()).toBe('Livrée');

    // The reseller follows it: the timeline, then the OC delivered in the OC list.
    const follow = (await web.page()).page;
    await signIn(follow, 'E-0000000010', detailPath);
    expect(await follow.getByTestId('order-state').innerText()).toBe('Livrée');
    expect(squash(await follow.locator('.ord-timeline').first().innerText())).toContain('Mise en service — Prévu le 15/12/2026 — Fait le 15/12/2026');
    const [oc] = (await web.portal.db.orm.em.getConnection().execute(`select reference from contracted_offer where name = 'Fibre Pro 1 Gb/s + Secours 4G' order by id desc limit 1`)) as { reference: string }[];
    const customer = (await (await web.portal.signedIn('E-0000000010')).gql('{ customers(filter: { identifier: "44284" }) { edges { node { id } } } }')).data.customers.edges[0].node.id;
    await follow.goto(`/offres?client=${customer}`);
    const ocRow = follow.getByRole('row').filter({ has: follow.getByRole('cell', { name: oc!.reference, exact: true }) });
    expect(squash(await ocRow.innerText())).toMatch(new RegExp(`${oc!.reference}\\s+Fibre Pro 1 Gb/s \\+ Secours 4G\\s+${reference}.*15/12/2026\\s+Livrée\\s+Création`));

    // The next billing run: the first invoice, prorated from 15 December.
    await runMonthlyBilling(web.portal.db.orm.em.fork(), { period: '2026-12' });
    const [invoice] = (await web.portal.db.orm.em.getConnection().execute(
      `select i.number, l.label from invoice i join invoice_line l on l.invoice_id = i.id join contracted_offer oc on oc.id = l.contracted_offer_id where oc.reference = ?`, [oc!.reference],
    )) as { number: string; label: string }[];
    expect(invoice!.label).toBe(`${oc!.reference} — Fibre Pro 1 Gb/s + Secours 4G — abonnement du 15/12/2026 au 31/12/2026 (prorata temporis)`);
    await follow.goto(`/facturation/factures?client=${customer}`);
    await follow.getByRole('cell', { name: invoice!.number, exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a client orders for itself from "Ma e-boutique"', async () => {
    web.portal.clock.now = new Date('2026-11-23T09:00:00Z');
    const { page } = await web.page();
    await signIn(page, 'E-0000000024', '/commandes/nouvelle?client=OIP-00000024');
    await page.getByRole('heading', { level: 1, name: 'Ma e-boutique' }).waitFor();
    await page.getByLabel('Offre', { exact: true }).selectOption('TRUNK-SIP');
    // Delivered at a new site, created with the order.
    await page.getByLabel('Site de livraison', { exact: true }).selectOption({ label: 'Nouveau site…' });
    await page.getByLabel('Nom du nouveau site', { exact: true }).fill('Agence de Nîmes');
    await page.getByLabel('Adresse', { exact: true }).fill('3 rue de la Madeleine');
    await page.getByLabel('Code postal', { exact: true }).fill('30000');
    await page.getByLabel('Ville', { exact: true }).fill('Nîmes');
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await page.getByText(/Agence de Nîmes/).first().waitFor();
    await page.getByRole('button', { name: 'Voir le coût' }).click();
    // Activation planned six working days ahead, on 1 December: the whole month (60 €) and the 150 € setup fee.
    await expect.poll(async () => squash(await page.getByTestId('first-invoice').innerText())).toContain(euros(6000 + 15000));
    await page.getByRole('button', { name: 'Confirmer la commande' }).click();
    await page.getByText(/^Commande COM\d+ enregistrée$/).waitFor();
    expect(await web.portal.db.orm.em.getConnection().execute(`select c.reference, s.city from site s join company c on c.id = s.company_id where s.name = 'Agence de Nîmes'`))
      .toEqual([{ reference: 'OIP-00000024', city: 'Nîmes' }]);
    await page.goto('/commandes');
    const table = page.getByRole('table', { name: 'Mes commandes' });
    await table.getByRole('cell', { name: 'Reçue' }).first().waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[↕↑↓]/g, '').trim());
    expect(headers).toEqual(['Réf. commande', 'Client final', 'Type', 'Date', 'État', 'Date de livraison prévue', 'Action']);
    expect(squash(await table.locator('tbody tr').first().innerText())).toMatch(/COM\d+\s+Client 1 du revendeur présentation\s+Création\s+23\/11\/2026\s+Reçue\s+01\/12\/2026\s+Détail/);
  });
});

describe('a Modification order in the shell', () => {
  it("changes an OC's offer from its detail, the desk delivers it, and the next invoice carries the adjustment", async () => {
    web.portal.clock.now = new Date('2026-12-14T09:00:00Z');
    await runMonthlyBilling(web.portal.db.orm.em.fork(), { period: '2026-12' }); // OC138637 invoiced through 31 December (a second run issues nothing)
    const [row] = (await web.portal.db.orm.em.getConnection().execute(`select id from contracted_offer where reference = 'OC138637'`)) as { id: number }[];
    const ocPath = `/offres/${Buffer.from(`ContractedOffer:${row!.id}`).toString('base64url')}`;
    const { page } = await web.page();
    await signIn(page, 'E-0000000010', ocPath);
    await page.getByRole('link', { name: "Modifier l'offre" }).click();
    await page.getByRole('heading', { level: 1, name: "Modifier l'offre contractée" }).waitFor();
    await page.getByLabel('Offre', { exact: true }).selectOption('COM-UNIF');
    await page.getByLabel(/Numéros supplémentaires/).check();
    await page.getByRole('button', { name: 'Commander la modification' }).click();
    await page.getByRole('link', { name: 'Suivre la commande' }).click();
    await page.getByTestId('order-state').waitFor();
    const detailPath = new URL(page.url()).pathname;

    web.portal.clock.now = new Date('2026-12-16T10:00:00Z');
    const desk = (await web.page()).page;
    await signIn(desk, 'E-0000000001', detailPath);
    await desk.getByRole('button', { name: 'Valider la commande' }).click();
    for (const left of [1, 0]) {
      await desk.getByRole('button', { name: 'Marquer fait' }).first().click();
      await expect.poll(() => desk.getByRole('button', { name: 'Marquer fait' }).count()).toBe(left);
    }
    await expect.poll(() => desk.getByTestId('order-state').innerText()).toBe('Livrée');

    await runMonthlyBilling(web.portal.db.orm.em.fork(), { period: '2027-01' });
    const [invoice] = (await web.portal.db.orm.em.getConnection().execute(
      `select distinct i.id from invoice i join invoice_line l on l.invoice_id = i.id where l.kind = 'ADJUSTMENT' and l.contracted_offer_id = ?`, [row!.id],
    )) as { id: number }[];
    const follow = (await web.page()).page;
    await signIn(follow, 'E-0000000010', `/facturation/factures/${Buffer.from(`Invoice:${invoice!.id}`).toString('base64url')}`);
    await follow.getByRole('cell', { name: "OC138637 — Com'Unifiées MetaCentrex + Numéros supplémentaires (x10) — ajustement du changement d'offre du 16/12/2026 au 31/12/2026 (prorata temporis)" }).waitFor();
    await follow.getByRole('cell', { name: "Ajustement d'un changement d'offre" }).waitFor();
  });
});
