import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
  await web.portal.signedIn('E-0000000024'); // accepts the terms, so the login goes straight in
}, 60_000);
afterAll(() => web?.close());

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

describe("a browser whose clock disagrees with the server's", () => {
  for (const [label, offsetMs] of [['a day behind the browser', -DAY_MS], ['a day ahead of the browser', DAY_MS]] as const) {
    it(`signs in and stays signed in until the server ends the session, with the server ${label}`, async () => {
      web.portal.clock.now = new Date(Date.now() + offsetMs);
      const { page, errors } = await web.page({ clock: 'real' });
      await page.goto('/auth/login');
      await page.getByLabel('Identifiant').fill('E-0000000024');
      await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL('**/entreprise');
      await page.getByRole('banner').getByText('Claire Client').waitFor();

      // Still signed in on the next page loads, while the server's session lives.
      await page.goto('/offres');
      await page.getByRole('banner').getByText('Claire Client').waitFor();
      web.portal.clock.advance(20 * 60_000);
      await page.reload();
      await page.getByRole('banner').getByText('Claire Client').waitFor();
      expect(page.url()).toMatch(/\/offres$/);

      // The server ends it (12 hours after login): the next page load asks to sign in again.
      web.portal.clock.advance(12 * HOUR_MS);
      await page.reload();
      await page.waitForURL('**/auth/login?next=%2Foffres');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
