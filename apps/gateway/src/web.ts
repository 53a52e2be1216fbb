import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { type FastifyInstance } from 'fastify';

/** The portal's pages by first path segment, and the micro-frontend each shows (as in the shell). */
export const PAGE_AREAS: Record<string, string> = {
  '/auth': '@portal/mfe-auth',
  '/entreprise': '@portal/mfe-company',
  '/facturation': '@portal/mfe-invoices',
  '/offres': '@portal/mfe-offers',
  '/commandes': '@portal/mfe-orders',
};

interface ImportMap {
  imports: Record<string, string>;
  integrity?: Record<string, string>;
}

/**
 * The portal's icon in the browser tab: a white "e" on the top bar's ink blue, inlined as a data:
 * URL (the Content-Security-Policy allows images from data:), so no file has to be published.
 */
export const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d2b3a"/><text x="16" y="23" font-family="Arial,sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">e</text></svg>')}`;

/** JSON inside a <script> element: `<` escaped so no value can close the element. */
const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A classic script run before any module: for a developer who has set overrides (or `devtools`)
 * in localStorage it loads import-map-overrides, which merges the overrides into the import map;
 * for everyone else it installs the import map as it is, sparing them the overrides' 6 KB.
 */
function importMapLoader(overridesScripts: string[], nonce: string): string {
  // The scripts it writes carry the page's nonce, or the Content-Security-Policy refuses them.
  const tags = overridesScripts.map((src) => `<script nonce="${attribute(nonce)}" src="${attribute(src)}"></script>`).join('');
  // A JavaScript string whose source never contains "</script>" (it would end this element).
  const written = JSON.stringify(tags).replace(/<\//g, '<\\/');
  return [
    '(function () {',
    '  var developer = false;',
    '  try {',
    '    for (var i = 0; i < localStorage.length; i++) {',
    '      var key = localStorage.key(i) || "";',
    '      if (key.indexOf("import-map-override") === 0 || key === "devtools") developer = true;',
    '    }',
    '  } catch (e) {}',
    `  if (developer) { document.write(${written}); return; }`,
    '  var source = document.querySelector(\'script[type="overridable-importmap"]\');',
    '  var map = document.createElement("script");',
    '  map.type = "importmap";',
    '  map.nonce = document.currentScript.nonce;',
    '  map.textContent = source.textContent;',
    '  source.after(map);',
    '})();',
  ].join('\n');
}

/**
 * The portal's one HTML page. The import map is inlined as `overridable-importmap` so that
 * import-map-overrides can let a developer point one micro-frontend at a local dev server; the
 * integrity of every published file goes in a second import map, which the browser merges.
 */
export function portalPage(map: ImportMap, assets: { stylesheets: string[]; scripts: string[] }, area: string | undefined, nonce: string): string {
  const n = ` nonce="${attribute(nonce)}"`;
  // The page's own micro-frontend is fetched with the shell, not after it.
  const preload = [...(area ? [area] : []), '@portal/shell', 'single-spa', '@portal/graphql-client', '@urql/core', 'react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', '@portal/ui']
    .map((specifier) => map.imports[specifier])
    .filter((url): url is string => Boolean(url));
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Espace client</title>',
    `<link rel="icon" type="image/svg+xml" href="${FAVICON}">`,
    ...assets.stylesheets.map((href) => `<link rel="stylesheet" href="${attribute(href)}">`),
    `<script type="overridable-importmap"${n}>${inScript({ imports: map.imports })}</script>`,
    `<script type="importmap"${n}>${inScript({ integrity: map.integrity ?? {} })}</script>`,
    `<script${n}>${importMapLoader(assets.scripts, nonce)}</script>`,
    ...preload.map((href) => `<link rel="modulepreload"${n} href="${attribute(href)}"${map.integrity?.[href] ? ` integrity="${attribute(map.integrity[href])}"` : ''}>`),
    `<script type="module"${n}>import '@portal/shell';</script>`,
    '</head>',
    '<body>',
    '<noscript>Le portail a besoin de JavaScript. / The portal needs JavaScript.</noscript>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * The page's Content-Security-Policy: scripts only with this page's nonce (the import maps, their
 * loader and the shell's entry; what they load is trusted through 'strict-dynamic': the modules of
 * the import map, import-map-overrides), nothing else from anywhere; styles from the portal (and
 * inline: the micro-frontends render a few <style> elements); images from the portal and data:
 * URLs (a QR code to enrol a second factor); requests to the portal only; no plugins, no <base>,
 * no framing, forms posted to the portal only.
 */
export function pageContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the published front end (see tools/src/frontend): /static/* (immutable files cached for
 * a year), /importmap.json, and the portal's page for "/" and every page path. The import map is
 * read on each page request, so publishing a micro-frontend takes effect at the next page load
 * with no restart and no rebuild of anything else.
 */
export async function registerWeb(app: FastifyInstance, staticDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/static/',
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders(reply, path) {
      const immutable = /^[\\/](shared|shell|mfe)[\\/]/.test(path.slice(staticDir.length));
      void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.get('/importmap.json', async (_request, reply) => {
    const map = await readJson<ImportMap>(join(staticDir, 'importmap.json'));
    if (!map) return reply.code(404).send({ error: 'nothing published' });
    return reply.header('cache-control', 'no-cache').send(map);
  });

  const page = async (request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    const map = await readJson<ImportMap>(join(staticDir, 'importmap.json'));
    const assets = (await readJson<{ stylesheets: string[]; scripts: string[] }>(join(staticDir, 'page.json'))) ?? { stylesheets: [], scripts: [] };
    if (!map?.imports['@portal/shell']) {
      return reply.code(503).header('content-type', 'text/plain; charset=utf-8').send('The front end is not published: run `pnpm run build` then `node tools/dist/frontend/publish-cli.js all`.');
    }
    const nonce = randomBytes(18).toString('base64');
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', pageContentSecurityPolicy(nonce))
      .send(portalPage(map, assets, PAGE_AREAS[`/${(request.routeOptions.url ?? '/').split('/')[1] ?? ''}`], nonce));
  };
  app.get('/', page);
  for (const prefix of Object.keys(PAGE_AREAS)) {
    app.get(prefix, page);
    app.get(`${prefix}/*`, page);
  }

  // An unknown address: a browser asking for a page gets the portal's page with status 404 (the
  // shell shows "Page introuvable" inside the layout, with the way back); any other caller the
  // portal's typed JSON, never the framework's English text.
  app.setNotFoundHandler(async (request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && /text\/html/.test(request.headers.accept ?? '')) {
      reply.code(404);
      return page(request, reply);
    }
    return reply.code(404).header('cache-control', 'no-store').send({ code: 'NOT_FOUND', message: 'Adresse introuvable.', field: null });
  });
}
