import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { seriousViolations, signInThroughPage, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 60_000);
afterAll(() => web?.close());

/** The global id of a demo company, as the API gives it (Relay: base64url of "Company:<id>"). */
const companyGid = (id: number) => Buffer.from(`Company:${id}`, 'utf8').toString('base64url');

const signIn = (login: string, next: string) => signInThroughPage(web, login, next);

/** The bytes of a download started by `click`. */
async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

/** The first column (the document numbers) of the table named `caption`. */
const numbersOf = (page: Page, caption: string) =>
  page.getByRole('table', { name: caption }).locator('tbody tr td:nth-child(2)').allInnerTexts();

/** The value shown for a term of a definition list inside `scope`. */
const valueOf = (scope: ReturnType<Page['locator']>, term: string) =>
  scope.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

describe('the billing micro-frontend in the shell, in Chromium', () => {
  it('shows a customer her invoices with totals, filters, sorts, opens one and downloads PDFs and a ZIP', async () => {
    const api = await web.portal.signedIn('E-0000000024');
    const expected = (await api.gql(`{ invoices { totalCount totals { totalExclVatCents totalVatCents totalInclVatCents }
      edges { node { number totalInclVatCents issuedOn } } } }`)).data.invoices;
    expect(expected.totalCount).toBe(3);

    const { page, errors } = await signIn('E-0000000024', '/facturation');
    await page.getByRole('heading', { level: 1, name: 'Consultation des factures' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Facturation' });
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual(['Consultation des factures', 'Consultation des avoirs']);
    expect(await tabs.getByRole('link', { name: 'Consultation des factures' }).getAttribute('aria-current')).toBe('page');

    // Her three invoices, newest first, with the count and sums of the whole list.
    const table = page.getByRole('table', { name: 'Factures' });
    await table.locator('tbody tr').nth(2).waitFor();
    const newestFirst = [...expected.edges].sort((a: any, b: any) => b.node.issuedOn.localeCompare(a.node.issuedOn)).map((e: any) => e.node.number);
    expect(await numbersOf(page, 'Factures')).toEqual(newestFirst);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining([
      expect.stringContaining('N° de facture'), expect.stringContaining('Date d’émission'), expect.stringContaining('Montant TTC'), expect.stringContaining('État'),
    ]));
    expect(await table.locator('th[aria-sort]').innerText()).toContain('Date d’émission');
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const totals = page.getByRole('region', { name: 'Totaux de la liste filtrée' });
    expect(await valueOf(totals, 'Nombre de factures')).toBe('3');
    expect(await valueOf(totals, 'Total HT')).toBe(euros(expected.totals.totalExclVatCents));
    expect(await valueOf(totals, 'Total TTC')).toBe(euros(expected.totals.totalInclVatCents));
    expect(await seriousViolations(page)).toEqual([]);

    // A wrong date is refused at its field, before anything is asked.
    const from = page.getByLabel('Date d’émission, du');
    await from.fill('31/02/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`[id="${(await from.getAttribute('aria-describedby'))!.split(' ').at(-1)}"]`).innerText()).toMatch(/jj\/mm\/aaaa/);

    // A range the server refuses: its message at the field it names.
    await from.fill('01/11/2026');
    const to = page.getByLabel('Date d’émission, au');
    await to.fill('01/10/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/issuedFrom=2026-11-01&issuedTo=2026-10-01/);
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('La date de fin précède la date de début.').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // A valid filter: the list, the totals and the URL follow.
    await to.fill('');
    await from.fill('15/10/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/\?issuedFrom=2026-10-15$/);
    await expect.poll(() => numbersOf(page, 'Factures')).toEqual([newestFirst[0]]);
    await expect.poll(() => valueOf(totals, 'Nombre de factures')).toBe('1');

    // States, then back to everything.
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await page.waitForURL('**/facturation/factures');
    await expect.poll(() => numbersOf(page, 'Factures')).toHaveLength(3);
    await page.getByRole('checkbox', { name: 'Payée' }).check();
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/states=PAID/);
    await expect.poll(() => valueOf(totals, 'Nombre de factures')).toBe('2');
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await expect.poll(() => valueOf(totals, 'Nombre de factures')).toBe('3');

    // Sorting by a column header, with the keyboard: ascending then descending amounts.
    const byAmount = [...expected.edges].sort((a: any, b: any) => a.node.totalInclVatCents - b.node.totalInclVatCents || a.node.number.localeCompare(b.node.number));
    await table.getByRole('button', { name: /Montant TTC/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=TOTAL&direction=ASC/);
    await expect.poll(() => table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => numbersOf(page, 'Factures')).toEqual(byAmount.map((e: any) => e.node.number));
    expect(await table.locator('th[aria-sort]').innerText()).toContain('Montant TTC');
    await table.getByRole('button', { name: /Montant TTC/ }).click();
    await page.waitForURL(/sort=TOTAL&direction=DESC/);
    await expect.poll(() => table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');

    // The CSV export of the list, as filtered and sorted.
    const csv = await download(page, () => page.getByRole('link', { name: 'Exporter la liste (CSV)' }).click());
    expect(csv.file.suggestedFilename()).toBe('factures.csv');
    expect(csv.bytes.toString('utf8')).toMatch(/^\uFEFFN° de facture;Client;/);

    // Two invoices ticked → one ZIP of their PDFs.
    await page.getByRole('checkbox', { name: `Sélectionner ${newestFirst[0]}` }).check();
    await page.getByRole('checkbox', { name: `Sélectionner ${newestFirst[1]}` }).check();
    await page.getByText('2 facture(s) sélectionnée(s)').waitFor();
    const zip = await download(page, () => page.getByRole('button', { name: 'Télécharger la sélection' }).click());
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.bytes.toString('latin1')).toContain(`${newestFirst[0]}`);

    // The newest invoice: header, lines with their VAT, totals, the credit note, the PDF.
    await page.getByRole('link', { name: `Détail de la facture ${newestFirst[0]}` }).click();
    await page.getByRole('heading', { level: 1, name: `Facture ${newestFirst[0]}` }).waitFor();
    expect(page.url()).toMatch(/\/facturation\/factures\/[\w-]+$/);
    const info = page.getByRole('region', { name: 'Informations' });
    expect(await valueOf(info, 'Client')).toBe('Client 1 du revendeur présentation (OIP-00000024)');
    expect(await valueOf(info, 'Période de service')).toBe('du 01/10/2026 au 31/10/2026');
    expect(await valueOf(info, 'État')).toBe('Émise');
    const lines = page.getByRole('table', { name: `Lignes du document ${newestFirst[0]}` });
    expect(await lines.locator('tbody tr').count()).toBe(2);
    expect(await lines.innerText()).toContain('Fibre Pro 1 Gb/s');
    expect(await lines.innerText()).toMatch(/\b20\s%/);
    const newest = expected.edges.find((e: any) => e.node.number === newestFirst[0]).node;
    expect(await valueOf(page.getByRole('region', { name: 'Totaux' }), 'Total TTC')).toBe(euros(newest.totalInclVatCents));
    await page.getByRole('region', { name: 'Avoirs liés à cette facture' }).getByRole('link', { name: 'A-2026-000001', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const pdf = await download(page, () => page.getByRole('link', { name: 'Télécharger le PDF' }).click());
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.bytes.length).toBeGreaterThan(1024);

    // "Consultation des avoirs": the credit note and its PDF.
    await page.getByRole('navigation', { name: 'Facturation' }).getByRole('link', { name: 'Consultation des avoirs' }).click();
    await page.waitForURL('**/facturation/avoirs');
    await page.getByRole('heading', { level: 1, name: 'Consultation des avoirs' }).waitFor();
    await expect.poll(() => numbersOf(page, 'Avoirs')).toEqual(['A-2026-000001']);
    expect(await page.getByRole('table', { name: 'Avoirs' }).innerText()).toContain(newestFirst[0]);
    expect(await valueOf(page.getByRole('region', { name: 'Totaux de la liste filtrée' }), 'Nombre d’avoirs')).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    const creditNotePdf = await download(page, () => page.getByRole('link', { name: 'PDF de l’avoir A-2026-000001' }).click());
    expect(creditNotePdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(creditNotePdf.bytes.length).toBeGreaterThan(1024);

    // Its detail page.
    await page.getByRole('link', { name: 'Détail de l’avoir A-2026-000001' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avoir A-2026-000001' }).waitFor();
    expect(await valueOf(page.getByRole('region', { name: 'Informations' }), 'Facture corrigée')).toBe(newestFirst[0]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('lets a reseller read the invoices of a customer in reach, and nothing of another reseller’s', async () => {
    const { page, errors } = await signIn('E-0000000010', `/facturation/factures?client=${companyGid(44284)}`);
    await page.getByRole('heading', { level: 1, name: 'Consultation des factures' }).waitFor();
    await page.getByText('Client : Société Méditerranéenne de Téléphonie (OIP-00044284)').waitFor();
    await expect.poll(() => numbersOf(page, 'Factures')).toHaveLength(3);
    expect(await valueOf(page.getByRole('region', { name: 'Totaux de la liste filtrée' }), 'Nombre de factures')).toBe('3');
    // The tabs keep the customer.
    expect(await page.getByRole('link', { name: 'Consultation des avoirs' }).getAttribute('href')).toBe(`/facturation/avoirs?client=${companyGid(44284)}`);
    expect(await seriousViolations(page)).toEqual([]);

    // The customer of another reseller: "not found", exactly like a company that does not exist.
    await page.goto(`/facturation/factures?client=${companyGid(31)}`);
    await page.getByText('Client introuvable').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // And the other reseller asking for this reseller's customer (who has invoices) sees none of them.
    const other = await signIn('E-0000000030', `/facturation/factures?client=${companyGid(24)}`);
    await other.page.getByText('Client introuvable').waitFor();
    expect(await other.page.getByRole('table').count()).toBe(0);
    expect(await other.page.locator('body').innerText()).not.toMatch(/F-2026-|Client 1 du revendeur/);
    await other.page.goto(`/facturation/avoirs?client=${companyGid(24)}`);
    await other.page.getByText('Client introuvable').waitFor();
    expect(await other.page.locator('body').innerText()).not.toMatch(/A-2026-/);
    expect(await seriousViolations(other.page)).toEqual([]);
    expect(other.errors).toEqual([]);
  }, 60_000);
});
