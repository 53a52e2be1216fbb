import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSizes, checkBudgets } from './budgets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('front-end size budgets (gzipped JavaScript of the builds)', () => {
  it('keeps every first load and every micro-frontend within its budget', () => {
    const results = checkBudgets(bundleSizes(root));
    expect(results.map((r) => r.budget)).toContain('first load of the auth pages (shell + shared + mfe-auth)');
    expect(results.filter((r) => !r.ok).map((r) => `${r.budget}: ${r.gzipBytes} > ${r.limitBytes}`)).toEqual([]);
  });

  it('counts the shared dependencies once, in the first load', () => {
    const sizes = bundleSizes(root);
    const auth = checkBudgets(sizes)[0]!;
    expect(auth.gzipBytes).toBeGreaterThan(sizes.get('react-dom/client')!.gzipBytes + sizes.get('@portal/mfe-auth')!.gzipBytes);
  });
});
