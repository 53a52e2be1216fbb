#!/usr/bin/env node
/**
 * The front end's size budgets, in gzipped bytes of JavaScript, measured on the builds
 * (`pnpm run build`):
 *
 *   first load of the auth pages: shell + shared dependencies + mfe-auth   ≤ 110 KB
 *   each micro-frontend's own bundle                                       ≤ 25 KB (auth), 30 KB (others)
 *   first load of the OC list: shell + shared dependencies + mfe-offers     ≤ 130 KB
 *
 * `node tools/dist/frontend/budgets.js [--json]` prints the table (or JSON) and exits 1 when a
 * budget is exceeded; a test runs the same check in `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { builtMicroFrontends } from './workspace.js';

export interface BundleSize {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface BudgetResult {
  budget: string;
  parts: string[];
  gzipBytes: number;
  limitBytes: number;
  ok: boolean;
}

const KB = 1024;

function measure(name: string, file: string): BundleSize {
  const bytes = readFileSync(file);
  return { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/**
 * A micro-frontend's entry with the chunks it imports statically (what its first load fetches):
 * a chunk shared with a lazily loaded page counts; the lazily loaded pages themselves do not.
 */
function measureEntry(name: string, file: string): BundleSize {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\.?\/[^"']+)["']/g)) visit(join(dirname(path), match[1]!));
  };
  visit(file);
  return [...seen].map((path) => measure(name, path)).reduce((a, b) => ({ name, bytes: a.bytes + b.bytes, gzipBytes: a.gzipBytes + b.gzipBytes }));
}

/** Every JavaScript file a first page load fetches, and each micro-frontend's own bundle. */
export function bundleSizes(root: string): Map<string, BundleSize> {
  const sizes = new Map<string, BundleSize>();
  const sharedDist = join(root, 'packages', 'shared-deps', 'dist');
  const manifest = JSON.parse(readFileSync(join(sharedDist, 'manifest.json'), 'utf8')) as Record<string, string>;
  for (const [specifier, file] of Object.entries(manifest)) sizes.set(specifier, measure(specifier, join(sharedDist, file)));
  sizes.set('@portal/ui', measure('@portal/ui', join(root, 'packages', 'ui', 'dist-web', 'ui.js')));
  const overrides = join(root, 'apps', 'shell', 'node_modules', 'import-map-overrides', 'dist', 'import-map-overrides-api.js');
  sizes.set('import-map-overrides', measure('import-map-overrides', overrides));
  sizes.set('@portal/shell', measure('@portal/shell', join(root, 'apps', 'shell', 'dist', 'shell.js')));
  for (const app of builtMicroFrontends(root)) sizes.set(`@portal/${app}`, measureEntry(`@portal/${app}`, join(root, 'apps', app, 'dist', `${app}.js`)));
  return sizes;
}

/**
 * The shell and everything it shares, without any micro-frontend. (import-map-overrides is
 * loaded for developers only, see apps/gateway/src/web.ts.)
 */
const FRAME = ['@portal/shell', 'single-spa', '@urql/core', '@portal/graphql-client', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@portal/ui'];

export function checkBudgets(sizes: Map<string, BundleSize>): BudgetResult[] {
  const total = (parts: string[]) => parts.reduce((sum, part) => sum + (sizes.get(part)?.gzipBytes ?? 0), 0);
  const budget = (name: string, parts: string[], limitKb: number): BudgetResult => {
    const gzipBytes = total(parts);
    return { budget: name, parts, gzipBytes, limitBytes: limitKb * KB, ok: gzipBytes <= limitKb * KB };
  };
  const results = [budget('first load of the auth pages (shell + shared + mfe-auth)', [...FRAME, '@portal/mfe-auth'], 110)];
  for (const name of sizes.keys()) {
    if (name.startsWith('@portal/mfe-')) results.push(budget(`${name} own bundle`, [name], name === '@portal/mfe-auth' ? 25 : 30));
  }
  if (sizes.has('@portal/mfe-offers')) results.push(budget('first load of the OC list (shell + shared + mfe-offers)', [...FRAME, '@portal/mfe-offers'], 130));
  return results;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  if (!existsSync(join(root, 'apps', 'shell', 'dist', 'shell.js'))) {
    console.error('budgets: build the front end first (pnpm run build)');
    process.exit(2);
  }
  const sizes = bundleSizes(root);
  const results = checkBudgets(sizes);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ bundles: [...sizes.values()], budgets: results }, null, 2));
  else {
    for (const size of sizes.values()) console.log(`${size.name.padEnd(26)} ${kb(size.bytes).padStart(10)} ${kb(size.gzipBytes).padStart(10)} gzip`);
    console.log('');
    for (const r of results) console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.budget.padEnd(60)} ${kb(r.gzipBytes).padStart(9)} / ${kb(r.limitBytes)}`);
  }
  if (results.some((r) => !r.ok)) process.exit(1);
}
