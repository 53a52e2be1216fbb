import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  web = await startBrowserPortal({ JOBS: 'on', WEBHOOKS_ALLOW_HTTP: 'on', WEBHOOKS_ALLOW_PRIVATE: `127.0.0.1:${receiver.port}`, WEBHOOK_SWEEP_MS: '100' });
}, 60_000);
afterAll(async () => {
  await web?.close();
  await receiver?.stop();
});

async function logIn(login: string): Promise<{ page: Page; errors: string[] }> {
  await web.portal.signedIn(login);
  const { page, errors } = await web.page();
  await page.goto('/auth/login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/entreprise');
  return { page, errors };
}

describe('webhooks in the company area, in Chromium', () => {
  it('lets an administrator create an endpoint, send a test event, see it in the log and replay a failure', async () => {
    receiver.answer('/erp', { status: 500, body: 'ERP en maintenance' });
    const url = receiver.url('/erp');
    const { page, errors } = await logIn('E-0000000010');
    await page.getByRole('navigation', { name: 'Ma société' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL('**/entreprise/webhooks');
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('Aucun point de terminaison.').waitFor();

    await page.getByRole('button', { name: 'Ajouter un point de terminaison' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un point de terminaison' });
    await dialog.getByLabel('Adresse (URL)').fill(url);
    await dialog.getByLabel('Description').fill('ERP comptable');
    await dialog.getByRole('group', { name: 'Événements' }).getByLabel('Résiliation effective').check();
    expect(await dialog.getByRole('group', { name: 'Événements' }).getByLabel('Facture émise').isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    const secret = (await page.locator('[data-secret]').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    const endpoints = page.getByRole('table', { name: 'Points de terminaison webhook de la société' }).locator('tbody tr');
    await expect.poll(() => endpoints.first().innerText()).toContain('Facture émise, Résiliation effective');
    expect(await endpoints.count()).toBe(1);

    await page.getByRole('button', { name: `Envoyer un événement de test ${url}` }).click();
    await page.getByText('Événement de test envoyé.', { exact: true }).first().waitFor();
    await expect.poll(() => receiver.at('/erp').length).toBe(1);

    await page.getByRole('button', { name: `Journal ${url}` }).click();
    const log = page.getByRole('table', { name: 'Livraisons, de la plus récente à la plus ancienne' }).locator('tbody tr');
    await expect.poll(async () => {
      await page.getByRole('button', { name: 'Actualiser' }).click();
      return log.first().innerText();
    }).toContain('En attente');
    const row = await log.first().innerText();
    expect(row).toContain('Test');
    expect(row).toContain('500');
    expect(row).toContain('ERP en maintenance');
    expect(await seriousViolations(page)).toEqual([]);

    receiver.answer('/erp', { status: 200, body: 'reçu' });
    const eventId = receiver.at('/erp')[0]!.headers['webhook-id'] as string;
    await page.getByRole('button', { name: `Rejouer ${eventId}` }).click();
    await page.getByText('Livraison rejouée.').waitFor();
    await expect.poll(async () => {
      await page.getByRole('button', { name: 'Actualiser' }).click();
      return log.first().innerText();
    }).toContain('Livré');
    expect(await log.first().innerText()).toContain('200');
    const messages = receiver.at('/erp');
    expect(messages.map((m) => m.headers['webhook-id'])).toEqual([eventId, eventId]);
    // The secret the page showed verifies the messages (as a receiver whose clock agrees with the portal's).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Number(messages[1]!.headers['webhook-timestamp']) * 1000);
      expect(new Webhook(secret).verify(messages[1]!.body, messages[1]!.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test' });
    } finally {
      vi.useRealTimers();
    }
    expect(errors).toEqual([]);
  });

  it('shows an API token’s requests per day as a chart, with the rate limit left and the cost spent', async () => {
    const admin = await web.portal.signedIn('E-0000000010');
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "ERP graphique", scopes: [BILLING_READ], expiresInDays: 30 }) { secret } }');
    const token = web.portal.client(created.data.apiTokenCreate.secret);
    await token.gql('{ invoices(first: 5) { totalCount } }');
    await token.gql('{ myCompany { siren } }');
    await web.portal.gateway.idle();
    const { page, errors } = await logIn('E-0000000010');
    await page.getByRole('navigation', { name: 'Ma société' }).getByRole('link', { name: "Jetons d'API" }).click();
    await page.getByRole('button', { name: 'Utilisation ERP graphique' }).click();
    const region = page.getByRole('region', { name: 'Utilisation du jeton « ERP graphique » sur 30 jours' });
    await region.getByRole('img', { name: 'Requêtes par jour sur 30 jours : 2 au total, dont 1 en erreur (en rouge)' }).waitFor();
    expect(await region.innerText()).toMatch(/\d+ requêtes restantes sur \d+ par minute/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
