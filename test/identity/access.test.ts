import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRuleGaps, rootRules, toGlobalId } from '@portal/kernel';
import { LOG_IN, startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.close());

const company = (id: number) => toGlobalId('Company', id);
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

const CREATE_USER = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id login } userErrors { code field } } }`;
const newUser = (companyId: number, email: string, roles = ['READ_ONLY']) => ({
  input: { companyId: company(companyId), firstName: 'Test', lastName: 'Utilisateur', email, roles },
});

describe('the schema', () => {
  it('has an access rule on every root field and every field that leads to company data', () => {
    expect(accessRuleGaps(portal.gateway.schema)).toEqual([]);
  });

  it('declares a permission on every member operation', () => {
    for (const [field, rule] of Object.entries(rootRules(portal.gateway.schema))) {
      expect(rule, field).toBeDefined();
      if (rule!.kind === 'MEMBER') expect(rule!.permission, field).toBeTruthy();
    }
  });
});

describe('reach', () => {
  let customerAdmin: Client;
  let resellerAdmin: Client;
  let otherResellerAdmin: Client;
  let otherCustomerUserId: string;

  beforeAll(async () => {
    customerAdmin = await portal.signedIn('E-0000000024');
    resellerAdmin = await portal.signedIn('E-0000000010');
    otherResellerAdmin = await portal.signedIn('E-0000000030');
    const created = await otherResellerAdmin.gql(CREATE_USER, newUser(31, 'cible@autre.example'));
    otherCustomerUserId = created.data.userCreate.user.id;
  });

  it('refuses a customer every operation on another company, as "not found"', async () => {
    for (const target of [10, 44284, 31, 1]) {
      expect(codeOf(await customerAdmin.gql('query($c: ID) { users(companyId: $c) { totalCount } }', { c: company(target) }))).toBe('NOT_FOUND');
      expect(codeOf(await customerAdmin.gql('query($c: ID) { auditEvents(companyId: $c) { totalCount } }', { c: company(target) }))).toBe('NOT_FOUND');
      const created = await customerAdmin.gql(CREATE_USER, newUser(target, `x${target}@x.example`));
      expect(created.data.userCreate).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'companyId'] }] });
    }
    expect((await customerAdmin.gql('query($id: ID!) { user(id: $id) { login } }', { id: otherCustomerUserId })).data.user).toBeNull();
    for (const mutation of ['userDeactivate(input: { userId: $id })', 'userUpdate(input: { userId: $id, firstName: "Pirate" })']) {
      const res = await customerAdmin.gql(`mutation($id: ID!) { r: ${mutation} { user { id } userErrors { code field } } }`, { id: otherCustomerUserId });
      expect(res.data.r).toEqual({ user: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'userId'] }] });
    }
  });

  it("lets a reseller act on its customers, and not on another reseller's", async () => {
    const users = await resellerAdmin.gql('query($c: ID) { users(companyId: $c) { totalCount edges { node { login } } } }', { c: company(44284) });
    expect(users.data.users.edges.map((e: { node: { login: string } }) => e.node.login)).toContain('E-0000044284');
    const created = await resellerAdmin.gql(CREATE_USER, newUser(44284, 'adv@mediterraneenne.example', ['ORDERS']));
    expect(created.data.userCreate.userErrors).toEqual([]);
    await portal.smtp.waitFor('adv@mediterraneenne.example');

    expect(codeOf(await resellerAdmin.gql('query($c: ID) { users(companyId: $c) { totalCount } }', { c: company(31) }))).toBe('NOT_FOUND');
    const res = await resellerAdmin.gql('mutation($id: ID!) { userDeactivate(input: { userId: $id }) { userErrors { code } } }', { id: otherCustomerUserId });
    expect(res.data.userDeactivate.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('refuses writes to a read-only user and a billing user, who still read', async () => {
    for (const login of ['E-0000000026', 'E-0000000025']) {
      const user = await portal.signedIn(login);
      const created = await user.gql(CREATE_USER, newUser(24, `ro-${login}@client1.example`));
      expect(created.data.userCreate.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'companyId'] }]);
      expect(codeOf(await user.gql('{ users { totalCount } }'))).toBe('FORBIDDEN');
      const token = await user.gql('mutation { apiTokenCreate(input: { name: "x", scopes: [BILLING_READ] }) { userErrors { code } } }');
      expect(token.data.apiTokenCreate.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
      expect((await user.gql('{ viewer { permissions } }')).data.viewer.permissions).toContain('COMPANY_READ');
    }
  });

  it('lets no one grant more than they hold, and keeps the last administrator', async () => {
    const ordersUser = await portal.signedIn('E-0000000011'); // ORDERS + BILLING on the reseller
    const res = await ordersUser.gql(CREATE_USER, newUser(10, 'escalade@revendeur.example', ['ADMINISTRATOR']));
    expect(res.data.userCreate.userErrors[0].code).toBe('FORBIDDEN');

    const me = (await customerAdmin.gql('{ viewer { user { id } } }')).data.viewer.user.id;
    const demote = await customerAdmin.gql('mutation($id: ID!) { userUpdate(input: { userId: $id, roles: [READ_ONLY] }) { userErrors { code field } } }', { id: me });
    expect(demote.data.userUpdate.userErrors).toEqual([{ code: 'LAST_ADMINISTRATOR', field: ['input', 'roles'] }]);
    const off = await customerAdmin.gql('mutation($id: ID!) { userDeactivate(input: { userId: $id }) { userErrors { code } } }', { id: me });
    expect(off.data.userDeactivate.userErrors).toEqual([{ code: 'LAST_ADMINISTRATOR' }]);
  });

  it('answers typed errors for malformed ids and page sizes', async () => {
    expect(codeOf(await customerAdmin.gql('{ users(companyId: "nope") { totalCount } }'))).toBe('NOT_FOUND');
    expect(codeOf(await customerAdmin.gql('{ users(first: 1000) { totalCount } }'))).toBe('FIRST_OUT_OF_RANGE');
    expect(codeOf(await customerAdmin.gql('{ users(after: "garbage") { totalCount } }'))).toBe('CURSOR_INVALID');
    const bad = await customerAdmin.gql(CREATE_USER, { input: { companyId: company(24), firstName: ' ', lastName: 'X', email: 'pas-un-email', roles: [] } });
    expect(bad.data.userCreate.userErrors).toEqual([
      { code: 'REQUIRED', field: ['input', 'firstName'] },
      { code: 'EMAIL_INVALID', field: ['input', 'email'] },
      { code: 'ROLES_REQUIRED', field: ['input', 'roles'] },
    ]);
  });
});

describe('API tokens', () => {
  it('are shown once, act within their scopes and never beyond their creator, and can be revoked', async () => {
    const admin = await portal.signedIn('E-0000000010');
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "ERP", scopes: [IDENTITY_READ], expiresInDays: 30 }) { secret apiToken { id prefix scopes } userErrors { code } } }');
    const { secret, apiToken } = created.data.apiTokenCreate;
    expect(secret).toMatch(/^oppt_/);
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    const list = await admin.gql('{ apiTokens { prefix scopes lastUsedAt } }');
    expect(JSON.stringify(list.data)).not.toContain(secret);

    const erp = portal.client(secret);
    expect((await erp.gql('query($c: ID) { auditEvents(companyId: $c) { totalCount } }', { c: company(44284) })).data.auditEvents.totalCount).toBeGreaterThanOrEqual(0);
    expect(codeOf(await erp.gql('{ users { totalCount } }'))).toBe('FORBIDDEN'); // needs identity:write
    expect(codeOf(await erp.gql('query($c: ID) { auditEvents(companyId: $c) { totalCount } }', { c: company(31) }))).toBe('NOT_FOUND');
    const escalate = await erp.gql('mutation { apiTokenCreate(input: { name: "x", scopes: [IDENTITY_WRITE] }) { userErrors { code } } }');
    expect(escalate.data.apiTokenCreate.userErrors[0].code).toBe('FORBIDDEN');

    await admin.gql('mutation($id: ID!) { apiTokenRevoke(input: { apiTokenId: $id }) { userErrors { code } } }', { id: apiToken.id });
    const after = await erp.gql('{ viewer { user { login } } }');
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
  });

  it('refuse a wrong or missing secret with 401', async () => {
    const res = await portal.client('oppt_not-a-token').gql('{ apiVersion }');
    expect(res.status).toBe(401);
  });
});

describe('sessions', () => {
  it('set an HttpOnly, SameSite cookie; log out; log out the other sessions', async () => {
    const first = portal.client();
    const res = await first.gql(LOG_IN, { input: { login: 'E-0000044284', password: 'Portail-Demo-2026!' } });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^portal_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const second = await portal.signedIn('E-0000044284');
    const third = await portal.signedIn('E-0000044284');

    const revoked = await second.gql('mutation { sessionsRevokeOthers { revokedCount } }');
    expect(revoked.data.sessionsRevokeOthers.revokedCount).toBe(2);
    expect((await first.gql('{ viewer { user { login } } }')).data.viewer).toBeNull();
    expect((await third.gql('{ viewer { user { login } } }')).data.viewer).toBeNull();
    expect((await second.gql('{ viewer { user { login } } }')).data.viewer.user.login).toBe('E-0000044284');

    const out = await second.gql('mutation { logOut { loggedOut } }');
    expect(out.data.logOut.loggedOut).toBe(true);
    expect(second.cookie).toBeNull();
  });

  it("carry a relative lifetime (Max-Age of the session's 12 hours), never a date from the server's clock", async () => {
    const res = await portal.client().gql(LOG_IN, { input: { login: 'E-0000044284', password: 'Portail-Demo-2026!' } });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/; Max-Age=43200(;|$)/);
    expect(cookie).not.toMatch(/Expires=/i);
  });

  it('end at once when the user is deactivated', async () => {
    const admin = await portal.signedIn('E-0000000024');
    const louise = await portal.signedIn('E-0000000026');
    const id = (await louise.gql('{ viewer { user { id } } }')).data.viewer.user.id;
    const off = await admin.gql('mutation($id: ID!) { userDeactivate(input: { userId: $id }) { user { state } userErrors { code } } }', { id });
    expect(off.data.userDeactivate).toEqual({ user: { state: 'DISABLED' }, userErrors: [] });
    expect((await louise.gql('{ viewer { user { login } } }')).data.viewer).toBeNull();
    const again = await portal.client().gql(LOG_IN, { input: { login: 'E-0000000026', password: 'Portail-Demo-2026!' } });
    expect(again.data.logIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('end after the idle timeout', async () => {
    const c = await portal.signedIn('E-0000000025');
    portal.clock.advance(31 * 60_000);
    try {
      expect((await c.gql('{ viewer { user { login } } }')).data.viewer).toBeNull();
    } finally {
      portal.clock.advance(-31 * 60_000);
    }
  });
});

describe('brute force', () => {
  const attempt = (login: string, password: string, headers: Record<string, string> = {}) =>
    portal.client().gql(LOG_IN, { input: { login, password } }, headers);

  it('answers an unknown login and a wrong password the same way', async () => {
    const unknown = await attempt('E-0000005555', 'Mauvais-1!');
    const wrong = await attempt('E-0000044284', 'Mauvais-1!');
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.data.logIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', message: 'Identifiant ou mot de passe incorrect.', field: null }]);
  });

  it('delays then locks a login after repeated failures, existing or not, even with the right password', async () => {
    for (const login of ['E-0000000001', 'E-0000007777']) {
      const codes: string[] = [];
      for (let i = 0; i < 10; i++) {
        codes.push((await attempt(login, 'Mauvais-1!')).data.logIn.userErrors[0].code);
        portal.clock.advance(31_000); // past the growing delay, so each failure counts
      }
      expect(codes).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
      const locked = await attempt(login, 'Portail-Demo-2026!');
      expect(locked.data.logIn.userErrors[0].code).toBe('LOGIN_THROTTLED');
      expect(locked.data.logIn.userErrors[0].message).toMatch(/réessayez dans \d+ s/);
    }
    portal.clock.advance(16 * 60_000);
    expect((await attempt('E-0000000001', 'Portail-Demo-2026!')).data.logIn.userErrors).toEqual([]);
  });

  it('makes the next try wait after the free failures', async () => {
    portal.clock.advance(61 * 60_000); // the address's failures of the tests above are forgotten
    for (let i = 0; i < 4; i++) await attempt('E-0000000030', 'Mauvais-1!');
    const waiting = await attempt('E-0000000030', 'Portail-Demo-2026!');
    expect(waiting.data.logIn.userErrors[0].code).toBe('LOGIN_THROTTLED');
    portal.clock.advance(2_000);
    expect((await attempt('E-0000000030', 'Portail-Demo-2026!')).data.logIn.userErrors).toEqual([]);
  });

  it('cannot be multiplied through a batch of operations in one request', async () => {
    const res = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([1, 2, 3].map(() => ({ query: LOG_IN, variables: { input: { login: 'E-0000000024', password: 'x' } } }))),
    });
    expect(res.status).toBe(400);
  });

  it('cannot be multiplied through aliases in one request', async () => {
    const res = await portal.client().gql(`mutation {
      a: logIn(input: { login: "E-0000000024", password: "a" }) { userErrors { code } }
      b: logIn(input: { login: "E-0000000024", password: "b" }) { userErrors { code } }
    }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('logIn may be called only once per request.');
  });
});

describe('terms of use', () => {
  it('are published by the provider only, and then accepted again by everyone', async () => {
    const reseller = await portal.signedIn('E-0000000010');
    const operator = await portal.signedIn('E-0000000001');
    const publish = `mutation($input: TermsPublishInput!) { termsPublish(input: $input) { termsOfUse { version } userErrors { code field } } }`;
    const text = "CONDITIONS D'UTILISATION — version de démonstration suivante.";
    const refused = await reseller.gql(publish, { input: { version: 'v2', effectiveOn: '2026-12-01', text } });
    expect(refused.data.termsPublish.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    const bad = await operator.gql(publish, { input: { version: 'v 2', effectiveOn: '2020-01-01', text: 'court' } });
    expect(bad.data.termsPublish.userErrors.map((e: { field: string[] }) => e.field[1])).toEqual(['version', 'effectiveOn', 'text']);
    const ok = await operator.gql(publish, { input: { version: 'v2', effectiveOn: '2026-12-01', text } });
    expect(ok.data.termsPublish).toEqual({ termsOfUse: { version: 'v2' }, userErrors: [] });

    // Before its effective date nothing changes; from it on, the reseller must accept again.
    expect(codeOf(await reseller.gql('{ auditEvents { totalCount } }'))).toBeUndefined();
    portal.clock.now = new Date('2026-12-01T08:00:00Z');
    const fresh = await portal.signedIn('E-0000000010').catch(() => null);
    expect(fresh).not.toBeNull(); // signedIn accepts the new terms
    const stale = portal.client();
    const viewer = await stale.logIn('E-0000000024', 'Portail-Demo-2026!');
    expect(viewer.termsAccepted).toBe(false);
    expect(codeOf(await stale.gql('{ auditEvents { totalCount } }'))).toBe('TERMS_NOT_ACCEPTED');
    expect((await stale.gql('{ termsOfUse { version accepted } }')).data.termsOfUse).toEqual({ version: 'v2', accepted: false });
  });
});
