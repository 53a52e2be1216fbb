import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ env: { RATE_LIMIT_TOKEN_PER_MINUTE: '50' } });
});
afterAll(() => portal?.close());

const USAGE = `query($days: Int!) { apiTokens { name usage(days: $days) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } } }`;

describe('API usage per token', () => {
  it('counts requests, errors and cost per day, with the rate limit left, for the token owner', async () => {
    const admin = await portal.signedIn('E-0000000010');
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "ERP suivi", scopes: [BILLING_READ], expiresInDays: 30 }) { secret userErrors { code } } }');
    const token = portal.client(created.data.apiTokenCreate.secret);
    expect((await token.gql('{ viewer { user { login } } }')).errors).toBeUndefined();
    expect((await token.gql('{ invoices(first: 5) { totalCount } }')).errors).toBeUndefined();
    // Without the company:read scope: refused, an error of the day.
    expect((await token.gql('{ myCompany { siren } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await portal.gateway.idle();

    const first = await admin.gql(USAGE, { days: 7 });
    expect(first.errors).toBeUndefined();
    const usage = first.data.apiTokens.find((t: { name: string }) => t.name === 'ERP suivi').usage;
    expect(usage.days).toHaveLength(7);
    expect(usage.days.at(-1)).toMatchObject({ day: '2026-11-23', requests: 3, errors: 1 });
    expect(usage.days.at(-1).costSpent).toBeGreaterThan(3);
    expect(usage.days.slice(0, 6).every((d: { requests: number }) => d.requests === 0)).toBe(true);
    expect(usage).toMatchObject({ rateLimitLimit: 50, rateLimitRemaining: 47, lastUsedAt: portal.clock.now.toISOString() });
    expect(usage.maxCostPerOperation).toBeGreaterThan(0);

    // The next day: a new row, and the minute's window is over.
    portal.clock.advance(86_400_000);
    const again = await portal.signedIn('E-0000000010');
    await token.gql('{ viewer { user { login } } }');
    await portal.gateway.idle();
    const next = (await again.gql(USAGE, { days: 2 })).data.apiTokens.find((t: { name: string }) => t.name === 'ERP suivi').usage;
    expect(next.days.map((d: { day: string; requests: number }) => [d.day, d.requests])).toEqual([['2026-11-23', 3], ['2026-11-24', 1]]);
  });

  it('refuses a period beyond 90 days with a typed error at its argument', async () => {
    const admin = await portal.signedIn('E-0000000010');
    const res = await admin.gql(USAGE, { days: 91 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'DAYS_OUT_OF_RANGE', field: ['days'] });
  });

  it('is read only by who manages the token: a token cannot read tokens without identity:write', async () => {
    const admin = await portal.signedIn('E-0000000010');
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "Lecture", scopes: [BILLING_READ], expiresInDays: 30 }) { secret } }');
    const res = await portal.client(created.data.apiTokenCreate.secret).gql(USAGE, { days: 7 });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
