import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { seriousViolations, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 60_000);
afterAll(() => web?.close());

const CREATE_USER = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { login } userErrors { code } } }`;

describe('the auth micro-frontend in the shell, in Chromium', () => {
  it('takes a new user from the e-mailed link to the portal, then back out', async () => {
    const admin = await web.portal.signedIn('E-0000000024');
    const companyId = (await admin.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    const created = await admin.gql(CREATE_USER, { input: { companyId, firstName: 'Inès', lastName: 'Navigatrice', email: 'ines@client1.example', roles: ['READ_ONLY'] } });
    const login: string = created.data.userCreate.user.login;
    const mail = await web.portal.smtp.waitFor('ines@client1.example');
    const link = new URL(/(https?:\/\/\S+\/auth\/password\?token=[\w-]+)/.exec(mail.text)![1]!);

    const { page, errors } = await web.page();
    // The link of the e-mail, on this test server.
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Génération de votre mot de passe' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The policy is shown live; a weak password is refused with the server's message at the field.
    const password = page.getByLabel('Créez votre mot de passe');
    const confirmation = page.getByLabel('Confirmez votre mot de passe');
    await password.fill('azerty');
    await confirmation.fill('azerty');
    expect(await page.locator('#password-rules li[data-met="false"]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Au moins 8 caractères'), expect.stringContaining('Au moins une majuscule')]),
    );
    await page.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby'))!.split(' ');
    const fieldMessages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(fieldMessages.join(' ')).toMatch(/8 caractères/);

    await password.fill('Cerf-volant-9');
    await confirmation.fill('Cerf-volant-9');
    expect(await page.locator('#password-rules li[data-met="false"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(`votre identifiant ${login}`).waitFor();
    await page.getByRole('button', { name: 'Se connecter' }).click();

    // First login: the terms pop-up, "Valider" only with the box ticked.
    await page.waitForURL('**/auth/login');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Identifiant').fill(login);
    await page.getByLabel('Mot de passe').fill('Cerf-volant-9');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const terms = page.getByRole('dialog', { name: "Conditions d'utilisation" });
    await terms.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await terms.getByRole('button', { name: 'Valider' }).click();
    await terms.getByText('Cochez la case').waitFor();
    await terms.getByRole('checkbox').check();
    await terms.getByRole('button', { name: 'Valider' }).click();

    // The portal: the shell's layout with the tabs of the source (and of the ordering area, published) and the user's menu.
    await page.waitForURL('**/entreprise');
    const nav = page.getByRole('navigation', { name: 'Rubriques du portail' });
    await nav.waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Entreprise', 'Facturation', 'Offres', 'Commandes']);
    expect(await nav.getByRole('link', { name: 'Entreprise' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Inès Navigatrice').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Logout returns to the login page, and the portal's pages are closed again.
    await page.getByText('Inès Navigatrice').click();
    await page.getByRole('link', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/auth/login');
    await page.getByRole('heading', { name: 'Connexion à votre espace' }).waitFor();
    await expect.poll(() => page.locator('.portal-topbar').isHidden()).toBe(true);
    await page.goto('/offres');
    await page.waitForURL('**/auth/login?next=%2Foffres');
    expect(errors).toEqual([]);
  }, 90_000);

  it('answers an unknown login exactly as a wrong password', async () => {
    const { page } = await web.page();
    const refusal = async (login: string) => {
      await page.goto('/auth/login');
      await page.getByLabel('Identifiant').fill(login);
      await page.getByLabel('Mot de passe').fill('Pas-le-bon-1!');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      return alert.innerText();
    };
    const unknown = await refusal('E-0000009999');
    expect(unknown).toMatch(/incorrect/i);
    expect(await refusal('E-0000000024')).toBe(unknown);
    expect(await seriousViolations(page)).toEqual([]);

    // "Mot de passe oublié ?" answers the same whether the login exists or not.
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL('**/auth/forgot');
    await page.getByLabel('Identifiant').fill('E-0000009999');
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await page.getByText('Si cet identifiant existe').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('brings a visitor back to the page they asked for once signed in', async () => {
    await web.portal.signedIn('E-0000000024'); // terms accepted
    const { page } = await web.page();
    await page.goto('/facturation?statut=A_PAYER');
    await page.waitForURL('**/auth/login?next=%2Ffacturation%3Fstatut%3DA_PAYER');
    await page.getByLabel('Identifiant').fill('E-0000000024');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/facturation?statut=A_PAYER');
    expect(await page.getByRole('link', { name: 'Facturation' }).getAttribute('aria-current')).toBe('page');
  }, 60_000);
});
