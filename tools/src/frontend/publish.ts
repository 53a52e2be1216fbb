import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  contentHash,
  integrityOf,
  readHistory,
  readJson,
  readImportMap,
  STATIC_PREFIX,
  writeJsonAtomically,
  type PageAssets,
} from './static-layout.js';

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** Points `specifier` at `url` (with the integrity of the file) and records the change. */
export function repoint(staticDir: string, specifier: string, url: string, integrity: string): void {
  const map = readImportMap(staticDir);
  const previous = map.imports[specifier] ?? null;
  map.integrity[url] = integrity;
  if (previous === url) return writeJsonAtomically(join(staticDir, 'importmap.json'), map);
  map.imports[specifier] = url;
  const history = readHistory(staticDir);
  history.push({ at: new Date().toISOString(), specifier, url, previous });
  writeJsonAtomically(join(staticDir, 'history.json'), history.slice(-500));
  writeJsonAtomically(join(staticDir, 'importmap.json'), map);
}

/** Copies a folder to `target` unless it is there already (an immutable path never changes). */
function copyOnce(source: string, target: string): void {
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.${process.pid}.tmp`;
  cpSync(source, staging, { recursive: true });
  try {
    renameSync(staging, target);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw err;
  }
}

export interface PublishedBuild {
  specifier: string;
  url: string;
  integrity: string;
}

export interface BuildToPublish {
  /** Import-map specifier: `@portal/mfe-auth`, `@portal/shell`. */
  specifier: string;
  /** Path below the static folder, without the version: `mfe/mfe-auth`, `shell`. */
  path: string;
  version: string;
  /** The build folder (Vite's dist/). */
  dist: string;
  /** The entry module inside it. */
  entry: string;
}

/**
 * Publishes one build of an application (a micro-frontend or the shell): copies its folder to an
 * immutable, versioned path `<path>/<version>-<hash>/`, then repoints its specifier in the import
 * map. Nothing else is touched: no other application is rebuilt or recopied. Publishing the same
 * bytes again changes nothing.
 */
export function publishBuild(staticDir: string, build: BuildToPublish): PublishedBuild {
  const { specifier, path, version, dist, entry } = build;
  if (!existsSync(join(dist, entry))) throw new Error(`${specifier}: ${entry} is not in ${dist}; build it first`);
  if (!/^[0-9A-Za-z.-]+$/.test(version)) throw new Error(`${specifier}: "${version}" is not a plain version`);
  const files = filesBelow(dist);
  const hash = contentHash(...files.flatMap((file) => [Buffer.from(file), readFileSync(join(dist, file))]));
  const folder = `${path}/${version}-${hash}`;
  copyOnce(dist, join(staticDir, folder));
  const url = `${STATIC_PREFIX}/${folder}/${entry}`;
  const integrity = integrityOf(readFileSync(join(staticDir, folder, entry)));
  repoint(staticDir, specifier, url, integrity);
  return { specifier, url, integrity };
}

/**
 * Rolls a specifier back: repoints it to the URL it had before its latest publication (or to
 * `toVersion`'s folder when given). The files of every version stay where they are.
 */
export function rollback(staticDir: string, specifier: string, toVersion?: string): string {
  const map = readImportMap(staticDir);
  const current = map.imports[specifier];
  if (!current) throw new Error(`${specifier} is not in the import map`);
  let target: string | undefined;
  if (toVersion) {
    const entry = current.split('/').pop() ?? '';
    const base = current.slice(STATIC_PREFIX.length + 1).split('/').slice(0, -2).join('/');
    const folder = readdirSync(join(staticDir, base)).filter((name) => name.startsWith(`${toVersion}-`)).sort((a, b) => statSync(join(staticDir, base, b)).mtimeMs - statSync(join(staticDir, base, a)).mtimeMs)[0];
    if (!folder) throw new Error(`${specifier}: no published folder for version ${toVersion}`);
    target = `${STATIC_PREFIX}/${base}/${folder}/${entry}`;
  } else {
    target = readHistory(staticDir).filter((h) => h.specifier === specifier && h.url === current).pop()?.previous ?? undefined;
    if (!target) throw new Error(`${specifier}: no earlier version to roll back to`);
  }
  const file = join(staticDir, target.slice(STATIC_PREFIX.length + 1));
  if (!existsSync(file)) throw new Error(`${specifier}: ${target} is no longer on the static host`);
  repoint(staticDir, specifier, target, integrityOf(readFileSync(file)));
  return target;
}

/** Writes a file under shared/ (its name carries its content hash, so it never changes); returns its URL. */
function shareFile(staticDir: string, source: string, name: string): { url: string; integrity: string } {
  const bytes = readFileSync(source);
  const target = join(staticDir, 'shared', name);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    if (basename(source) === name && existsSync(`${source}.map`)) writeFileSync(`${target}.map`, readFileSync(`${source}.map`));
  }
  return { url: `${STATIC_PREFIX}/shared/${name}`, integrity: integrityOf(bytes) };
}

/** `ui.js` → `ui-<hash>.js`. */
const hashedName = (source: string, base: string, extension: string) => `${base}-${contentHash(readFileSync(source))}${extension}`;

export interface SharedBuilds {
  /** packages/shared-deps/dist: content-hashed modules and manifest.json (specifier → file). */
  sharedDeps: string;
  /** packages/ui/dist-web: ui.js and ui.css. */
  ui: string;
  /** import-map-overrides' browser API script (no UI). */
  importMapOverrides: string;
}

/** Publishes the shared dependencies, the UI kit and the page's stylesheet and scripts. */
export function publishShared(staticDir: string, builds: SharedBuilds): void {
  const manifest = JSON.parse(readFileSync(join(builds.sharedDeps, 'manifest.json'), 'utf8')) as Record<string, string>;
  for (const [specifier, file] of Object.entries(manifest)) {
    const shared = shareFile(staticDir, join(builds.sharedDeps, file), file); // named with its hash by its build
    repoint(staticDir, specifier, shared.url, shared.integrity);
  }
  const uiScript = join(builds.ui, 'ui.js');
  const ui = shareFile(staticDir, uiScript, hashedName(uiScript, 'ui', '.js'));
  repoint(staticDir, '@portal/ui', ui.url, ui.integrity);
  const page: PageAssets = {
    stylesheets: [shareFile(staticDir, join(builds.ui, 'ui.css'), hashedName(join(builds.ui, 'ui.css'), 'ui', '.css')).url],
    scripts: [shareFile(staticDir, builds.importMapOverrides, hashedName(builds.importMapOverrides, 'import-map-overrides-api', '.js')).url],
  };
  writeJsonAtomically(join(staticDir, 'page.json'), page);
}

/**
 * Adds operations to trusted-documents.json ("sha256:<hash>" → document), which the gateway reads
 * to run the front end's operations by hash. Documents are only ever added: a page still open
 * with an earlier version keeps working.
 */
export function registerTrustedDocuments(staticDir: string, documents: Record<string, string>): void {
  const file = join(staticDir, 'trusted-documents.json');
  const known = readJson<Record<string, string>>(file, {});
  const added = Object.entries(documents).filter(([hash]) => !(hash in known));
  if (added.length) writeJsonAtomically(file, { ...known, ...Object.fromEntries(added) });
}
