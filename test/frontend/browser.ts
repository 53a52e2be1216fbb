import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { publishAll } from '../../tools/src/frontend/workspace.js';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The machine's Chromium (Debian's package; Playwright does not download browsers here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserPortal {
  portal: TestPortal;
  browser: Browser;
  staticDir: string;
  /** A fresh browser context (own cookies and storage) with a page; its script errors are collected. */
  page(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * The gateway on its own PostgreSQL database with the demo data and a real SMTP server, serving
 * the front end built by `pnpm run build` and published into a folder of its own, driven by Chromium.
 */
export async function startBrowserPortal(env: Record<string, string> = {}): Promise<BrowserPortal> {
  const staticDir = mkdtempSync(join(tmpdir(), 'portal-static-'));
  publishAll(repoRoot, staticDir);
  const portal = await startTestPortal({ env: { PORTAL_STATIC_DIR: staticDir, ...env } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    portal,
    browser,
    staticDir,
    async page() {
      const context = await browser.newContext({ baseURL: portal.url, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical accessibility violations axe-core finds on the page (WCAG 2.1 A and AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  // Evaluated in the page (a string: the test project has no DOM types).
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`,
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
