import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.close());

const CREATE_USER = `mutation($input: UserCreateInput!) {
  userCreate(input: $input) { user { id login state roles company { reference } } userErrors { code field } }
}`;
const SET_PASSWORD = `mutation($input: PasswordSetInput!) { passwordSet(input: $input) { login userErrors { code message field } } }`;

const linkIn = (text: string) => {
  const match = /(http:\/\/portal\.test\/auth\/password\?token=[A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return new URL(match[1]!);
};

describe('a new user, from creation to the portal', () => {
  it('is created by an administrator, receives the e-mail, sets a password, accepts the terms and is served', async () => {
    const admin = await portal.signedIn('E-0000000024');
    const companyId = (await admin.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    const created = await admin.gql(CREATE_USER, {
      input: { companyId, firstName: 'Nina', lastName: 'Nouvelle', email: 'nina@client1.example', roles: ['BILLING'] },
    });
    expect(created.data.userCreate.userErrors).toEqual([]);
    const user = created.data.userCreate.user;
    expect(user).toMatchObject({ state: 'PENDING_SETUP', roles: ['BILLING'], company: { reference: 'OIP-00000024' } });
    expect(user.login).toMatch(/^E-\d{10}$/);

    // The e-mail, delivered over SMTP: the login and a single-use link built from PUBLIC_URL.
    const mail = await portal.smtp.waitFor('nina@client1.example');
    expect(mail.subject).toContain(user.login);
    expect(mail.text).toContain(`Votre identifiant de connexion est ${user.login}`);
    expect(mail.text).toContain('Initialisation du mot de passe');
    const token = linkIn(mail.text).searchParams.get('token')!;

    // A weak password is refused with every rule it breaks, and nothing is spent.
    const weak = await portal.client().gql(SET_PASSWORD, { input: { token, password: 'qzx', passwordConfirmation: 'qzy' } });
    expect(weak.data.passwordSet.login).toBeNull();
    expect(weak.data.passwordSet.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'PASSWORD_TOO_SHORT', 'PASSWORD_NEEDS_UPPERCASE', 'PASSWORD_NEEDS_DIGIT', 'PASSWORD_NEEDS_SPECIAL', 'PASSWORD_MISMATCH',
    ]);
    expect(weak.data.passwordSet.userErrors[0].field).toEqual(['input', 'password']);
    expect(weak.data.passwordSet.userErrors[4].field).toEqual(['input', 'passwordConfirmation']);
    const common = await portal.client().gql(SET_PASSWORD, { input: { token, password: 'Password1!', passwordConfirmation: 'Password1!' } });
    expect(common.data.passwordSet.userErrors.map((e: { code: string }) => e.code)).toEqual(['PASSWORD_TOO_COMMON']);

    const set = await portal.client().gql(SET_PASSWORD, { input: { token, password: 'Cerf-volant-9', passwordConfirmation: 'Cerf-volant-9' } });
    expect(set.data.passwordSet).toEqual({ login: user.login, userErrors: [] });

    // The link works once.
    const again = await portal.client().gql(SET_PASSWORD, { input: { token, password: 'Cerf-volant-10', passwordConfirmation: 'Cerf-volant-10' } });
    expect(again.data.passwordSet.userErrors).toMatchObject([{ code: 'PASSWORD_LINK_INVALID', field: ['input', 'token'] }]);

    // First login: the terms come first; everything else is refused until they are accepted.
    const nina = portal.client();
    const viewer = await nina.logIn(user.login, 'Cerf-volant-9');
    expect(viewer.termsAccepted).toBe(false);
    expect(nina.cookie).toMatch(/^portal_session=/);
    const refused = await nina.gql('{ auditEvents { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('TERMS_NOT_ACCEPTED');
    const terms = await nina.gql('{ termsOfUse { version effectiveOn accepted text } }');
    expect(terms.data.termsOfUse).toMatchObject({ version: '2017-02-15', effectiveOn: '2017-02-15', accepted: false });
    expect(terms.data.termsOfUse.text).toContain("CONDITIONS D'UTILISATION");

    const accepted = await nina.gql('mutation { termsAccept(input: { version: "2017-02-15" }) { viewer { termsAccepted } userErrors { code } } }');
    expect(accepted.data.termsAccept).toEqual({ viewer: { termsAccepted: true }, userErrors: [] });

    // Served: a billing user reads the company's data but may not manage users.
    const me = await nina.gql('{ viewer { user { login state } permissions } }');
    expect(me.data.viewer.user).toEqual({ login: user.login, state: 'ACTIVE' });
    expect(me.data.viewer.permissions).toContain('BILLING_READ');
    expect(me.data.viewer.permissions).not.toContain('USERS_MANAGE');

    // The administrator reads it all in the audit log.
    const audit = await admin.gql('{ auditEvents(first: 100) { edges { node { action actorLogin targetId } } } }');
    const actions = audit.data.auditEvents.edges.map((e: { node: { action: string } }) => e.node.action);
    for (const a of ['USER_CREATED', 'PASSWORD_LINK_SENT', 'PASSWORD_SET', 'LOGIN_SUCCEEDED', 'TERMS_ACCEPTED']) expect(actions).toContain(a);
  });

  it('refuses an expired link', async () => {
    const admin = await portal.signedIn('E-0000000024');
    const companyId = (await admin.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    await admin.gql(CREATE_USER, { input: { companyId, firstName: 'Paul', lastName: 'Tard', email: 'paul@client1.example', roles: ['READ_ONLY'] } });
    const token = linkIn((await portal.smtp.waitFor('paul@client1.example')).text).searchParams.get('token')!;
    portal.clock.advance(12 * 3_600_000 + 1000);
    try {
      const res = await portal.client().gql(SET_PASSWORD, { input: { token, password: 'Cerf-volant-9', passwordConfirmation: 'Cerf-volant-9' } });
      expect(res.data.passwordSet.userErrors).toMatchObject([{ code: 'PASSWORD_LINK_EXPIRED', field: ['input', 'token'] }]);
    } finally {
      portal.clock.advance(-(12 * 3_600_000 + 1000));
    }
  });

  it('sends "mot de passe oublié" links only to existing logins, answering the same way', async () => {
    const ask = (login: string) =>
      portal.client().gql('mutation($l: String!) { passwordResetRequest(input: { login: $l }) { accepted userErrors { code } } }', { l: login });
    const known = await ask('E-0000000025');
    const unknown = await ask('E-0000009999');
    expect(known.data).toEqual(unknown.data);
    expect(known.status).toBe(unknown.status);
    await portal.gateway.idle();
    const mail = await portal.smtp.waitFor('bruno.facturation@client1.example');
    expect(mail.text).toContain('réinitialisation');
    expect(linkIn(mail.text).origin).toBe('http://portal.test');
    expect(portal.smtp.messages.filter((m) => m.text.includes('E-0000009999'))).toEqual([]);
  });

  it('never builds the link from the Host header', async () => {
    await portal.client().gql('mutation { passwordResetRequest(input: { login: "E-0000000026" }) { accepted } }', {}, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    await portal.gateway.idle();
    const mail = await portal.smtp.waitFor('louise.lecture@client1.example');
    expect(linkIn(mail.text).host).toBe('portal.test');
  });
});
