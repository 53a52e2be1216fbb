import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSizes, checkBudgets, microFrontends } from './budgets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('front-end size budgets (gzipped JavaScript of the builds)', () => {
  it('keeps every first load and every micro-frontend within its budget', () => {
    const results = checkBudgets(bundleSizes(root), microFrontends(root));
    expect(results.map((r) => r.budget)).toContain('first load of the auth pages (shell + shared + mfe-auth)');
    expect(results.filter((r) => !r.ok).map((r) => `${r.budget}: ${r.gzipBytes} > ${r.limitBytes}, missing ${r.missing.join(', ')}`)).toEqual([]);
  });

  it('counts the shared dependencies once, in the first load', () => {
    const sizes = bundleSizes(root);
    const auth = checkBudgets(sizes, microFrontends(root))[0]!;
    expect(auth.gzipBytes).toBeGreaterThan(sizes.get('react-dom/client')!.gzipBytes + sizes.get('@portal/mfe-auth')!.gzipBytes);
  });

  it('fails the budgets of a bundle whose file is missing, naming it, instead of counting it as 0 bytes', () => {
    const fake = mkdtempSync(join(tmpdir(), 'budgets-'));
    try {
      const file = (path: string, text = 'export const x = 1;') => {
        mkdirSync(dirname(join(fake, path)), { recursive: true });
        writeFileSync(join(fake, path), text);
      };
      file('packages/shared-deps/dist/manifest.json', JSON.stringify({ react: 'react.js' }));
      file('packages/shared-deps/dist/react.js');
      file('packages/ui/dist-web/ui.js');
      file('apps/shell/dist/shell.js');
      file('apps/mfe-auth/package.json', '{}');
      file('apps/mfe-offers/package.json', '{}');
      file('apps/mfe-offers/dist/mfe-offers.js'); // mfe-auth is not built
      const results = checkBudgets(bundleSizes(fake), microFrontends(fake));
      const failed = results.filter((r) => !r.ok);
      expect(failed.map((r) => r.budget)).toEqual(expect.arrayContaining(['first load of the auth pages (shell + shared + mfe-auth)', '@portal/mfe-auth own bundle']));
      expect(failed.find((r) => r.budget === '@portal/mfe-auth own bundle')!.missing).toEqual(['@portal/mfe-auth']);
      expect(results.find((r) => r.budget === '@portal/mfe-offers own bundle')!.ok).toBe(true);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it("counts a micro-frontend's entry with the chunks it imports statically, not those it loads on demand", () => {
    const fake = mkdtempSync(join(tmpdir(), 'budgets-'));
    try {
      const file = (path: string, text: string) => {
        mkdirSync(dirname(join(fake, path)), { recursive: true });
        writeFileSync(join(fake, path), text);
      };
      const filler = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i * 7919};`).join('\n');
      file('apps/mfe-auth/package.json', '{}');
      file('apps/mfe-auth/dist/shared-abc.js', filler(300));
      file('apps/mfe-auth/dist/lazy-def.js', filler(3000));
      file('apps/mfe-auth/dist/mfe-auth.js', `import{v1 as a}from"./shared-abc.js";export const page=()=>import("./lazy-def.js");`);
      const alone = bundleSizes(fake).get('@portal/mfe-auth')!.gzipBytes;
      file('apps/mfe-auth/dist/mfe-auth.js', 'export const page = 1;');
      const entryOnly = bundleSizes(fake).get('@portal/mfe-auth')!.gzipBytes;
      expect(alone).toBeGreaterThan(entryOnly + 500);
      expect(alone).toBeLessThan(entryOnly + 5_000);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });
});
