import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { OPEN_BEFORE_SECOND_FACTOR, OPEN_BEFORE_TERMS } from '@portal/gateway';
import { accessGuard, accessRuleGaps, fieldsOpenBeforeTerms, rootRules, toGlobalId, type PortalContext } from '@portal/kernel';
import { Client, LOG_IN, startTestPortal, type TestPortal } from '../support/gateway.js';
import { fieldDocument, reachableFields } from '../support/schema-walk.js';

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

  it('opens before the terms only its short allow-list: what login, the password pages, the terms pop-up, the shell and logout need', () => {
    const { open, unknown } = fieldsOpenBeforeTerms(portal.gateway.schema, OPEN_BEFORE_TERMS);
    expect(unknown).toEqual([]);
    expect(open).toEqual([
      'Company.legalName',
      'LogInPayload.secondFactor', 'LogInPayload.userErrors', 'LogInPayload.viewer',
      'LogInSecondFactorPayload.userErrors', 'LogInSecondFactorPayload.viewer', 'LogOutPayload.loggedOut', 'LogOutPayload.userErrors',
      'Mutation.logIn', 'Mutation.logInSecondFactor', 'Mutation.logOut', 'Mutation.passwordResetRequest', 'Mutation.passwordSet', 'Mutation.termsAccept',
      'PasswordResetRequestPayload.accepted', 'PasswordResetRequestPayload.userErrors', 'PasswordSetPayload.login', 'PasswordSetPayload.userErrors',
      'Query.apiVersion', 'Query.termsOfUse', 'Query.viewer',
      'SecondFactorStep.methods', 'SecondFactorStep.passkeyOptions', 'SecondFactorStep.token',
      'TermsAcceptPayload.userErrors', 'TermsAcceptPayload.viewer',
      'TermsOfUse.accepted', 'TermsOfUse.effectiveOn', 'TermsOfUse.text', 'TermsOfUse.version',
      'User.company', 'User.firstName', 'User.lastName', 'User.login',
      'UserError.code', 'UserError.field', 'UserError.message',
      'Viewer.actingUniverse', 'Viewer.secondFactorSetupRequired', 'Viewer.termsAccepted', 'Viewer.universes', 'Viewer.user',
    ]);
    for (const coordinate of open) expect(rootRules(portal.gateway.schema)[coordinate]?.kind ?? 'open', coordinate).not.toBe('MEMBER');
  });

  /** Runs the guard on every field of every object type as `viewer`: the fields served, and the codes of the others. */
  async function guardOnEveryField(guard: ReturnType<typeof accessGuard>, viewer: object) {
    const outcomes = { served: [] as string[], refused: [] as string[] };
    for (const type of Object.values(portal.gateway.schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
      for (const name of Object.keys(type.getFields())) {
        const info = { parentType: type, fieldName: name, schema: portal.gateway.schema } as unknown as GraphQLResolveInfo;
        try {
          await guard({ info, context: { viewer, access: null } as unknown as PortalContext, root: {}, args: {} }, async () => 'served');
          outcomes.served.push(`${type.name}.${name}`);
        } catch (error) {
          outcomes.refused.push(`${type.name}.${name} ${(error as { extensions?: { code?: string } }).extensions?.code}`);
        }
      }
    }
    return outcomes;
  }

  it('refuses, before the terms are accepted, every field of every type that is not on the list (the guard itself, on each field)', async () => {
    const viewer = { userId: 1, login: 'E-0000000001', companyId: 1, grants: [], termsAccepted: false };
    const { served, refused } = await guardOnEveryField(accessGuard(OPEN_BEFORE_TERMS), viewer);
    for (const line of refused) expect(line).toMatch(/ (TERMS_NOT_ACCEPTED|FORBIDDEN)$/);
    expect(served.sort()).toEqual([...OPEN_BEFORE_TERMS].sort());
    expect(refused.length).toBeGreaterThan(300);
  });

  it('refuses a user whose company requires a second factor they lack every field but the terms list and the set-up list (SECOND_FACTOR_REQUIRED)', async () => {
    const viewer = { userId: 1, login: 'E-0000000001', companyId: 1, grants: [], termsAccepted: true, sessionId: 1, secondFactorSetupRequired: true };
    const { served, refused } = await guardOnEveryField(accessGuard(OPEN_BEFORE_TERMS, OPEN_BEFORE_SECOND_FACTOR), viewer);
    for (const line of refused) expect(line).toMatch(/ (SECOND_FACTOR_REQUIRED|FORBIDDEN)$/);
    expect(served.sort()).toEqual([...OPEN_BEFORE_TERMS, ...OPEN_BEFORE_SECOND_FACTOR].sort());
    expect(refused.length).toBeGreaterThan(300);
  });

  it('declares a permission on every member operation', () => {
    for (const [field, rule] of Object.entries(rootRules(portal.gateway.schema))) {
      expect(rule, field).toBeDefined();
      if (rule!.kind === 'MEMBER') expect(rule!.permission, field).toBeTruthy();
    }
  });
});

describe('the terms gate', () => {
  let pending: Client;
  beforeAll(async () => {
    pending = portal.client();
    const viewer = await pending.logIn('E-0000000025', 'Portail-Demo-2026!');
    expect(viewer.termsAccepted).toBe(false);
  });

  it('refuses before acceptance every field reachable from the open ones, at any depth: SIREN, financial status, IBAN, BIC, contacts…', async () => {
    const walked = reachableFields(portal.gateway.schema, 'query', (c) => OPEN_BEFORE_TERMS.has(c));
    let refused = 0;
    for (const { path, parent, field } of walked) {
      const coordinate = `${parent}.${field.name}`;
      const { query, variables } = fieldDocument('query', path, field);
      const res = await pending.gql(query, variables);
      const errors = (res.errors ?? []).filter((e) => JSON.stringify((e as { path?: unknown }).path) === JSON.stringify([...path, field.name]));
      if (OPEN_BEFORE_TERMS.has(coordinate)) {
        expect(res.errors, coordinate).toBeUndefined();
      } else {
        expect(errors.map((e) => e.extensions?.code), `${coordinate}: ${query}`).toEqual(['TERMS_NOT_ACCEPTED']);
        refused += 1;
      }
    }
    expect(walked.map((w) => `${w.parent}.${w.field.name}`)).toEqual(expect.arrayContaining(['Company.siren', 'Company.financialStatus', 'Company.sites', 'Company.contacts', 'Viewer.permissions', 'Query.customers']));
    expect(refused).toBeGreaterThan(30);
    const leak = await pending.gql('{ viewer { user { company { siren financialStatus sites { iban bic } contacts { email } } } } }');
    expect(leak.data.viewer).toBeNull();
    expect(JSON.stringify(leak)).not.toMatch(/895556553|HEALTHY|FR76|BNPA/);
  });

  it('refuses before acceptance every mutation that is not on the list, before it runs', async () => {
    const walked = reachableFields(portal.gateway.schema, 'mutation', () => false).filter(({ parent }) => parent === 'Mutation');
    for (const { path, parent, field } of walked) {
      if (OPEN_BEFORE_TERMS.has(`${parent}.${field.name}`)) continue;
      const { query, variables } = fieldDocument('mutation', path, field);
      const res = await pending.gql(query, variables);
      expect(res.errors?.map((e) => e.extensions?.code), `${field.name}: ${query} ${JSON.stringify(variables)}`).toEqual(['TERMS_NOT_ACCEPTED']);
    }
  });

  it('serves before acceptance what the shell, the terms pop-up and logout ask, and the login answer only as far as the list goes', async () => {
    const documents = ['shell', 'mfe-auth'].flatMap((app) => Object.values(JSON.parse(readFileSync(new URL(`../../apps/${app}/src/gql/persisted-documents.json`, import.meta.url), 'utf8')) as Record<string, string>));
    const before = documents.filter((d) => /^(query ShellViewer|query AuthTerms)/.test(d));
    expect(before).toHaveLength(2);
    for (const query of before) expect((await pending.gql(query)).errors, query).toBeUndefined();
    const login = await portal.client().gql('mutation($input: LogInInput!) { logIn(input: $input) { viewer { termsAccepted user { login company { legalName siren } } } userErrors { code } } }', { input: { login: 'E-0000000025', password: 'Portail-Demo-2026!' } });
    expect(login.data.logIn.viewer.user).toEqual({ login: 'E-0000000025', company: { legalName: 'Client 1 du revendeur présentation', siren: null } });
    expect(login.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([['TERMS_NOT_ACCEPTED', ['logIn', 'viewer', 'user', 'company', 'siren']]]);
    const out = new Client(portal.url);
    await out.logIn('E-0000000025', 'Portail-Demo-2026!');
    expect((await out.gql('mutation { logOut { loggedOut } }')).data.logOut.loggedOut).toBe(true);
  });

  it('refuses the plain HTTP routes before acceptance', async () => {
    for (const path of ['/exports/customers.csv', '/exports/contracted-offers.csv', '/exports/invoices.csv', '/exports/credit-notes.csv', `/exports/services.csv?companyId=${company(24)}`, '/documents/invoices.zip?ids=x']) {
      const res = await fetch(`${portal.url}${path}`, { headers: { cookie: pending.cookie! } });
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { code: string }).code, path).toBe('TERMS_NOT_ACCEPTED');
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
