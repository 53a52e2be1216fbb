import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The deployed front end, as files any static host or CDN can serve under /static/:
 *
 *   importmap.json           { imports, integrity }: bare specifier → URL, URL → sha384
 *   page.json                stylesheets and classic scripts of the portal's page
 *   history.json             every repointing of a specifier, newest last (for rollback)
 *   shared/<name>-<hash>.js  react, react-dom, single-spa, the GraphQL client, the UI kit…
 *   shell/<version>-<hash>/  the single-spa root config
 *   mfe/<name>/<version>-<hash>/  one folder per published build of a micro-frontend
 *
 * Everything below shared/, shell/ and mfe/ is immutable (the hash is of the content), so it
 * can be cached forever; only the three JSON files change, and publishing writes them atomically.
 */
export interface ImportMap {
  imports: Record<string, string>;
  integrity: Record<string, string>;
}

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
}

export interface HistoryEntry {
  at: string;
  specifier: string;
  url: string;
  previous: string | null;
}

/** The URL prefix the files are served under. */
export const STATIC_PREFIX = '/static';

export function readJson<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

/** Writes a JSON file through a temporary file and a rename: readers never see half of it. */
export function writeJsonAtomically(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, null, 2) + '\n');
  renameSync(temporary, file);
}

export const readImportMap = (staticDir: string): ImportMap => {
  const map = readJson<Partial<ImportMap>>(join(staticDir, 'importmap.json'), {});
  return { imports: map.imports ?? {}, integrity: map.integrity ?? {} };
};

export const readHistory = (staticDir: string): HistoryEntry[] => readJson<HistoryEntry[]>(join(staticDir, 'history.json'), []);

/** Subresource integrity of a file's bytes. */
export function integrityOf(bytes: Buffer): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The first eight hex digits of the SHA-256 of some files' bytes, for content-addressed names. */
export function contentHash(...contents: Buffer[]): string {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  return hash.digest('hex').slice(0, 8);
}
