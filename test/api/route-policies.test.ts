import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { registerTrustedDocuments } from '../../tools/src/frontend/publish.js';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

/**
 * Every policy (trusted documents, rate limit, authentication) applies to the route as the router
 * matched it, for every method that reaches it, whatever the spelling of its path: percent-encoded
 * letters, doubled or trailing slashes, another case. Requests go out through node:http with the
 * path exactly as written (fetch would normalise some spellings before sending them).
 */
const root = resolve(import.meta.dirname, '..', '..');
const authDocuments = JSON.parse(readFileSync(join(root, 'apps', 'mfe-auth', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const termsHash = Object.entries(authDocuments).find(([, text]) => text.startsWith('query AuthTerms'))![0].replace(/^sha256:/, '');

let staticDir: string;
let portal: TestPortal;
let session: Client;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'portal-routes-'));
  registerTrustedDocuments(staticDir, authDocuments);
  portal = await startTestPortal({ env: { TRUSTED_DOCUMENTS: 'on', PORTAL_STATIC_DIR: staticDir, RATE_LIMIT_ADDRESS_PER_MINUTE: '100000' } });
  // Signed in through the registered login operation, as the browser does.
  session = portal.client();
  const login = Object.entries(authDocuments).find(([, text]) => text.startsWith('mutation AuthLogIn'))![0];
  const res = await fetch(`${portal.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables: { input: { login: 'E-0000000010', password: 'Portail-Demo-2026!' } }, extensions: { persistedQuery: { version: 1, sha256Hash: login.replace(/^sha256:/, '') } } }),
  });
  session.cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
}, 120_000);
afterAll(async () => {
  await portal?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with its path sent byte for byte as written. */
function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(portal.url);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const encodeAt = (path: string, index: number) => `${path.slice(0, index)}%${path.charCodeAt(index).toString(16)}${path.slice(index + 1)}`;

/** The spellings of a path an attacker tries: each letter percent-encoded in turn, case, slashes. */
function spellings(path: string): string[] {
  const [pathname, query] = path.split('?') as [string, string | undefined];
  const withQuery = (p: string) => (query === undefined ? p : `${p}?${query}`);
  const letters = [...pathname].flatMap((c, i) => (/[a-z]/i.test(c) ? [i] : []));
  return [
    path,
    ...letters.map((i) => withQuery(encodeAt(pathname, i))),
    withQuery(encodeAt(encodeAt(pathname, letters.at(-1)!), letters[0]!)),
    withQuery(pathname.toUpperCase()),
    withQuery(`${pathname}/`),
    withQuery(`/${pathname}`),
    withQuery(pathname.replace(/\/(?=[^/]*$)/, '//')),
    withQuery(`${pathname}%2F`),
    withQuery(pathname.replace(/^\//, '/./')),
    withQuery(`/static/..${pathname}`),
  ];
}

/** Every route of the API, from the router itself, with a path that reaches it. */
function apiRoutes(): { url: string; methods: string[]; path: string }[] {
  const byUrl = new Map<string, Set<string>>();
  for (const { method, url } of portal.gateway.routes) {
    if (url === '/graphql' || url.startsWith('/exports/') || url.startsWith('/documents/')) byUrl.set(url, (byUrl.get(url) ?? new Set()).add(method));
  }
  const company = toGlobalId('Company', 44284);
  return [...byUrl.entries()].map(([url, methods]) => ({
    url,
    methods: [...methods].sort(),
    path: url.replace(':file', `${toGlobalId('Invoice', 1)}.pdf`) + (url.includes('services') ? `?companyId=${company}` : url.endsWith('.zip') ? '?ids=x' : ''),
  }));
}

describe('the routes of the API', () => {
  it('are known to the test: GraphQL, six exports (orders.csv from the orders package), two PDFs and two ZIPs', () => {
    expect(apiRoutes().map((r) => r.url).sort()).toEqual([
      '/documents/credit-notes.zip', '/documents/credit-notes/:file', '/documents/invoices.zip', '/documents/invoices/:file',
      '/exports/contracted-offers.csv', '/exports/credit-notes.csv', '/exports/customers.csv', '/exports/invoices.csv', '/exports/orders.csv', '/exports/services.csv',
      '/graphql',
    ]);
  });

  it('apply their rate limit and authentication to every spelling the router matches, for every method; any other spelling reaches no route of the API', async () => {
    const matched: string[] = [];
    for (const route of apiRoutes().filter((r) => r.url !== '/graphql')) {
      for (const path of spellings(route.path)) {
        for (const method of ['GET', 'HEAD', 'POST']) {
          const res = await send(method, path);
          const where = `${method} ${path}`;
          // Not this route: refused by the router (404) or by another route (the static files' 403).
          if (res.headers['ratelimit-limit'] === undefined) {
            expect([403, 404], where).toContain(res.status);
            expect(res.headers['content-disposition'], where).toBeUndefined();
            continue;
          }
          matched.push(where);
          expect(res.headers['ratelimit-limit'], where).toBe('100000');
          expect(res.status, where).toBe(401);
          if (method === 'GET') expect(JSON.parse(res.body).code, where).toBe('UNAUTHENTICATED');
        }
      }
    }
    // The encoded spellings do reach the routes (so the policies above were tried on them).
    expect(matched).toEqual(expect.arrayContaining(['GET /%65xports/customers.csv', 'HEAD /%65xports/customers.csv', 'GET /%64ocuments/invoices.zip?ids=x']));
  });

  it('run on GraphQL, for a browser session or an anonymous caller, only registered operations: POST and GET (preflight header included), every spelling', async () => {
    const unregistered = JSON.stringify({ query: '{ viewer { user { company { siren } } } }' });
    const getQuery = `?query=${encodeURIComponent('{ viewer { user { company { siren } } } }')}`;
    let matched = 0;
    for (const path of spellings('/graphql')) {
      for (const who of [{}, { cookie: session.cookie! }] as Record<string, string>[]) {
        const answers = [
          ['POST', await send('POST', path, { headers: who, body: unregistered })],
          ['GET', await send('GET', `${path}${getQuery}`, { headers: { ...who, 'apollo-require-preflight': 'true' } })],
          ['HEAD', await send('HEAD', `${path}${getQuery}`, { headers: { ...who, 'apollo-require-preflight': 'true' } })],
        ] as const;
        for (const [method, res] of answers) {
          const where = `${method} ${path} ${'cookie' in who ? 'session' : 'anonymous'}`;
          if (res.body) expect(Object.keys(JSON.parse(res.body)), where).not.toContain('data');
          if (res.headers['ratelimit-limit'] === undefined && [403, 404].includes(res.status)) continue;
          matched += 1;
          expect(res.headers['ratelimit-limit'], where).toBe('100000');
          if (method === 'HEAD') expect(res.status, where).toBeGreaterThanOrEqual(400);
          else expect([res.status, JSON.parse(res.body).errors[0].extensions.code], where).toEqual([400, 'PERSISTED_QUERY_NOT_ALLOWED']);
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(2 * 3 * 9);
  });

  it('run a registered operation named by its hash over GET as over POST', async () => {
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: termsHash } }));
    for (const path of ['/graphql', '/graph%71l']) {
      const res = await send('GET', `${path}?extensions=${extensions}`, { headers: { cookie: session.cookie!, 'apollo-require-preflight': 'true' } });
      expect(res.status, path).toBe(200);
      expect(Object.keys(JSON.parse(res.body).data).sort(), path).toEqual(['termsOfUse', 'viewer']);
    }
  });
});

describe('the rate limit', () => {
  it('counts encoded spellings of every route of the API as the route itself', async () => {
    const limited = await startTestPortal({ seed: false, env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '4' } });
    try {
      const url = new URL(limited.url);
      const hit = (path: string) =>
        new Promise<number>((done, fail) => {
          const req = httpRequest({ host: url.hostname, port: url.port, method: 'GET', path }, (res) => {
            res.resume();
            res.on('end', () => done(res.statusCode!));
          });
          req.on('error', fail);
          req.end();
        });
      const statuses = [];
      for (const path of ['/%65xports/customers.csv', '/%64ocuments/invoices.zip?ids=x', '/exports/customers%2ecsv', `/graph%71l?query=${encodeURIComponent('{ apiVersion }')}`, '/graph%71l', '/%65xports/services.csv']) statuses.push(await hit(path));
      expect(statuses.slice(4)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
