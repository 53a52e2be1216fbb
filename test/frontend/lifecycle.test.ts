import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HttpPlatform, depositDocument, pullStatuses, queueDeposits } from '@portal/billing';
import { TestPlatform } from '../support/platform.js';
import { seriousViolations, signInThroughPage, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let platform: TestPlatform;

beforeAll(async () => {
  web = await startBrowserPortal();
  platform = new TestPlatform();
  const client = new HttpPlatform({ url: await platform.start(), token: platform.token });
  platform.reject('F-2026-000006', ['BR-FR-12 : destinataire absent de l’annuaire']);
  const em = web.portal.db.orm.em;
  await queueDeposits(em.fork());
  const deposits = (await em.getConnection().execute('select id, idempotency_key as key from platform_deposit')) as { id: number; key: string }[];
  for (const d of deposits) if (['F-2026-000002', 'F-2026-000006'].includes(d.key)) await depositDocument(em, client, d.id, web.portal.clock.now);
  platform.send(platform.depositOf('F-2026-000002')!.id, 'DISPUTED', new Date('2026-11-24T09:00:00Z'), 'Montant contesté');
  await pullStatuses(em, client);
}, 90_000);
afterAll(async () => {
  await web?.close();
  await platform?.stop();
});

const signIn = (login: string, next: string) => signInThroughPage(web, login, next);

/** Each row's number and platform status. */
async function statuses(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'Factures' });
  await table.locator('tbody tr').first().waitFor();
  const headers = await table.locator('thead th').allInnerTexts();
  const numberAt = headers.findIndex((h) => h.includes('N° de facture') || h.startsWith('N°'));
  const statusAt = headers.findIndex((h) => h.includes('Statut PA'));
  const rows = await table.locator('tbody tr').all();
  const out: Record<string, string> = {};
  for (const row of rows) {
    const cells = await row.locator('td, th').allInnerTexts();
    out[cells[numberAt]!.trim()] = cells[statusAt]!.trim();
  }
  return out;
}

describe('lifecycle statuses in the invoices area, in Chromium', () => {
  it('shows the platform status of each invoice, filters by it, and gives the timeline with the rejection reason', async () => {
    const { page, errors } = await signIn('E-0000000024', '/facturation');
    await page.getByRole('heading', { level: 1, name: 'Consultation des factures' }).waitFor();
    expect(await statuses(page)).toEqual({ 'F-2026-000002': 'En litige', 'F-2026-000006': 'Rejetée', 'F-2026-000004': 'Non transmise' });

    await page.getByLabel('Statut sur la plateforme').selectOption({ label: 'Rejetée' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL('**lifecycle=REJECTED**');
    await page.getByRole('table', { name: 'Factures' }).locator('tbody tr').nth(0).waitFor();
    await expect.poll(async () => Object.keys(await statuses(page))).toEqual(['F-2026-000006']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Détail de la facture F-2026-000006' }).click();
    const section = page.getByRole('list', { name: 'Statuts de F-2026-000006 sur la plateforme agréée' });
    await section.waitFor();
    expect(await section.locator('li').allInnerTexts()).toEqual(['Rejetée — 23/11/2026 — Motif : BR-FR-12 : destinataire absent de l’annuaire']);
    expect(await page.getByRole('alert').or(page.locator('.pui-alert')).first().innerText()).toContain('Un document rectifié sera émis avec un nouveau numéro');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
