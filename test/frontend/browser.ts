import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { publishAll } from '../../tools/src/frontend/workspace.js';
import { DEMO_PASSWORD, startTestPortal, type TestPortal } from '../support/gateway.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The machine's Chromium (Debian's package; Playwright does not download browsers here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The page's JavaScript clock. 'gateway' (the default) starts it at the test gateway's clock and
 * lets it run, as a user's computer on the same day as the server; 'real' leaves the browser on
 * the machine's clock, whatever the gateway's says. Cookies are always on the machine's clock.
 */
export type PageClock = 'gateway' | 'real';

/**
 * Runs in the page before its scripts: the wall clock (`new Date()`, `Date.now()`, `Date()`) reads
 * `offsetMs` later than the machine's, and keeps running; the portal's browser code reads the time
 * through Date only (the UI kit's calendar). Timers and `performance` stay real, unlike
 * Playwright's fake clock (whose `performance` has no entries, which breaks the LCP measure).
 */
function shiftWallClock(offsetMs: number): void {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  function ShiftedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(realNow() + offsetMs).toString();
    return Reflect.construct(RealDate, args.length ? args : [realNow() + offsetMs], new.target);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  Object.defineProperty(ShiftedDate, 'now', { value: () => realNow() + offsetMs });
  (globalThis as { Date: unknown }).Date = ShiftedDate;
}

export interface BrowserPortal {
  portal: TestPortal;
  browser: Browser;
  staticDir: string;
  /**
   * A fresh browser context (own cookies and storage) with a page; its script errors are collected.
   * The page's clock starts at the gateway's (see `PageClock`), so "today" is the same day on both sides.
   */
  page(options?: { clock?: PageClock }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * The gateway on its own PostgreSQL database with the demo data and a real SMTP server, serving
 * the front end built by `pnpm run build` and published into a folder of its own, driven by Chromium.
 */
export async function startBrowserPortal(env: Record<string, string> = {}, options: { localhost?: boolean } = {}): Promise<BrowserPortal> {
  const staticDir = mkdtempSync(join(tmpdir(), 'portal-static-'));
  publishAll(repoRoot, staticDir);
  // WebAuthn needs a host name (not an IP address) that is the portal's public URL: localhost, on a port chosen first.
  const port = options.localhost ? await freePort() : undefined;
  const publicUrl = port ? `http://localhost:${port}` : undefined;
  const portal = await startTestPortal({ env: { PORTAL_STATIC_DIR: staticDir, ...env }, port, publicUrl });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    portal,
    browser,
    staticDir,
    async page(options = {}) {
      const context = await browser.newContext({ baseURL: publicUrl ?? portal.url, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      // A wait that cannot succeed fails with its locator, well before the test's own timeout.
      context.setDefaultTimeout(20_000);
      if ((options.clock ?? 'gateway') === 'gateway') await context.addInitScript(shiftWallClock, portal.clock.now.getTime() - Date.now());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await portal.close();
      rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical accessibility violations axe-core finds on the page (WCAG 2.1 A and AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the page's Content-Security-Policy refuses
  // an injected <script> element, as it would an attacker's.
  await page.evaluate(axeSource);
  // Evaluated in the page (a string: the test project has no DOM types).
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Signs in through the login page (terms accepted beforehand through the API) and lands on `next`. */
export async function signInThroughPage(web: BrowserPortal, login: string, next: string): Promise<{ page: Page; errors: string[] }> {
  await web.portal.signedIn(login);
  const opened = await web.page();
  await opened.page.goto(`/auth/login?next=${encodeURIComponent(next)}`);
  await opened.page.getByLabel('Identifiant').fill(login);
  await opened.page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await opened.page.getByRole('button', { name: 'Se connecter' }).click();
  await opened.page.waitForURL(`**${next}`);
  return opened;
}
