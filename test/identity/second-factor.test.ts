import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '@portal/identity';
import { Client, DEMO_PASSWORD, startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ env: { TRUST_PROXY: 'on' } });
});
afterAll(() => portal?.close());

const LOG_IN = `mutation($input: LogInInput!) {
  logIn(input: $input) { viewer { termsAccepted secondFactorSetupRequired user { login } } secondFactor { token methods passkeyOptions } userErrors { code field } }
}`;
const SECOND = `mutation($input: LogInSecondFactorInput!) {
  logInSecondFactor(input: $input) { viewer { user { login } } userErrors { code field } }
}`;
const START = 'mutation { totpEnrolStart { secret otpauthUri qrCode userErrors { code } } }';
const CONFIRM = 'mutation($code: String!) { totpEnrolConfirm(input: { code: $code }) { recoveryCodes secondFactor { totpEnrolled recoveryCodesLeft } userErrors { code field } } }';
const AUDIT = 'query($c: ID) { auditEvents(companyId: $c, first: 100) { edges { node { action details } } } }';

const sql = <T>(query: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(query, params) as Promise<T[]>;
const logIn = (client: Client, login: string, headers: Record<string, string> = {}) => client.gql(LOG_IN, { input: { login, password: DEMO_PASSWORD } }, headers);

/** Signs a demo user in (terms accepted) and sets up TOTP; returns the secret and the recovery codes. */
async function enrol(login: string): Promise<{ client: Client; secret: string; codes: string[] }> {
  const client = await portal.signedIn(login);
  const start = await client.gql(START);
  const secret = start.data.totpEnrolStart.secret as string;
  const confirmed = await client.gql(CONFIRM, { code: totpCode(secret, portal.clock.now) });
  expect(confirmed.data.totpEnrolConfirm.userErrors).toEqual([]);
  return { client, secret, codes: confirmed.data.totpEnrolConfirm.recoveryCodes };
}

describe('enrolling an authenticator app (TOTP)', () => {
  it('gives a secret, its otpauth URI and a QR code as an SVG data URL; the first code confirms it and brings ten recovery codes, once', async () => {
    const client = await portal.signedIn('E-0000000001');
    const start = (await client.gql(START)).data.totpEnrolStart;
    expect(start.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.otpauthUri).toContain(`secret=${start.secret}`);
    expect(start.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(start.qrCode.split(',')[1], 'base64').toString()).toMatch(/^<svg/);

    const wrong = await client.gql(CONFIRM, { code: '000000' === totpCode(start.secret, portal.clock.now) ? '111111' : '000000' });
    expect(wrong.data.totpEnrolConfirm.userErrors).toEqual([{ code: 'TOTP_CODE_INVALID', field: ['input', 'code'] }]);
    const ok = (await client.gql(CONFIRM, { code: totpCode(start.secret, portal.clock.now) })).data.totpEnrolConfirm;
    expect(ok.recoveryCodes).toHaveLength(10);
    expect(ok.secondFactor).toEqual({ totpEnrolled: true, recoveryCodesLeft: 10 });
    // Shown once: the status never repeats them, a second enrolment is refused.
    expect((await client.gql('{ viewer { secondFactor { totpEnrolled recoveryCodesLeft } } }')).data.viewer.secondFactor).toEqual({ totpEnrolled: true, recoveryCodesLeft: 10 });
    expect((await client.gql(START)).data.totpEnrolStart.userErrors).toEqual([{ code: 'TOTP_ALREADY_ENROLLED' }]);
    // At rest, only hashes.
    const stored = await sql<{ code_hash: string }>('select code_hash from recovery_code where user_id = (select id from app_user where login = ?)', ['E-0000000001']);
    expect(stored.map((r) => r.code_hash)).toHaveLength(10);
    for (const code of ok.recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));
  });
});

describe('logging in with a second factor', () => {
  let secret: string;
  let codes: string[];
  beforeAll(async () => {
    ({ secret, codes } = await enrol('E-0000000010'));
    portal.clock.advance(60_000);
  });

  it('asks a new browser for the code instead of opening a session, then signs in with it and remembers the browser', async () => {
    const browser = portal.client();
    const first = (await logIn(browser, 'E-0000000010')).data.logIn;
    expect(first.viewer).toBeNull();
    expect(first.secondFactor.methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    expect(browser.cookie).toBeNull();
    const done = await browser.gql(SECOND, { input: { token: first.secondFactor.token, code: totpCode(secret, portal.clock.now) } });
    expect(done.data.logInSecondFactor).toEqual({ viewer: { user: { login: 'E-0000000010' } }, userErrors: [] });
    expect(browser.cookie).not.toBeNull();
    // The same browser is known now: no second step next time.
    await browser.gql('mutation { logOut { loggedOut } }');
    const again = (await logIn(browser, 'E-0000000010')).data.logIn;
    expect(again.secondFactor).toBeNull();
    expect(again.viewer.user.login).toBe('E-0000000010');
  });

  it('accepts a code once within its window (a replayed code is refused)', async () => {
    portal.clock.advance(30_000);
    const code = totpCode(secret, portal.clock.now);
    const a = portal.client();
    const stepA = (await logIn(a, 'E-0000000010')).data.logIn.secondFactor.token;
    expect((await a.gql(SECOND, { input: { token: stepA, code } })).data.logInSecondFactor.userErrors).toEqual([]);
    const b = portal.client();
    const stepB = (await logIn(b, 'E-0000000010')).data.logIn.secondFactor.token;
    expect((await b.gql(SECOND, { input: { token: stepB, code } })).data.logInSecondFactor.userErrors).toEqual([{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'code'] }]);
  });

  it('takes a recovery code, once', async () => {
    const a = portal.client();
    const step = (await logIn(a, 'E-0000000010')).data.logIn.secondFactor.token;
    expect((await a.gql(SECOND, { input: { token: step, recoveryCode: codes[0]!.toLowerCase() } })).data.logInSecondFactor.userErrors).toEqual([]);
    const b = portal.client();
    const stepB = (await logIn(b, 'E-0000000010')).data.logIn.secondFactor.token;
    expect((await b.gql(SECOND, { input: { token: stepB, recoveryCode: codes[0] } })).data.logInSecondFactor.userErrors).toEqual([{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'recoveryCode'] }]);
    expect((await a.gql('{ viewer { secondFactor { recoveryCodesLeft } } }')).data.viewer.secondFactor.recoveryCodesLeft).toBe(9);
  });

  it('throttles guessing: five tries per step, and the user\'s codes locked after ten failures across steps', async () => {
    const c = portal.client();
    const step = (await logIn(c, 'E-0000000010', { 'x-forwarded-for': '203.0.113.50' })).data.logIn.secondFactor.token;
    const codesSeen: string[] = [];
    for (let i = 0; i < 6; i++) {
      codesSeen.push((await c.gql(SECOND, { input: { token: step, code: String(100000 + i) } })).data.logInSecondFactor.userErrors[0].code);
      portal.clock.advance(31_000);
    }
    expect(codesSeen.slice(0, 5)).toEqual(Array(5).fill('SECOND_FACTOR_INVALID'));
    expect(codesSeen[5]).toBe('SECOND_FACTOR_CHALLENGE_INVALID');
    for (let i = 0; i < 5; i++) {
      const s = (await logIn(c, 'E-0000000010', { 'x-forwarded-for': '203.0.113.50' })).data.logIn.secondFactor.token;
      await c.gql(SECOND, { input: { token: s, code: String(200000 + i) } });
      portal.clock.advance(31_000);
    }
    const s = (await logIn(c, 'E-0000000010', { 'x-forwarded-for': '203.0.113.50' })).data.logIn.secondFactor.token;
    const right = await c.gql(SECOND, { input: { token: s, code: totpCode(secret, portal.clock.now) } });
    expect(right.data.logInSecondFactor.userErrors[0].code).toBe('LOGIN_THROTTLED');
    portal.clock.advance(16 * 60_000);
  }, 120_000);

  it('cannot multiply guesses through aliases in one request', async () => {
    const res = await portal.client().gql(`mutation {
      a: logInSecondFactor(input: { token: "x", code: "111111" }) { userErrors { code } }
      b: logInSecondFactor(input: { token: "x", code: "222222" }) { userErrors { code } }
    }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('logInSecondFactor may be called only once per request.');
  });

  it('asks again after a password reset, even on a known browser', async () => {
    const known = portal.client();
    const step = (await logIn(known, 'E-0000000010')).data.logIn.secondFactor.token;
    expect((await known.gql(SECOND, { input: { token: step, code: totpCode(secret, portal.clock.now) } })).data.logInSecondFactor.userErrors).toEqual([]);
    await portal.client().gql('mutation { passwordResetRequest(input: { login: "E-0000000010" }) { accepted } }', {}, { 'x-forwarded-for': '198.51.100.90' });
    const mail = await portal.smtp.waitFor('romain.revendeur@revendeur.example');
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const set = await portal.client().gql('mutation($i: PasswordSetInput!) { passwordSet(input: $i) { userErrors { code } } }', { i: { token, password: DEMO_PASSWORD, passwordConfirmation: DEMO_PASSWORD } });
    expect(set.data.passwordSet.userErrors).toEqual([]);
    const after = (await logIn(known, 'E-0000000010')).data.logIn;
    expect(after.viewer).toBeNull();
    expect(after.secondFactor.methods).toContain('TOTP');
  });

  it('audits each enrolment, success and failure, with the method', async () => {
    const rows = await sql<{ action: string; details: { method?: string } | null }>(
      "select action, details from audit_event where actor_id = (select id from app_user where login = 'E-0000000010') and (action like 'SECOND_FACTOR%' or action = 'RECOVERY_CODES_GENERATED')",
    );
    const seen = new Set(rows.map((r) => `${r.action}:${r.details?.method ?? ''}`));
    for (const expected of ['SECOND_FACTOR_ENROLLED:TOTP', 'SECOND_FACTOR_SUCCEEDED:TOTP', 'SECOND_FACTOR_SUCCEEDED:RECOVERY_CODE', 'SECOND_FACTOR_FAILED:TOTP', 'SECOND_FACTOR_FAILED:RECOVERY_CODE', 'RECOVERY_CODES_GENERATED:']) {
      expect(seen, expected).toContain(expected);
    }
  });

  it('keeps the e-mailed link and password flow as it was for a user without a second factor', async () => {
    await portal.client().gql('mutation { passwordResetRequest(input: { login: "E-0000000026" }) { accepted } }', {}, { 'x-forwarded-for': '198.51.100.26' });
    const mail = await portal.smtp.waitFor('louise.lecture@client1.example');
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const set = await portal.client().gql('mutation($i: PasswordSetInput!) { passwordSet(input: $i) { userErrors { code } } }', { i: { token, password: DEMO_PASSWORD, passwordConfirmation: DEMO_PASSWORD } });
    expect(set.data.passwordSet.userErrors).toEqual([]);
    const plain = portal.client();
    const res = (await logIn(plain, 'E-0000000026')).data.logIn;
    expect(res.secondFactor).toBeNull();
    expect(res.viewer.user.login).toBe('E-0000000026');
  });
});

describe('a login under a spread-out attack', () => {
  it('stays open to its owner: on a known browser as usual, on a new one with the second factor', async () => {
    const { client: known, secret } = await enrol('E-0000000011');
    for (let i = 0; i < 31; i++) await portal.client().gql(LOG_IN, { input: { login: 'E-0000000011', password: 'Mauvais-1!' } }, { 'x-forwarded-for': `10.30.${i}.1` });
    // A new browser: the password alone would be refused (LOGIN_THROTTLED); the second factor is asked instead.
    const fresh = portal.client();
    const step = (await logIn(fresh, 'E-0000000011', { 'x-forwarded-for': '198.51.100.130' })).data.logIn;
    expect(step.userErrors).toEqual([]);
    expect(step.secondFactor.methods).toContain('TOTP');
    portal.clock.advance(30_000);
    const done = await fresh.gql(SECOND, { input: { token: step.secondFactor.token, code: totpCode(secret, portal.clock.now) } });
    expect(done.data.logInSecondFactor.userErrors).toEqual([]);
    // The browser that signed in before the attack.
    await known.gql('mutation { logOut { loggedOut } }');
    expect((await logIn(known, 'E-0000000011', { 'x-forwarded-for': '198.51.100.131' })).data.logIn.viewer.user.login).toBe('E-0000000011');
  }, 120_000);
});

describe('removing a second factor', () => {
  it('is audited and takes the recovery codes with the last factor', async () => {
    const { client, secret, codes } = await enrol('E-0000044284');
    const REMOVE = 'mutation($code: String!) { totpRemove(input: { code: $code }) { secondFactor { totpEnrolled recoveryCodesLeft } userErrors { code field } } }';
    // A stolen session cannot: the removal takes a code of the app or a recovery code.
    expect((await client.gql(REMOVE, { code: '' })).data.totpRemove.userErrors).toEqual([{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'code'] }]);
    expect((await client.gql(REMOVE, { code: totpCode(secret, portal.clock.now) })).data.totpRemove.userErrors).toEqual([{ code: 'SECOND_FACTOR_INVALID', field: ['input', 'code'] }]); // spent at enrolment
    const regenerated = await client.gql('mutation($code: String!) { recoveryCodesRegenerate(input: { code: $code }) { recoveryCodes userErrors { code } } }', { code: codes[0] });
    expect(regenerated.data.recoveryCodesRegenerate.recoveryCodes).toHaveLength(10);
    expect(regenerated.data.recoveryCodesRegenerate.recoveryCodes).not.toContain(codes[1]);
    portal.clock.advance(30_000);
    const removed = await client.gql(REMOVE, { code: totpCode(secret, portal.clock.now) });
    expect(removed.data.totpRemove).toEqual({ secondFactor: { totpEnrolled: false, recoveryCodesLeft: 0 }, userErrors: [] });
    const rows = await sql<{ details: { method: string } }>("select details from audit_event where action = 'SECOND_FACTOR_REMOVED' and actor_id = (select id from app_user where login = 'E-0000044284')");
    expect(rows.map((r) => r.details.method)).toEqual(['TOTP']);
    // Without a factor, the next login is the plain one again.
    expect((await logIn(portal.client(), 'E-0000044284')).data.logIn.secondFactor).toBeNull();
  });
});

describe('a company administrator requiring a second factor', () => {
  const REQUIRE = 'mutation($c: ID!, $r: Boolean!) { companySecondFactorRequire(input: { companyId: $c, required: $r }) { required userErrors { code field } } }';

  it('is refused to a user without the right to manage users, and for a company out of reach', async () => {
    const reader = await portal.signedIn('E-0000000026');
    const companyId = (await reader.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    expect((await reader.gql(REQUIRE, { c: companyId, r: true })).data.companySecondFactorRequire.userErrors).toEqual([{ code: 'FORBIDDEN', field: ['input', 'companyId'] }]);
    const other = await portal.signedIn('E-0000000030');
    expect((await other.gql(REQUIRE, { c: companyId, r: true })).data.companySecondFactorRequire.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'companyId'] }]);
  });

  it('makes every user of the company set one up before anything else is served, and is audited', async () => {
    // The administrator has one (without it, they too would have to set one up at once).
    const { client: admin } = await enrol('E-0000000024');
    const companyId = (await admin.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    expect((await admin.gql(REQUIRE, { c: companyId, r: true })).data.companySecondFactorRequire).toEqual({ required: true, userErrors: [] });

    const bruno = await portal.signedIn('E-0000000025');
    const viewer = (await bruno.gql('{ viewer { secondFactorSetupRequired termsAccepted } }')).data.viewer;
    expect(viewer).toEqual({ secondFactorSetupRequired: true, termsAccepted: true });
    const invoices = await bruno.gql('{ invoices(first: 1) { totalCount } }');
    expect(invoices.errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
    const start = (await bruno.gql(START)).data.totpEnrolStart;
    const done = await bruno.gql(CONFIRM, { code: totpCode(start.secret, portal.clock.now) });
    expect(done.data.totpEnrolConfirm.recoveryCodes).toHaveLength(10);
    expect((await bruno.gql('{ invoices(first: 1) { totalCount } }')).errors).toBeUndefined();
    // The last factor stays while the company requires one.
    expect((await bruno.gql('mutation($c: String!) { totpRemove(input: { code: $c }) { userErrors { code } } }', { c: done.data.totpEnrolConfirm.recoveryCodes[0] })).data.totpRemove.userErrors).toEqual([{ code: 'SECOND_FACTOR_REQUIRED_BY_COMPANY' }]);

    const audit = await admin.gql(AUDIT, { c: companyId });
    const changes = audit.data.auditEvents.edges.map((e: { node: { action: string; details: unknown } }) => e.node).filter((n: { action: string }) => n.action === 'SECOND_FACTOR_ENFORCEMENT_CHANGED');
    expect(changes).toEqual([{ action: 'SECOND_FACTOR_ENFORCEMENT_CHANGED', details: { required: true } }]);
    expect((await admin.gql(REQUIRE, { c: companyId, r: false })).data.companySecondFactorRequire.required).toBe(false);
  });
});
