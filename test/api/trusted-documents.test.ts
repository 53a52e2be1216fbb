import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, loadConfig, type Gateway } from '@portal/gateway';
import { registerTrustedDocuments } from '../../tools/src/frontend/publish.js';
import { Client, DEMO_PASSWORD, startTestPortal, type TestPortal } from '../support/gateway.js';

const root = resolve(import.meta.dirname, '..', '..');
/** The auth micro-frontend's registered operations, as its build generated them. */
const authDocuments = JSON.parse(readFileSync(join(root, 'apps', 'mfe-auth', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const hashOf = (operation: string) => Object.entries(authDocuments).find(([, text]) => text.includes(`${operation}(`) || text.includes(`${operation} `))![0];

let staticDir: string;
let portal: TestPortal;
let relaxed: Gateway;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'portal-trusted-'));
  registerTrustedDocuments(staticDir, authDocuments);
  portal = await startTestPortal({ env: { TRUSTED_DOCUMENTS: 'on', PORTAL_STATIC_DIR: staticDir } });
  // A second instance on the same database, without the restriction, for the test's own set-up.
  relaxed = await createGateway({ ...loadConfig({ DATABASE_URL: portal.db.url, LOG_LEVEL: 'silent', JOBS: 'off', PUBLIC_URL: 'http://portal.test' }), port: 0 }, { seed: false });
  await relaxed.listen();
});
afterAll(async () => {
  await relaxed?.close();
  await portal?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }, cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

describe('trusted documents (TRUSTED_DOCUMENTS=on)', () => {
  it('runs a registered operation named by its hash, without its text', async () => {
    const login = await post({
      variables: { input: { login: 'E-0000000024', password: DEMO_PASSWORD } },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('AuthLogIn') } },
    });
    expect(login.status).toBe(200);
    expect(login.body.data.logIn.userErrors).toEqual([]);
    expect(login.body.data.logIn.viewer.user.login).toBe('E-0000000024');
  });

  it('refuses any other operation from a browser session or an anonymous caller', async () => {
    const anonymous = await post({ query: '{ apiVersion }' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');

    const login = await post({ variables: { input: { login: 'E-0000000024', password: DEMO_PASSWORD } }, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('AuthLogIn') } } });
    const session = await post({ query: '{ viewer { user { login } } }' }, { cookie: login.cookie! });
    expect(session.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    // A registered hash with another text: the registered text runs, never the one sent.
    const swapped = await post({ query: '{ apiVersion }', extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('AuthTerms') } } }, { cookie: login.cookie! });
    expect(Object.keys(swapped.body.data ?? {}).sort()).toEqual(['termsOfUse', 'viewer']);
  });

  it('lets API tokens send any operation, within the limits', async () => {
    const admin = new Client(relaxed.url!);
    await admin.logIn('E-0000000024', DEMO_PASSWORD);
    await admin.acceptTerms();
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "ERP", scopes: [IDENTITY_READ], expiresInDays: 30 }) { secret userErrors { code } } }');
    const token = created.data.apiTokenCreate.secret as string;
    const res = await post({ query: '{ viewer { user { login } } }' }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.data.viewer.user.login).toBe('E-0000000024');
  });
});
