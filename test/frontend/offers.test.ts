import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toGlobalId } from '@portal/kernel';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let customerId: string;
let customerName: string;

const RESELLER = 'E-0000000010';

beforeAll(async () => {
  web = await startBrowserPortal();
  // The reseller's customer 44284 of the source's customer search, found through the API.
  const reseller = await web.portal.signedIn(RESELLER); // accepts the terms
  const found = await reseller.gql('{ customers(filter: { identifier: "44284" }) { edges { node { id legalName } } } }');
  const node = found.data.customers.edges[0].node as { id: string; legalName: string };
  customerId = node.id;
  customerName = node.legalName;
}, 90_000);
afterAll(() => web?.close());

/** Signs in through the login page and lands on `next`. */
async function signIn(page: Page, next: string): Promise<void> {
  await page.goto(`/auth/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Identifiant').fill(RESELLER);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next);
}

/** An amount as the portal writes it (fr-FR), with any space normalised. */
const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s/g, ' ');
const squash = (text: string) => text.replace(/\s/g, ' ');

const QUOTE = `query($input: TerminationQuoteInput!) { contractedOfferTerminationQuote(input: $input) {
  effectiveOn earlyTerminationFeeCents closingInvoice { totalInclVatCents } creditNote { totalInclVatCents } equipmentReturn { reference } error { code } } }`;

describe('the offers micro-frontend in the shell, in Chromium', () => {
  it('lists a customer\'s OCs, sorts them, opens one, terminates it with its exact cost, then withdraws it', async () => {
    const { page, errors } = await web.page();
    const listPath = `/offres?client=${customerId}`;
    await signIn(page, listPath);

    // A fresh load of the list: its Largest Contentful Paint, as headless Chromium measures it.
    await page.goto(listPath);
    const table = page.getByRole('table', { name: 'Liste des offres contractées' });
    await table.getByRole('cell', { name: 'OC94529', exact: true }).waitFor();
    const lcp = (await page.evaluate(`new Promise((resolve) => {
      let last = null;
      new PerformanceObserver((list) => { const entries = list.getEntries(); last = entries[entries.length - 1]; })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(last && { ms: Math.round(last.startTime), element: last.element ? last.element.tagName.toLowerCase() + (last.element.className ? '.' + String(last.element.className).split(' ')[0] : '') : null,
        loadMs: Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd) }), 500);
    })`)) as { ms: number; element: string | null; loadMs: number } | null;
    console.log(`OC list (/offres?client=…) Largest Contentful Paint: ${lcp?.ms} ms (element ${lcp?.element}; load event at ${lcp?.loadMs} ms)`);
    expect(lcp).not.toBeNull();
    expect(lcp!.ms).toBeGreaterThan(0);
    expect(lcp!.ms).toBeLessThan(20_000); // a sanity bound, not a performance assertion

    await page.getByRole('heading', { level: 1, name: `Offres contractées de ${customerName}` }).waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[↕↑↓]/g, '').trim());
    expect(headers.slice(1)).toEqual(['Pilote ADV', 'Réf.', 'Nom', 'Réf. commande', 'Client final', 'Compte client', 'Site', 'Date de livraison', 'État', 'Type commande', 'Action']);
    // The source's rows, newest delivery first by default.
    const row = (reference: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: reference, exact: true }) });
    expect(squash(await row('OC150943').innerText())).toMatch(/Charlotte M\.\s+OC150943\s+Création et portabilités de numéros\s+COM32623\s+.*AIX-EN-PROVENCE\s+29\/05\/2018\s+Livrée\s+Création\s+Détail >/);
    expect(squash(await row('OC94529').innerText())).toMatch(/Aucun\s+OC94529\s+Numéro - Géographique\s+Aucune\s+.*AIX-EN-PROVENCE\s+20\/12\/2016\s+Livrée/);
    const references = () => table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(await references()).toEqual(['OC150943', 'OC138637', 'OC94529']);
    expect(await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe(`/exports/contracted-offers.csv?companyId=${customerId}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Sort on "Réf.": in the URL, aria-sort, the server's order; again for descending.
    const refHeader = table.getByRole('columnheader', { name: /^Réf\.\s*[↕↑↓]?$/ });
    await refHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'REFERENCE' && url.searchParams.get('direction') === 'ASC');
    await expect.poll(references).toEqual(['OC94529', 'OC138637', 'OC150943']); // natural order
    expect(await refHeader.getAttribute('aria-sort')).toBe('ascending');
    await refHeader.getByRole('button').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('direction') === 'DESC');
    await expect.poll(references).toEqual(['OC150943', 'OC138637', 'OC94529']);
    expect(await refHeader.getAttribute('aria-sort')).toBe('descending');

    // "Détail >" of OC138637: offer, services with their RIO, terms.
    await page.getByRole('link', { name: "Détail > de l'offre OC138637" }).click();
    await page.getByRole('heading', { level: 1, name: 'Offre contractée OC138637' }).waitFor();
    await page.getByRole('cell', { name: '01R6S7T8U9V0' }).waitFor();
    await page.getByText("Com'Unifiées MetaCentrex (COM-UNIF)").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The red bin: the termination form of the source.
    await page.getByRole('link', { name: "Résilier l'offre contractée" }).click();
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    await page.getByText('toute récurrence entamée est due').waitFor();
    const desired = page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/);

    // A past date: the server's message at the date field.
    await desired.fill('2026-11-01');
    await expect.poll(() => desired.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await desired.getAttribute('aria-describedby'))!.split(' ');
    const fieldTexts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(fieldTexts.join(' ')).toContain("La date souhaitée est passée : la résiliation se demande pour aujourd'hui ou une date à venir.");

    // A valid date: the date with notice and the exact cost, as the API quotes it.
    await desired.fill('2026-12-15');
    const quoted = (await (await web.portal.signedIn(RESELLER)).gql(QUOTE, { input: { contractedOfferIds: [await ocIdOf(page)], desiredOn: '2026-12-15' } })).data.contractedOfferTerminationQuote[0];
    expect(quoted.error).toBeNull();
    expect(quoted.effectiveOn).toBe('2027-01-15');
    await expect.poll(() => page.locator('#oc-effective').innerText()).toBe('15/01/2027');
    const cost = page.getByRole('region', { name: 'Coût de la résiliation' });
    await cost.waitFor();
    const costText = squash(await cost.innerText());
    expect(costText).toContain(euros(quoted.earlyTerminationFeeCents));
    expect(costText).toContain(euros(quoted.closingInvoice?.totalInclVatCents ?? 0));
    expect(costText).toContain(euros(quoted.creditNote?.totalInclVatCents ?? 0));
    expect(costText).toContain(quoted.equipmentReturn.reference); // the Com'Unifiées equipment goes back with a coupon
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Commentaires').fill('Déménagement du site de Lille.');
    await page.getByRole('button', { name: 'Continuer' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la résiliation' });
    await confirmation.getByText('fin de service le 15/01/2027').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirmation.getByRole('button', { name: 'Confirmer la résiliation' }).click();

    // Back on the OC: termination requested, at once.
    await page.getByRole('heading', { level: 1, name: 'Offre contractée OC138637' }).waitFor();
    await page.getByText('La résiliation de l\'offre OC138637 est demandée : fin de service le 15/01/2027.').waitFor();
    const termination = page.getByRole('region', { name: 'Résiliation', exact: true });
    expect(squash(await termination.innerText())).toMatch(/Demandée[\s\S]*15\/12\/2026[\s\S]*15\/01\/2027[\s\S]*Déménagement du site de Lille\./);
    expect(await page.getByRole('region', { name: 'Informations' }).getByText('Résiliation demandée').count()).toBe(1);
    expect(await page.getByRole('link', { name: "Résilier l'offre contractée" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Withdraw the pending termination from the detail.
    await page.getByRole('button', { name: 'Annuler la demande de résiliation' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Annuler la demande de résiliation ?' });
    await withdraw.getByText('15/01/2027').waitFor();
    await withdraw.getByRole('button', { name: 'Annuler la résiliation' }).click();
    await page.getByText('La demande de résiliation est annulée').waitFor();
    await page.getByRole('region', { name: 'Informations' }).getByText('Livrée', { exact: true }).waitFor();
    await page.getByRole('link', { name: "Résilier l'offre contractée" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the list as it was left (customer, sort): delivered again, no reload needed.
    await page.getByRole('link', { name: 'Liste des offres contractées' }).click();
    await page.waitForURL((url) => url.searchParams.get('client') === customerId && url.searchParams.get('sort') === 'REFERENCE');
    await page.getByRole('heading', { level: 1, name: `Offres contractées de ${customerName}` }).waitFor();
    await expect.poll(async () => squash(await row('OC138637').innerText())).toContain('Livrée');
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows, for a FULL_PERIOD_DUE offer ended months ahead, the regular invoices still to come and what remains to pay until the end of service', async () => {
    const { page, errors } = await web.page();
    const rows = (await web.portal.db.orm.em.getConnection().execute("select id from contracted_offer where reference = 'OC138637'")) as { id: number }[];
    const ocId = toGlobalId('ContractedOffer', rows[0]!.id);
    await signIn(page, `/offres/${encodeURIComponent(ocId)}/resiliation`);
    await page.getByRole('heading', { level: 1, name: "Résilier l'offre contractée" }).waitFor();
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2027-02-15');
    await expect.poll(() => page.locator('#oc-effective').innerText()).toBe('15/03/2027');

    const FULL = `query($input: TerminationQuoteInput!) { contractedOfferTerminationQuote(input: $input) {
      upcomingInvoices { issuedOn totalInclVatCents } closingInvoice { totalInclVatCents } remainingToPay { totalInclVatCents totalExclVatCents } } }`;
    const [quoted] = (await (await web.portal.signedIn(RESELLER)).gql(FULL, { input: { contractedOfferIds: [ocId], desiredOn: '2027-02-15' } })).data.contractedOfferTerminationQuote;
    // The runs of December to March are still to come: March, the started month, in full.
    expect(quoted.upcomingInvoices.map((i: { issuedOn: string }) => i.issuedOn)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01']);
    expect(quoted.closingInvoice).toBeNull();

    const cost = page.getByRole('region', { name: 'Coût de la résiliation' });
    const upcoming = cost.getByRole('table', { name: "Factures régulières à venir jusqu'à la fin du service : 4" });
    await upcoming.waitFor();
    const upcomingText = squash(await upcoming.innerText());
    for (const date of ['01/12/2026', '01/01/2027', '01/02/2027', '01/03/2027']) expect(upcomingText).toContain(date);
    expect(upcomingText).toContain('du 01/03/2027 au 31/03/2027');
    for (const invoice of quoted.upcomingInvoices) expect(upcomingText).toContain(euros(invoice.totalInclVatCents));
    const costText = squash(await cost.innerText());
    expect(costText).toMatch(new RegExp(`Restant à payer jusqu'à la fin du service \\(TTC\\)\\s*${euros(quoted.remainingToPay.totalInclVatCents)}`));
    expect(costText).toContain(euros(quoted.remainingToPay.totalExclVatCents));
    expect(costText).not.toContain('rien de plus ne sera dû');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continuer' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la résiliation' });
    await confirmation.getByText("Restant à payer jusqu'à la fin du service (TTC)").waitFor();
    expect(squash(await confirmation.innerText())).toContain(euros(quoted.remainingToPay.totalInclVatCents));
    await confirmation.getByRole('button', { name: 'Retour' }).click();
    expect(errors).toEqual([]);
  }, 90_000);

  it('terminates two OCs at once with one desired date, showing each one\'s cost', async () => {
    const { page, errors } = await web.page();
    const listPath = `/offres?client=${customerId}`;
    await signIn(page, listPath);
    const table = page.getByRole('table', { name: 'Liste des offres contractées' });
    await table.getByRole('cell', { name: 'OC94529', exact: true }).waitFor();

    await page.getByRole('checkbox', { name: /OC150943/ }).check();
    await page.getByRole('checkbox', { name: /OC94529/ }).check();
    await page.getByRole('button', { name: 'Résilier la sélection (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Résilier plusieurs offres contractées' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('oc')).toHaveLength(2);

    const offers = page.getByRole('table', { name: 'Offres à résilier et coût de chacune' });
    await page.getByLabel(/^Date de résiliation souhaitée\s*\*?$/).fill('2026-12-31');
    const bulkRow = (reference: string) => offers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reference }) });
    await expect.poll(async () => squash(await bulkRow('OC150943').innerText())).toMatch(/31\/01\/2027.*Résiliable/);
    await expect.poll(async () => squash(await bulkRow('OC94529').innerText())).toMatch(/31\/01\/2027.*Résiliable/);
    await offers.getByRole('rowheader', { name: 'Total' }).waitFor();
    // What remains to pay for both until the end of service, as the API quotes it: the total row says it.
    const REMAINING = `query($input: TerminationQuoteInput!) { contractedOfferTerminationQuote(input: $input) { remainingToPay { totalInclVatCents } upcomingInvoices { totalInclVatCents } } }`;
    const bulkQuotes = (await (await web.portal.signedIn(RESELLER)).gql(REMAINING, { input: { contractedOfferIds: new URL(page.url()).searchParams.getAll('oc'), desiredOn: '2026-12-31' } })).data.contractedOfferTerminationQuote as { remainingToPay: { totalInclVatCents: number }; upcomingInvoices: unknown[] }[];
    expect(bulkQuotes.every((q) => q.upcomingInvoices.length > 0)).toBe(true);
    const remaining = bulkQuotes.reduce((s, q) => s + q.remainingToPay.totalInclVatCents, 0);
    expect(await offers.getByRole('columnheader', { name: 'Restant à payer TTC' }).count()).toBe(1);
    await expect.poll(async () => squash(await offers.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total' }) }).innerText())).toContain(euros(remaining));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continuer' }).click();
    const confirmation = page.getByRole('dialog', { name: 'Confirmer la résiliation' });
    await confirmation.getByText('2 offre(s) seront résiliées avec la date souhaitée du 31/12/2026.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await confirmation.getByRole('button', { name: 'Confirmer la résiliation' }).click();

    await page.getByText('2 résiliation(s) demandée(s).').waitFor();
    const results = page.getByRole('table', { name: 'Résiliations demandées' });
    expect(squash(await results.innerText())).toMatch(/OC150943[\s\S]*Demandée[\s\S]*31\/12\/2026[\s\S]*31\/01\/2027/);
    expect(squash(await results.innerText())).toMatch(/OC94529[\s\S]*Demandée[\s\S]*31\/12\/2026[\s\S]*31\/01\/2027/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Retour à la liste' }).click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === listPath);
    const row = (reference: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: reference, exact: true }) });
    await expect.poll(async () => squash(await row('OC150943').innerText())).toContain('Résiliation demandée');
    expect(squash(await row('OC94529').innerText())).toContain('Résiliation demandée');
    expect(errors).toEqual([]);
  }, 90_000);
});

/** The global id of the OC whose page is shown (/offres/<id>/resiliation). */
async function ocIdOf(page: Page): Promise<string> {
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
}
