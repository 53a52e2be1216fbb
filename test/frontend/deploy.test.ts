import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoint, rollback } from '../../tools/src/frontend/publish.js';
import { integrityOf, readImportMap } from '../../tools/src/frontend/static-layout.js';
import { publishApp } from '../../tools/src/frontend/workspace.js';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { repoRoot, startBrowserPortal, type BrowserPortal } from './browser.js';

let web: BrowserPortal;
let newRelease: string;
beforeAll(async () => {
  web = await startBrowserPortal();
  // The auth team's next release: the same micro-frontend with a new title on its login page.
  newRelease = mkdtempSync(join(tmpdir(), 'mfe-auth-next-'));
  cpSync(join(repoRoot, 'apps', 'mfe-auth', 'dist'), newRelease, { recursive: true });
  // The title sits in the entry or in a chunk the entry imports (the texts are shared with the pages loaded on demand).
  const files = readdirSync(newRelease).filter((name) => name.endsWith('.js') && readFileSync(join(newRelease, name), 'utf8').includes('Connexion à votre espace'));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) writeFileSync(join(newRelease, name), readFileSync(join(newRelease, name), 'utf8').replace('Connexion à votre espace', 'Bienvenue dans votre espace'));
}, 60_000);
afterAll(async () => {
  await web?.close();
  rmSync(newRelease, { recursive: true, force: true });
});

/** Every published file with its modification time. */
function snapshot(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(files.map((f) => [f, statSync(join(dir, f)).mtimeMs]));
}

async function loginTitle(): Promise<string> {
  const { page } = await web.page();
  await page.goto('/auth/login');
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  const title = await heading.innerText();
  await page.context().close();
  return title;
}

describe('deploying one micro-frontend on its own', () => {
  it('publishes a new version that the running portal serves at the next page load, and rolls it back', async () => {
    expect(await loginTitle()).toBe('Connexion à votre espace');
    const before = readImportMap(web.staticDir);
    const filesBefore = snapshot(web.staticDir);

    const published = publishApp(repoRoot, web.staticDir, 'mfe-auth', newRelease, '0.1.1');
    expect(published.url).toMatch(/^\/static\/mfe\/mfe-auth\/0\.1\.1-[0-9a-f]{8}\/mfe-auth\.js$/);
    expect(await loginTitle()).toBe('Bienvenue dans votre espace');

    // Only the auth entry of the import map moved; no other file was rebuilt or rewritten.
    const after = readImportMap(web.staticDir);
    expect({ ...after.imports, '@portal/mfe-auth': 'x' }).toEqual({ ...before.imports, '@portal/mfe-auth': 'x' });
    expect(after.integrity[published.url]).toBe(published.integrity);
    const filesAfter = snapshot(web.staticDir);
    for (const [file, mtime] of filesBefore) {
      if (!/^(importmap|history)\.json$/.test(file)) expect(filesAfter.get(file), file).toBe(mtime);
    }
    expect([...filesAfter.keys()].filter((f) => !filesBefore.has(f)).every((f) => f.startsWith(join('mfe', 'mfe-auth', '0.1.1-')))).toBe(true);

    // Rollback repoints to the previous version, whose files never left.
    expect(rollback(web.staticDir, '@portal/mfe-auth')).toBe(before.imports['@portal/mfe-auth']);
    expect(await loginTitle()).toBe('Connexion à votre espace');
  }, 60_000);

  it('publishes the ordering area on its own, like the others: only its entry and its files change, and its pages show the new version', async () => {
    const release = mkdtempSync(join(tmpdir(), 'mfe-orders-next-'));
    cpSync(join(repoRoot, 'apps', 'mfe-orders', 'dist'), release, { recursive: true });
    const entry = join(release, 'mfe-orders.js');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('Livraisons à traiter', 'Livraisons du jour'));
    const before = readImportMap(web.staticDir);
    const filesBefore = snapshot(web.staticDir);
    try {
      const published = publishApp(repoRoot, web.staticDir, 'mfe-orders', release, '0.1.1');
      const after = readImportMap(web.staticDir);
      expect({ ...after.imports, '@portal/mfe-orders': 'x' }).toEqual({ ...before.imports, '@portal/mfe-orders': 'x' });
      expect(after.integrity[published.url]).toBe(published.integrity);
      const filesAfter = snapshot(web.staticDir);
      for (const [file, mtime] of filesBefore) {
        if (!/^(importmap|history|trusted-documents)\.json$/.test(file)) expect(filesAfter.get(file), file).toBe(mtime);
      }
      expect([...filesAfter.keys()].filter((f) => !filesBefore.has(f)).every((f) => f.startsWith(join('mfe', 'mfe-orders', '0.1.1-')))).toBe(true);

      await web.portal.signedIn('E-0000000001'); // accepts the terms
      const { page } = await web.page();
      await page.goto('/auth/login?next=%2Fcommandes%2Flivraisons');
      await page.getByLabel('Identifiant').fill('E-0000000001');
      await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Livraisons du jour' }).waitFor();
      await page.getByRole('link', { name: 'Commandes', exact: true }).waitFor();
      await page.context().close();
      expect(rollback(web.staticDir, '@portal/mfe-orders')).toBe(before.imports['@portal/mfe-orders']);
    } finally {
      rmSync(release, { recursive: true, force: true });
    }
  }, 60_000);

  it('lets a developer point one micro-frontend elsewhere with import-map-overrides', async () => {
    const release = publishApp(repoRoot, web.staticDir, 'mfe-auth', newRelease, '0.1.1');
    rollback(web.staticDir, '@portal/mfe-auth'); // the deployed map points at the previous version again
    const { page } = await web.page();
    await page.addInitScript(`localStorage.setItem('import-map-override:@portal/mfe-auth', ${JSON.stringify(release.url)})`);
    await page.goto('/auth/login');
    await page.getByRole('heading', { name: 'Bienvenue dans votre espace' }).waitFor();
  }, 60_000);

  it('refuses a file altered after publication and shows the error screen in its place only', async () => {
    const release = publishApp(repoRoot, web.staticDir, 'mfe-auth', newRelease, '0.1.1');
    const file = join(web.staticDir, release.url.replace(/^\/static\//, ''));
    const original = readFileSync(file);
    try {
      writeFileSync(file, `${original.toString('utf8')}\ndocument.body.append('Piratage');\n`);
      expect(integrityOf(readFileSync(file))).not.toBe(release.integrity);
      const { page } = await web.page();
      await page.goto('/auth/login');
      await page.getByRole('alert').getByText('Cette partie du portail ne répond pas pour le moment.').waitFor();
      expect(await page.getByText('Piratage').count()).toBe(0);
      await page.getByRole('button', { name: 'Réessayer' }).waitFor();
    } finally {
      writeFileSync(file, original);
      repoint(web.staticDir, '@portal/mfe-auth', release.url, release.integrity);
    }
  }, 60_000);
});
