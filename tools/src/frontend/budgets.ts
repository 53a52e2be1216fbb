#!/usr/bin/env node
/**
 * The front end's size budgets, in gzipped bytes of JavaScript, measured on the builds
 * (`pnpm run build`):
 *
 *   first load of the auth pages: shell + shared dependencies + mfe-auth   ≤ 114 KB
 *   each micro-frontend's own bundle                                       ≤ 25 KB (auth), 30 KB (others)
 *   first load of the OC list: shell + shared dependencies + mfe-offers     ≤ 130 KB
 *   first load of the order list: shell + shared dependencies + mfe-orders  ≤ 130 KB
 *
 * `node tools/dist/frontend/budgets.js [--json]` prints the table (or JSON) and exits 1 when a
 * budget is exceeded or one of its bundles is missing (never counted as 0 bytes); a test runs the same check in `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
  /** Bundles of this budget whose file is missing from the builds: the budget then fails. */
  missing: string[];
  ok: boolean;
}

const KB = 1024;

/** Adds a bundle's size; a missing file adds nothing, and every budget counting it then fails. */
function measure(sizes: Map<string, BundleSize>, name: string, file: string): void {
  if (!existsSync(file)) return;
  const bytes = readFileSync(file);
  sizes.set(name, { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
}

/**
 * A micro-frontend's entry with the chunks it imports statically (what its first load fetches):
 * a chunk shared with a lazily loaded page counts; the lazily loaded pages themselves do not.
 */
function measureEntry(sizes: Map<string, BundleSize>, name: string, file: string): void {
  if (!existsSync(file)) return;
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.\.?\/[^"']+)["']/g)) visit(join(dirname(path), match[1]!));
  };
  visit(file);
  const files = [...seen].map((path) => readFileSync(path));
  sizes.set(name, { name, bytes: files.reduce((n, b) => n + b.length, 0), gzipBytes: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) });
}

/** The micro-frontends of apps/ (built or not): each must have a bundle. */
export function microFrontends(root: string): string[] {
  return readdirSync(join(root, 'apps')).filter((app) => app.startsWith('mfe-') && existsSync(join(root, 'apps', app, 'package.json'))).sort();
}

/** Every JavaScript file a first page load fetches, and each micro-frontend's own bundle, as built. */
export function bundleSizes(root: string): Map<string, BundleSize> {
  const sizes = new Map<string, BundleSize>();
  const sharedDist = join(root, 'packages', 'shared-deps', 'dist');
  const manifestFile = join(sharedDist, 'manifest.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string> : {};
  for (const [specifier, file] of Object.entries(manifest)) measure(sizes, specifier, join(sharedDist, file));
  measure(sizes, '@portal/ui', join(root, 'packages', 'ui', 'dist-web', 'ui.js'));
  measure(sizes, 'import-map-overrides', join(root, 'apps', 'shell', 'node_modules', 'import-map-overrides', 'dist', 'import-map-overrides-api.js'));
  measure(sizes, '@portal/shell', join(root, 'apps', 'shell', 'dist', 'shell.js'));
  for (const app of microFrontends(root)) measureEntry(sizes, `@portal/${app}`, join(root, 'apps', app, 'dist', `${app}.js`));
  return sizes;
}

/**
 * The shell and everything it shares, without any micro-frontend. (import-map-overrides is
 * loaded for developers only, see apps/gateway/src/web.ts.)
 */
const FRAME = ['@portal/shell', 'single-spa', '@urql/core', '@portal/graphql-client', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@portal/ui'];

/**
 * Each budget against the sizes measured; `apps` are the micro-frontends that must have a bundle
 * (all of apps/ for the command). A bundle that is not there fails its budgets: it is never 0 bytes.
 */
export function checkBudgets(sizes: Map<string, BundleSize>, apps: string[]): BudgetResult[] {
  const budget = (name: string, parts: string[], limitKb: number): BudgetResult => {
    const missing = parts.filter((part) => !sizes.has(part));
    const gzipBytes = parts.reduce((sum, part) => sum + (sizes.get(part)?.gzipBytes ?? 0), 0);
    return { budget: name, parts, gzipBytes, limitBytes: limitKb * KB, missing, ok: missing.length === 0 && gzipBytes <= limitKb * KB };
  };
  const results = [budget('first load of the auth pages (shell + shared + mfe-auth)', [...FRAME, '@portal/mfe-auth'], 114)];
  for (const app of apps) results.push(budget(`@portal/${app} own bundle`, [`@portal/${app}`], app === 'mfe-auth' ? 25 : 30));
  results.push(budget('first load of the OC list (shell + shared + mfe-offers)', [...FRAME, '@portal/mfe-offers'], 130));
  results.push(budget('first load of the order list (shell + shared + mfe-orders)', [...FRAME, '@portal/mfe-orders'], 130));
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
  const results = checkBudgets(sizes, microFrontends(root));
  if (process.argv.includes('--json')) console.log(JSON.stringify({ bundles: [...sizes.values()], budgets: results }, null, 2));
  else {
    for (const size of sizes.values()) console.log(`${size.name.padEnd(26)} ${kb(size.bytes).padStart(10)} ${kb(size.gzipBytes).padStart(10)} gzip`);
    console.log('');
    for (const r of results) {
      const verdict = r.missing.length ? 'MISS' : r.ok ? 'ok  ' : 'OVER';
      console.log(`${verdict} ${r.budget.padEnd(60)} ${kb(r.gzipBytes).padStart(9)} / ${kb(r.limitBytes)}${r.missing.length ? `  missing: ${r.missing.join(', ')}` : ''}`);
    }
  }
  if (results.some((r) => !r.ok)) process.exit(1);
}
