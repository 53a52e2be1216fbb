import { createGateway, loadConfig, type Gateway } from '@portal/gateway';
import { seedDemoData } from '@portal/db';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TEST_NOW } from './env.js';
import { TestSmtpServer } from './smtp.js';
import { guardAnswers } from './answer-guard.js';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
  headers: Headers;
}

/** A browser-like client: keeps the session cookie it is given, or sends a Bearer token. */
export class Client {
  /** The cookies the server set, by name: the session's and the known device's. */
  jar = new Map<string, string>();

  /** The session cookie ("name=value"), or null. */
  get cookie(): string | null {
    const entry = [...this.jar].find(([name]) => name.endsWith('portal_session'));
    return entry ? `${entry[0]}=${entry[1]}` : null;
  }

  set cookie(value: string | null) {
    for (const name of [...this.jar.keys()]) if (name.endsWith('portal_session')) this.jar.delete(name);
    if (value) {
      const at = value.indexOf('=');
      this.jar.set(value.slice(0, at), value.slice(at + 1));
    }
  }

  private cookieHeader(): string | null {
    return this.jar.size ? [...this.jar].map(([n, v]) => `${n}=${v}`).join('; ') : null;
  }

  constructor(
    private readonly url: string,
    public bearer: string | null = null,
  ) {}

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookieHeader() ? { cookie: this.cookieHeader()! } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=') as [string, string | undefined];
      if (!value || /expires=Thu, 01 Jan 1970|max-age=0(;|$)/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const body = (await res.json()) as { data: T; errors?: GqlResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Logs in and returns the payload; throws when refused. */
  async logIn(login: string, password: string) {
    const res = await this.gql(LOG_IN, { input: { login, password } });
    if (res.data?.logIn?.userErrors?.length) throw new Error(`login refused: ${JSON.stringify(res.data.logIn.userErrors)}`);
    return res.data.logIn.viewer as { termsAccepted: boolean; user: { login: string } };
  }

  async acceptTerms() {
    const terms = await this.gql('{ termsOfUse { version } }');
    const res = await this.gql('mutation($v: String!) { termsAccept(input: { version: $v }) { userErrors { code } } }', { v: terms.data.termsOfUse.version });
    if (res.data.termsAccept.userErrors.length) throw new Error('terms refused');
  }
}

export const LOG_IN = `mutation($input: LogInInput!) {
  logIn(input: $input) { viewer { termsAccepted user { login } } userErrors { code message field } }
}`;

export interface TestPortal {
  db: TestDatabase;
  gateway: Gateway;
  smtp: TestSmtpServer;
  url: string;
  /** Moves the portal's clock (every request reads it). */
  clock: { now: Date; advance(ms: number): void };
  client(bearer?: string): Client;
  /** A client logged in as a demo user, terms accepted. */
  signedIn(login: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'Portail-Demo-2026!';

/** The gateway on its own test database (demo data loaded), a real SMTP server and a movable clock. */
export async function startTestPortal(
  options: { publicUrl?: string; port?: number; seed?: boolean; jobs?: boolean; env?: Record<string, string>; logQuery?: (sql: string) => void; logStream?: { write(line: string): void } } = {},
): Promise<TestPortal> {
  const db = await createTestDatabase();
  const smtp = new TestSmtpServer();
  const smtpUrl = await smtp.start();
  const clock = {
    now: TEST_NOW,
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const config = {
    ...loadConfig({ DATABASE_URL: db.url, SMTP_URL: smtpUrl, LOG_LEVEL: options.logStream ? 'info' : 'silent', PUBLIC_URL: options.publicUrl ?? 'http://portal.test', DB_POOL_SIZE: '4', JOBS: options.jobs ? 'on' : 'off', ...options.env }),
    port: options.port ?? 0,
  };
  const gateway = await createGateway(config, { seed: options.seed === false ? false : seedDemoData, clock: () => clock.now, jobPollingSeconds: 0.5, logQuery: options.logQuery, logStream: options.logStream });
  // Every answer of every test is checked: none may carry a database or driver text.
  const answers = guardAnswers(gateway.app);
  const url = await gateway.listen();
  const portal: TestPortal = {
    db,
    gateway,
    smtp,
    url,
    clock,
    client: (bearer?: string) => new Client(url, bearer ?? null),
    async signedIn(login: string, password = DEMO_PASSWORD) {
      const c = new Client(url);
      const viewer = await c.logIn(login, password);
      if (!viewer.termsAccepted) await c.acceptTerms();
      return c;
    },
    async close() {
      await gateway.close();
      await smtp.stop();
      await db.close();
      answers.check();
    },
  };
  return portal;
}
