import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal({ TRUSTED_DOCUMENTS: 'on' });
}, 60_000);
afterAll(() => web?.close());

describe('the portal in the browser with only its registered operations accepted', () => {
  it('logs in, accepts the terms, switches universe and logs out with trusted documents only', async () => {
    const { page, errors } = await web.page();
    const refused: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/graphql') && response.status() === 400) refused.push(await response.text());
    });
    await page.goto('/entreprise');
    await page.getByLabel('Identifiant').fill('E-0000000010');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const terms = page.getByRole('dialog');
    await terms.getByRole('checkbox').check();
    await terms.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL('**/entreprise');
    const universe = page.getByLabel('Univers');
    await universe.waitFor();
    const offered = await universe.locator('option').allInnerTexts();
    if (offered.length > 1) {
      await universe.selectOption({ label: offered[1]! });
      await expect.poll(() => universe.inputValue()).not.toBe('CLIENT');
    }
    await page.goto('/auth/logout');
    await page.waitForURL('**/auth/login');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
