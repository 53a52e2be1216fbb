import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/gateway.js';
import { startBrowserPortal, type BrowserPortal } from './browser.js';

/**
 * The page's Content-Security-Policy (scripts only with the page's nonce: the inline import maps,
 * their loader and the shell's entry; what they load through 'strict-dynamic') and the usual
 * security headers, on the page and on every other answer.
 */
let web: BrowserPortal;
beforeAll(async () => {
  web = await startBrowserPortal();
}, 60_000);
afterAll(() => web?.close());

const get = (path: string) => fetch(`${web.portal.url}${path}`);

describe('the portal page', () => {
  it('carries a strict Content-Security-Policy whose nonce is on every inline script and preload, new at each load', async () => {
    const [first, second] = [await get('/offres'), await get('/auth/login')];
    const policy = first.headers.get('content-security-policy')!;
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)![1]!;
    expect(directives['script-src']).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(directives).toMatchObject({ 'object-src': ["'none'"], 'base-uri': ["'none'"], 'frame-ancestors': ["'none'"], 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'connect-src': ["'self'"] });
    const html = await first.text();
    // The page's own tags, one a line (not those the loader would write, inside its script).
    const inline = [...html.matchAll(/^<(?:script\b|link rel="modulepreload")[^>]*>/gm)].map((m) => m[0]);
    expect(inline.length).toBeGreaterThanOrEqual(5);
    for (const tag of inline) expect(tag, tag).toContain(`nonce="${nonce}"`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('works in the browser under the policy, with no violation: login, terms, the offers list, logout', async () => {
    const { page, errors } = await web.page();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/offres');
    await page.getByLabel('Identifiant').fill('E-0000000010');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const terms = page.getByRole('dialog');
    await terms.getByRole('checkbox').check();
    await terms.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL('**/offres');
    await page.getByText('OC150943').first().waitFor();
    await page.goto('/entreprise');
    await page.getByRole('heading').first().waitFor();
    expect(violations).toEqual([]);
    // Markup an attacker would slip into the page: its inline handler does not run.
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/introuvable.png" onerror="window.__injected = true">')`);
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__injected === true')).toBe(false);
    expect(violations.some((v) => /inline event handler/i.test(v))).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('every answer', () => {
  it('carries the usual security headers: nosniff, no framing, referrer policy, cross-origin isolation of the opener', async () => {
    for (const path of ['/', '/offres', '/graphql?query=%7BapiVersion%7D', '/exports/customers.csv', '/importmap.json', '/healthz', '/nowhere']) {
      const res = await fetch(`${web.portal.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const where = `${path} (${res.status})`;
      expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), where).toBe('DENY');
      expect(res.headers.get('referrer-policy'), where).toBe('same-origin');
      expect(res.headers.get('cross-origin-opener-policy'), where).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), where).toBeNull();
    }
  });
});
