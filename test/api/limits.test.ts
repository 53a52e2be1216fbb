import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, loadConfig } from '@portal/gateway';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '2000' } });
});
afterAll(() => portal?.close());

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (a refused body)
  }
  return { status: res.status, text, json };
}
const gql = (query: string, headers: Record<string, string> = {}) => post(JSON.stringify({ query }), headers);

describe('hostile documents', () => {
  /** A selection `levels` fields deep: myCompany, then managementPath inside managementPath… */
  const nested = (levels: number) => `{ myCompany { ${'managementPath { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
  // Levels of fields: the leaf `id` sits inside as many braces as there are fields on its path.
  const depthOf = (document: string) => Math.max(...[...document].reduce((depths, c) => [...depths, depths.at(-1)! + (c === '{' ? 1 : c === '}' ? -1 : 0)], [0]));

  it('refuses a query 50 levels deep, and serves one at the limit, 12', async () => {
    expect(depthOf(nested(50))).toBe(50);
    const res = await gql(nested(50));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/depth/i);
    const user = await portal.signedIn('E-0000000024');
    expect(depthOf(nested(12))).toBe(12);
    const atLimit = await user.gql(nested(12));
    expect(atLimit.errors).toBeUndefined();
    expect(depthOf(nested(13))).toBe(13);
    expect((await user.gql(nested(13))).errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses 16 aliases by the alias rule (15 allowed), and 100 alike', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: apiVersion`).join(' ')} }`;
    expect((await gql(aliases(15))).json.data.a14).toBeTruthy();
    for (const n of [16, 100]) {
      const res = await gql(aliases(n));
      expect(res.status, String(n)).toBe(400);
      expect(res.json.errors[0].message, String(n)).toMatch(/alias/i);
    }
  });

  it('refuses a body over 64 KB (10,000 aliases, 1 MB of spaces) with 413, before parsing it', async () => {
    const tenThousand = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: apiVersion`).join(' ')} }`;
    expect(Buffer.byteLength(tenThousand)).toBeGreaterThan(64 * 1024);
    expect((await gql(tenThousand)).status).toBe(413);
    expect((await gql(`{ apiVersion ${' '.repeat(1024 * 1024)} }`)).status).toBe(413);
  });

  it('refuses too many tokens and fragment cycles', async () => {
    const many = await gql(`{ ${'apiVersion '.repeat(3000)} }`);
    expect(many.status, many.text.slice(0, 200)).toBe(400);
    const cycle = await gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(cycle.status).toBe(400);
  });

  it('never suggests field names nor leaks stack traces', async () => {
    const res = await gql('{ viewr { user { login } } }');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/did you mean/i);
    expect(res.text).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });

  it('keeps serving normal requests while hostile ones are refused', async () => {
    const hostile = Array.from({ length: 20 }, () => gql(`{ ${'apiVersion '.repeat(3000)} }`));
    const normal = Array.from({ length: 20 }, () => gql('{ apiVersion }'));
    const results = await Promise.all([...hostile, ...normal]);
    expect(results.slice(20).every((r) => r.status === 200 && r.json?.data?.apiVersion)).toBe(true);
  });
});

describe('introspection', () => {
  it('is for authenticated callers only', async () => {
    const anonymous = await gql('{ __schema { queryType { name } } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const user = await portal.signedIn('E-0000000024');
    const res = await user.gql('{ __schema { queryType { name } } }');
    expect(res.data.__schema.queryType.name).toBe('Query');
  });
});

describe('rate limit', () => {
  it('counts per address over a minute, tells the budget left, and answers RATE_LIMITED past it', async () => {
    const limited = await startTestPortal({ seed: false, env: { RATE_LIMIT_ADDRESS_PER_MINUTE: '3' } });
    try {
      const call = () => fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ apiVersion }"}' });
      const first = await call();
      expect(first.headers.get('ratelimit-limit')).toBe('3');
      expect(first.headers.get('ratelimit-remaining')).toBe('2');
      await call();
      await call();
      const refused = await call();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      // Kept in PostgreSQL: a second gateway instance on the same database sees the same count.
      const second = await createGateway({ ...loadConfig({ DATABASE_URL: limited.db.url, LOG_LEVEL: 'silent', JOBS: 'off', RATE_LIMIT_ADDRESS_PER_MINUTE: '3' }), port: 0 }, { seed: false });
      try {
        const other = await fetch(`${await second.listen()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ apiVersion }"}' });
        expect(other.status).toBe(429);
      } finally {
        await second.close();
      }
    } finally {
      await limited.close();
    }
  });
});
