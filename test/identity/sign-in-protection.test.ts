import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, DEMO_PASSWORD, LOG_IN, startTestPortal, type TestPortal } from '../support/gateway.js';

// Behind a reverse proxy (TRUST_PROXY=on): each test speaks from the address it chooses.
let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal({ env: { TRUST_PROXY: 'on' } });
});
afterAll(() => portal?.close());

const from = (address: string) => ({ 'x-forwarded-for': address });
const codeOf = (res: { data: { logIn: { userErrors: { code: string }[] } } }) => res.data.logIn.userErrors[0]?.code ?? 'OK';
const RESET = 'mutation($login: String!) { passwordResetRequest(input: { login: $login }) { accepted } }';

/** Waits until the background work of the reset requests is done: the mails that will come have come. */
async function settle(address: string, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (portal.smtp.to(address).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300));
}

describe('session management', () => {
  it('refuses an API token on every session-management mutation (FORBIDDEN), whatever its scopes', async () => {
    const admin = await portal.signedIn('E-0000000024');
    const created = await admin.gql('mutation { apiTokenCreate(input: { name: "ERP", scopes: [COMPANY_READ, IDENTITY_READ, IDENTITY_WRITE], expiresInDays: 30 }) { secret userErrors { code } } }');
    const token = portal.client(created.data.apiTokenCreate.secret);
    for (const mutation of [
      'mutation { sessionsRevokeOthers { revokedCount } }',
      'mutation { universeChoose(input: { universe: CLIENT }) { userErrors { code } } }',
      'mutation { totpEnrolStart { secret } }',
      'mutation { totpEnrolConfirm(input: { code: "000000" }) { userErrors { code } } }',
      'mutation { totpRemove(input: { code: "000000" }) { userErrors { code } } }',
      'mutation { recoveryCodesRegenerate(input: { code: "000000" }) { recoveryCodes } }',
      'mutation { passkeyRegisterStart { options } }',
      'mutation { passkeyRegisterFinish(input: { response: "{}", name: "x" }) { userErrors { code } } }',
      'mutation { passkeyRemove(input: { passkeyId: "x", code: "000000" }) { userErrors { code } } }',
    ]) {
      const res = await token.gql(mutation);
      expect(res.errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
      expect(res.data, mutation).toBeNull();
    }
    // The creator's browser session is still alive.
    expect((await admin.gql('{ viewer { user { login } } }')).data.viewer.user.login).toBe('E-0000000024');
  });
});

describe('password reset requests', () => {
  it('keep an earlier link valid when somebody else asks for another one', async () => {
    const owner = portal.client();
    await owner.gql(RESET, { login: 'E-0000000011' }, from('198.51.100.1'));
    await settle('charlotte.martin@revendeur.example', 1);
    const first = /token=([\w-]+)/.exec(portal.smtp.to('charlotte.martin@revendeur.example')[0]!.text)![1]!;
    await portal.client().gql(RESET, { login: 'E-0000000011' }, from('203.0.113.66'));
    await settle('charlotte.martin@revendeur.example', 2);
    const set = await portal.client().gql('mutation($input: PasswordSetInput!) { passwordSet(input: $input) { login userErrors { code } } }', {
      input: { token: first, password: 'Nouveau-Passe-7', passwordConfirmation: 'Nouveau-Passe-7' },
    });
    expect(set.data.passwordSet).toEqual({ login: 'E-0000000011', userErrors: [] });
    // Once one link is used, the others die.
    const second = /token=([\w-]+)/.exec(portal.smtp.to('charlotte.martin@revendeur.example')[1]!.text)![1]!;
    const reused = await portal.client().gql('mutation($input: PasswordSetInput!) { passwordSet(input: $input) { userErrors { code } } }', {
      input: { token: second, password: 'Autre-Passe-8', passwordConfirmation: 'Autre-Passe-8' },
    });
    expect(reused.data.passwordSet.userErrors).toEqual([{ code: 'PASSWORD_LINK_INVALID' }]);
  });

  it('are throttled per login: a flood sends three links an hour, not one per request, and answers the same', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await portal.client().gql(RESET, { login: 'E-0000000030' }, from(`198.51.100.${10 + i}`));
      expect(res.data.passwordResetRequest.accepted).toBe(true);
    }
    await settle('alice@autre-revendeur.example', 3);
    expect(portal.smtp.to('alice@autre-revendeur.example')).toHaveLength(3);
  });

  it('are throttled per address: one address cannot fill many mailboxes', async () => {
    const logins = ['E-0000000001', 'E-0000000010', 'E-0000000024', 'E-0000000025', 'E-0000000026'];
    const before = portal.smtp.messages.length;
    for (let i = 0; i < 15; i++) await portal.client().gql(RESET, { login: logins[i % logins.length] }, from('192.0.2.99'));
    await new Promise((r) => setTimeout(r, 1_500));
    // Three per login would be fifteen; the address stops at ten.
    expect(portal.smtp.messages.length - before).toBe(10);
  });
});

describe('failed logins', () => {
  const attempt = (login: string, password: string, address: string, client = portal.client()) =>
    client.gql(LOG_IN, { input: { login, password } }, from(address));

  it('lock the attacker\'s address for that login, never the owner at another address', async () => {
    for (let i = 0; i < 12; i++) {
      await attempt('E-0000000026', 'Mauvais-1!', '203.0.113.7');
      portal.clock.advance(31_000);
    }
    expect(codeOf(await attempt('E-0000000026', DEMO_PASSWORD, '203.0.113.7'))).toBe('LOGIN_THROTTLED');
    expect(codeOf(await attempt('E-0000000026', DEMO_PASSWORD, '198.51.100.26'))).toBe('OK');
  }, 120_000);

  it('from many addresses lock the login, but not for a known device of its owner', async () => {
    const owner = new Client(portal.url);
    expect(codeOf(await attempt('E-0000000010', DEMO_PASSWORD, '198.51.100.200', owner))).toBe('OK');
    expect(owner.jar.has('portal_device')).toBe(true);
    for (let i = 0; i < 31; i++) await attempt('E-0000000010', 'Mauvais-1!', `10.1.${i}.1`);
    expect(codeOf(await attempt('E-0000000010', DEMO_PASSWORD, '10.2.0.1'))).toBe('LOGIN_THROTTLED');
    // The owner, on the browser that signed in before, from yet another address.
    expect(codeOf(await attempt('E-0000000010', DEMO_PASSWORD, '198.51.100.201', owner))).toBe('OK');
  }, 120_000);

  it('sets the known-device cookie HttpOnly, SameSite=Lax, with a relative lifetime', async () => {
    const res = await portal.client().gql(LOG_IN, { input: { login: 'E-0000000001', password: DEMO_PASSWORD } }, from('198.51.100.77'));
    const device = res.headers.getSetCookie().find((c) => c.startsWith('portal_device='))!;
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/SameSite=Lax/);
    expect(device).toMatch(/Max-Age=7776000/);
  });
});

describe('TRUST_PROXY', () => {
  it('off (the default): X-Forwarded-For is ignored, a caller cannot pick a fresh address to escape the throttle', async () => {
    const direct = await startTestPortal();
    try {
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) codes.push(codeOf(await direct.client().gql(LOG_IN, { input: { login: 'E-0000000030', password: 'Mauvais-1!' } }, from(`10.9.${i}.1`))));
      expect(codes.at(-1)).toBe('LOGIN_THROTTLED');
    } finally {
      await direct.close();
    }
  });
});
