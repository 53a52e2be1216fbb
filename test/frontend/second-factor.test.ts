import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { totpCode } from '@portal/identity';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

// On http://localhost:<port>, the portal's public URL: the relying party of the passkeys.
let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal({}, { localhost: true });
}, 60_000);
afterAll(() => web?.close());

/** The next 30-second step of the gateway's clock: a fresh TOTP code each time. */
function nextCode(secret: string): string {
  web.portal.clock.advance(30_000);
  return totpCode(secret, web.portal.clock.now);
}

async function logIn(page: Page, login: string) {
  await page.goto('/auth/login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs in (terms accepted by the API first), opens "Double authentification" and sets up the app; returns its secret and the codes shown. */
async function enrolTotp(page: Page, login: string): Promise<{ secret: string; codes: string[] }> {
  await web.portal.signedIn(login);
  await logIn(page, login);
  await page.waitForURL('**/entreprise');
  // The user's menu of the shell leads there.
  await page.locator('.portal-menu').waitFor();
  expect(await page.locator('.portal-menu a').allTextContents()).toContain('Double authentification');
  await page.goto('/auth/second-factor');
  return setUpApp(page);
}

async function setUpApp(page: Page): Promise<{ secret: string; codes: string[] }> {
  await page.getByRole('button', { name: 'Configurer une application' }).click();
  const qr = page.getByRole('img', { name: 'QR code à scanner avec votre application' });
  await qr.waitFor();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByLabel("Code affiché par l'application").fill(nextCode(secret));
  await page.getByRole('button', { name: 'Activer' }).click();
  const list = page.getByRole('list', { name: 'Codes de secours' });
  await list.waitFor();
  const codes = (await list.getByRole('listitem').allInnerTexts()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await page.getByText('ils ne seront plus affichés').waitFor();
  return { secret, codes };
}

describe('two-factor sign-in in Chromium', () => {
  let secret: string;
  let codes: string[];

  it('enrols an authenticator app from its QR code and shows the recovery codes once', async () => {
    const { page, errors } = await web.page();
    ({ secret, codes } = await enrolTotp(page, 'E-0000000010'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: "J'ai noté mes codes" }).click();
    await page.getByText("Une application d'authentification est configurée.").waitFor();
    await page.getByText('Codes de secours restants : 10').waitFor();
    // Shown once: the page never lists them again.
    await page.reload();
    await page.getByText('Codes de secours restants : 10').waitFor();
    expect(await page.getByRole('list', { name: 'Codes de secours' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);

  it('asks a new browser for the code of the app, and signs in with it', async () => {
    const { page, errors } = await web.page();
    await logIn(page, 'E-0000000010');
    await page.getByRole('heading', { name: 'Double authentification' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Code de vérification').fill('000000' === totpCode(secret, web.portal.clock.now) ? '111111' : '000000');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('alert').getByText('Code incorrect ou déjà utilisé.').waitFor();
    await page.getByLabel('Code de vérification').fill(nextCode(secret));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL('**/entreprise');
    await page.getByText('Romain Revendeur').waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('signs in with a recovery code instead', async () => {
    const { page, errors } = await web.page();
    await logIn(page, 'E-0000000010');
    await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
    await page.getByLabel('Code de secours').fill(codes[0]!);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.waitForURL('**/entreprise');
    await page.goto('/auth/second-factor');
    await page.getByText('Codes de secours restants : 9').waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it("registers a passkey with Chromium's virtual authenticator, then signs in with it", async () => {
    const { page, errors } = await web.page();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await web.portal.signedIn('E-0000000001');
    await logIn(page, 'E-0000000001');
    await page.waitForURL('**/entreprise');
    await page.goto('/auth/second-factor');
    await page.getByLabel('Nom de la clé').fill('Ordinateur du bureau');
    await page.getByRole('button', { name: "Ajouter une clé d'accès" }).click();
    // The first second factor brings the recovery codes.
    await page.getByRole('list', { name: 'Codes de secours' }).waitFor();
    await page.getByRole('button', { name: "J'ai noté mes codes" }).click();
    await page.getByText('Ordinateur du bureau').waitFor();
    const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(stored.credentials).toHaveLength(1);

    // A browser the portal does not know (the device cookie gone), the same authenticator.
    await page.context().clearCookies();
    await logIn(page, 'E-0000000001');
    await page.getByRole('heading', { name: 'Double authentification' }).waitFor();
    await page.getByRole('button', { name: "Utiliser ma clé d'accès" }).click();
    await page.waitForURL('**/entreprise');
    await page.getByText('Olivia Opérateur').waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('lets an administrator require a second factor of every user of the company, who must set one up at the next sign-in', async () => {
    const admin = await web.page();
    await enrolTotp(admin.page, 'E-0000000024');
    await admin.page.getByRole('button', { name: "J'ai noté mes codes" }).click();
    await admin.page.getByLabel('Exiger la double authentification pour tous les utilisateurs de ma société').check();
    await admin.page.getByText('La double authentification est désormais exigée').waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);

    const user = await web.page();
    await web.portal.signedIn('E-0000000026');
    await logIn(user.page, 'E-0000000026');
    await user.page.waitForURL('**/auth/second-factor?next=**');
    await user.page.getByText('Votre société exige la double authentification').waitFor();
    // Nothing else is served meanwhile: the portal's pages send back here.
    await user.page.goto('/facturation');
    await user.page.waitForURL('**/auth/second-factor?next=%2Ffacturation');
    await setUpApp(user.page);
    await user.page.getByRole('button', { name: "J'ai noté mes codes" }).click();
    await user.page.waitForURL('**/facturation');
    expect(admin.errors).toEqual([]);
    expect(user.errors).toEqual([]);
  }, 120_000);
});

