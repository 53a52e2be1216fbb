// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusalText } from './problems.js';

/** A minimal window: the module only needs addEventListener / dispatchEvent. */
class FakeWindow extends EventTarget {}

describe('@portal/graphql-client', () => {
  const requests: { url: string; init: RequestInit }[] = [];

  beforeEach(() => {
    requests.length = 0;
    vi.stubGlobal('window', new FakeWindow());
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      const body = JSON.parse(String(init.body)) as { query: string };
      const data = body.query.includes('viewer') ? { viewer: { __typename: 'Viewer', termsAccepted: true } } : { logOut: { __typename: 'LogOutPayload', loggedOut: true } };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    });
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts to /graphql with the same-origin cookie, caches, and drops the cache on a viewer change', async () => {
    const client = await import('./index.js');
    const first = await client.query<{ viewer: { termsAccepted: boolean } }>('{ viewer { termsAccepted } }');
    expect(first.error).toBeUndefined();
    expect(first.data?.viewer.termsAccepted).toBe(true);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('/graphql');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.init.credentials).toBe('same-origin');

    await client.query('{ viewer { termsAccepted } }');
    expect(requests).toHaveLength(1); // served from the cache

    const before = client.portalClient;
    const heard: unknown[] = [];
    const stop = client.onViewerChange((detail) => heard.push(detail));
    client.notifyViewerChange({ reason: 'logOut' });
    expect(heard).toEqual([{ reason: 'logOut' }]);
    expect(client.portalClient).not.toBe(before);
    stop();
    client.notifyViewerChange();
    expect(heard).toHaveLength(1);

    await client.query('{ viewer { termsAccepted } }');
    expect(requests).toHaveLength(2); // a new client, an empty cache
  });

  it('mutate() resolves with data, and errors come back as { error }', async () => {
    const client = await import('./index.js');
    const ok = await client.mutate<{ logOut: { loggedOut: boolean } }>('mutation { logOut { loggedOut } }');
    expect(ok.data?.logOut.loggedOut).toBe(true);
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 502 }));
    const failed = await client.query('{ other }', {}, { requestPolicy: 'network-only' });
    expect(failed.data).toBeUndefined();
    expect(failed.error).toBeInstanceOf(client.CombinedError);
  });
});

describe('refusalText, the one refusal-to-text rule of the micro-frontends', () => {
  const english: Record<string, string> = { 'code.NOT_FOUND': 'Not found.', 'rule.PASSWORD_TOO_SHORT': 'At least 12 characters.' };
  const text = (key: string) => english[key];

  it("gives the gateway's own message in French, the app's text of the code in English, else the message", () => {
    expect(refusalText({ code: 'NOT_FOUND', message: 'Introuvable.' }, 'fr', text)).toBe('Introuvable.');
    expect(refusalText({ code: 'NOT_FOUND', message: 'Introuvable.' }, 'en', text)).toBe('Not found.');
    expect(refusalText({ code: 'UNKNOWN', message: 'Inconnu.' }, 'en', text)).toBe('Inconnu.');
    expect(refusalText({ code: null, message: 'Réseau.' }, 'en', text)).toBe('Réseau.');
  });

  it('tries the keys an app names, in order', () => {
    const keys = (code: string) => [`rule.${code}`, `code.${code}`];
    expect(refusalText({ code: 'PASSWORD_TOO_SHORT', message: 'Trop court.' }, 'en', text, keys)).toBe('At least 12 characters.');
  });
});

describe('an ended session', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new FakeWindow());
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fires portal:session-ended for an UNAUTHENTICATED answer (saying whether a mutation was refused), not for an outage', async () => {
    const unauthenticated = { errors: [{ message: 'Connectez-vous pour continuer.', extensions: { code: 'UNAUTHENTICATED' } }], data: null };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(unauthenticated), { headers: { 'content-type': 'application/json' } }));
    const client = await import('./index.js');
    const heard: unknown[] = [];
    client.onSessionEnded((detail) => heard.push(detail));
    const refused = await client.query('{ viewer { termsAccepted } }');
    expect(client.isSessionEnded(refused.error)).toBe(true);
    await client.mutate('mutation { logOut { loggedOut } }');
    expect(heard).toEqual([{ refusedMutation: false }, { refusedMutation: true }]);

    vi.stubGlobal('fetch', async () => new Response('nope', { status: 502 }));
    const down = await client.query('{ other }', {}, { requestPolicy: 'network-only' });
    expect(client.isSessionEnded(down.error)).toBe(false);
    expect(heard).toHaveLength(2);
  });
});

describe('problemsOf', () => {
  beforeEach(() => {
    vi.stubGlobal('window', new FakeWindow());
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives every refusal of one input at once, the others of extensions.otherErrors included, each at its field', async () => {
    const refused = { data: null, errors: [{ message: 'Identifiant invalide.', extensions: { code: 'IDENTIFIER_INVALID', field: ['filter', 'identifier'], otherErrors: [{ code: 'DATE_RANGE_INVALID', message: 'La date de fin précède la date de début.', field: ['filter', 'createdTo'] }] } }] };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refused), { headers: { 'content-type': 'application/json' } }));
    const client = await import('./index.js');
    const { error } = await client.query('{ customers { totalCount } }');
    expect(client.problemsOf(error)).toEqual([
      { network: false, code: 'IDENTIFIER_INVALID', message: 'Identifiant invalide.', field: ['filter', 'identifier'] },
      { network: false, code: 'DATE_RANGE_INVALID', message: 'La date de fin précède la date de début.', field: ['filter', 'createdTo'] },
    ]);
  });
});
