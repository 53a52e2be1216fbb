import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../support/gateway.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.close());

const RESEND = 'mutation($id: ID!) { userSetupLinkResend(input: { userId: $id }) { user { login state } userErrors { code field } } }';
const SET_PASSWORD = 'mutation($input: PasswordSetInput!) { passwordSet(input: $input) { login userErrors { code } } }';
const tokenIn = (text: string) => new URL(/(http:\/\/portal\.test\/auth\/password\?token=[A-Za-z0-9_-]+)/.exec(text)![1]!).searchParams.get('token')!;

describe('userSetupLinkResend', () => {
  it('e-mails a user waiting for their password a new link; the earlier one stops working, the new one sets the password', async () => {
    const admin = await portal.signedIn('E-0000000024');
    const companyId = (await admin.gql('{ viewer { user { company { id } } } }')).data.viewer.user.company.id;
    const created = await admin.gql('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id login } userErrors { code } } }', {
      input: { companyId, firstName: 'Lundi', lastName: 'Matin', email: 'lundi.matin@client1.example', roles: ['READ_ONLY'] },
    });
    const user = created.data.userCreate.user as { id: string; login: string };
    const first = tokenIn((await portal.smtp.waitFor('lundi.matin@client1.example')).text);

    const resent = await admin.gql(RESEND, { id: user.id });
    expect(resent.data.userSetupLinkResend).toEqual({ user: { login: user.login, state: 'PENDING_SETUP' }, userErrors: [] });
    await expect.poll(() => portal.smtp.to('lundi.matin@client1.example').length).toBe(2);
    const second = tokenIn(portal.smtp.to('lundi.matin@client1.example')[1]!.text);

    const password = 'Lundi-Matin-2026!';
    const old = await portal.client().gql(SET_PASSWORD, { input: { token: first, password, passwordConfirmation: password } });
    expect(old.data.passwordSet.userErrors.map((e: { code: string }) => e.code)).toEqual(['PASSWORD_LINK_INVALID']);
    const set = await portal.client().gql(SET_PASSWORD, { input: { token: second, password, passwordConfirmation: password } });
    expect(set.data.passwordSet).toEqual({ login: user.login, userErrors: [] });

    // Once the password is chosen, no more setup links: "Mot de passe oublié ?" is the way.
    const again = await admin.gql(RESEND, { id: user.id });
    expect(again.data.userSetupLinkResend).toEqual({ user: null, userErrors: [{ code: 'SETUP_DONE', field: ['input', 'userId'] }] });
  });

  it('is refused for a user out of reach (not found) and for a caller without the users right', async () => {
    const other = await portal.signedIn('E-0000000030');
    const target = (await (await portal.signedIn('E-0000000024')).gql('{ users { edges { node { id login } } } }')).data.users.edges[0].node.id;
    const refused = await other.gql(RESEND, { id: target });
    expect(refused.data.userSetupLinkResend.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    const reader = await portal.signedIn('E-0000000026');
    const forbidden = await reader.gql(RESEND, { id: target });
    expect(forbidden.data.userSetupLinkResend).toEqual({ user: null, userErrors: [{ code: 'FORBIDDEN', field: ['input', 'userId'] }] });
  });
});

describe('the acting universe', () => {
  it('is remembered per user: the next login, from another client, acts in the universe last chosen', async () => {
    const first = await portal.signedIn('E-0000000011');
    expect((await first.gql('{ viewer { actingUniverse } }')).data.viewer.actingUniverse).toBe('CLIENT');
    const chosen = await first.gql('mutation { universeChoose(input: { universe: RESELLER }) { viewer { actingUniverse } userErrors { code } } }');
    expect(chosen.data.universeChoose).toEqual({ viewer: { actingUniverse: 'RESELLER' }, userErrors: [] });
    const next = await portal.signedIn('E-0000000011');
    expect((await next.gql('{ viewer { actingUniverse } }')).data.viewer.actingUniverse).toBe('RESELLER');
    // Another user of the same company keeps their own.
    const colleague = await portal.signedIn('E-0000000010');
    expect((await colleague.gql('{ viewer { actingUniverse } }')).data.viewer.actingUniverse).toBe('CLIENT');
  });
});
