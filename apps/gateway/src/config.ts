/**
 * The gateway's configuration, read from the environment and validated once at start-up.
 *
 *   PORT               TCP port to listen on (default 4000)
 *   HOST               interface to bind (default 127.0.0.1)
 *   DATABASE_URL       postgres:// or postgresql:// URL of a PostgreSQL server; absent: embedded PGlite
 *   PORTAL_DATA_DIR    folder of the embedded PGlite database (default <repo root>/.data/pglite)
 *   LOG_LEVEL          fatal|error|warn|info|debug|trace|silent (default info)
 *   PUBLIC_URL         base URL of the portal as its users reach it (default http://localhost:<PORT>)
 *   DB_POOL_SIZE       connection pool size on PostgreSQL (default 10)
 *   SHUTDOWN_DELAY_MS  how long a shutdown keeps serving with /readyz at 503 before it stops listening, so that
 *                      a load balancer sends elsewhere first (default 0; behind one: a few of its health-check intervals)
 *   SHUTDOWN_GRACE_MS  how long in-flight requests may run on after the gateway stops listening (default 10000)
 *   SESSION_IDLE_MINUTES   a session unused this long ends (default 30)
 *   SESSION_MAX_HOURS      a session ends this long after login (default 12)
 *   PASSWORD_LINK_HOURS    lifetime of password setup and reset links (default 12)
 *   API_TOKEN_MAX_DAYS     longest validity of an API token (default 366)
 *   SMTP_URL           smtp:// or smtps:// relay for e-mail; absent: .eml files in MAIL_DIR
 *   MAIL_FROM          sender of the portal's e-mails
 *   MAIL_DIR           folder of the development mail transport (default <repo root>/.data/mail)
 *   PORTAL_STATIC_DIR  folder of the published front end (default <repo root>/.data/static)
 *   TRUSTED_DOCUMENTS  on: browser sessions may only run the front end's registered operations (default off)
 *   JOBS               on|off: run the job queue's workers and schedules in this process (default on)
 *   PLATFORM_URL       the e-invoicing platform's API (Plateforme Agréée); with PLATFORM_TOKEN
 *   PLATFORM_TOKEN     the portal's Bearer token at the platform
 *   PLATFORM_OUTBOX_DIR  instead of an API: the folder of the file-drop outbox (one file per document + manifest.json, for SFTP)
 *   PLATFORM_RETRIES   tries of a deposit after an outage, with exponential backoff (default 8)
 *   PLATFORM_RETRY_SECONDS  delay before the first retry, doubled at each one (default 30)
 *   RATE_LIMIT_TOKEN_PER_MINUTE    requests per minute of one API token (default 600)
 *   RATE_LIMIT_ADDRESS_PER_MINUTE  requests per minute from one address (default 1200)
 *   TRUST_PROXY        off (default): the client address is the TCP peer's; on: trust X-Forwarded-For from any
 *                      peer; or a comma-separated list of proxy addresses/CIDR ranges (10.0.0.0/8,127.0.0.1)
 *                      to trust it from those only: the address the login and reset throttles and the audit log see
 *   WEBHOOK_TIMEOUT_MS     time a webhook delivery attempt may take, connection to last byte (default 10000)
 *   WEBHOOK_SWEEP_MS       how often new events are fanned out and due deliveries queued (default 1000)
 *   WEBHOOKS_ALLOW_HTTP    development only, on|off: http:// webhook endpoints accepted (default off: https only)
 *   WEBHOOKS_ALLOW_PRIVATE development only: `on` lets deliveries reach loopback/private/link-local addresses,
 *                          or a comma-separated list of address:port allowed (default: none)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where issued documents go: a platform's HTTP API or a file-drop outbox, with the deposit retries. */
export type PlatformConfig =
  | { kind: 'http'; url: string; token: string; retries: number; retryDelaySeconds: number }
  | { kind: 'outbox'; directory: string; retries: number; retryDelaySeconds: number };

export interface GatewayConfig {
  port: number;
  host: string;
  /** PostgreSQL server; undefined means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (absolute), or `memory://…` for one kept in memory. */
  dataDir: string;
  logLevel: LogLevel;
  /** Base URL for links sent to users (e-mails), without a trailing slash. */
  publicUrl: string;
  dbPoolSize: number;
  /** Serving on, unready, before the listener closes (see SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  shutdownGraceMs: number;
  /** Session cookie with Secure and the __Host- prefix: whenever the portal is served over https. */
  secureCookies: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  passwordLinkTtlMs: number;
  apiTokenMaxDays: number;
  mail: { smtpUrl: string | undefined; from: string; mailDir: string };
  /** Whether this process runs the scheduled jobs (terminations, billing run). */
  jobs: boolean;
  rateLimits: { perToken: number; perAddress: number };
  webhooks: { timeoutMs: number; sweepMs: number; allowHttp: boolean; allowPrivate: string };
  /** Folder of the published front end: shell, shared dependencies, micro-frontends, import map. */
  staticDir: string;
  /** Browser sessions and anonymous callers may only run registered (trusted) documents. */
  trustedDocumentsOnly: boolean;
  /** Fastify's trustProxy: false, true, or the proxies' addresses. */
  trustProxy: boolean | string[];
  /** The e-invoicing platform documents are deposited on; null: none configured (nothing is sent). */
  platform: PlatformConfig | null;
}

/** One variable that failed validation, and why (its value is never repeated: it may be a secret). */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Thrown by loadConfig when the environment holds a bad value; the message names every variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(`Invalid configuration: ${issues.map((i) => `${i.variable}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/** The repository root: this file is apps/gateway/src/config.ts, or apps/gateway/dist/config.js once built. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** An unset or blank variable counts as absent, so `PORT=` in a .env file means "the default". */
const blankToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

function integer(min: number, max: number, fallback: number) {
  const message = `must be an integer between ${min} and ${max}`;
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: message })
      .regex(/^\d+$/, { error: message })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }))
      .default(fallback),
  );
}

const httpUrlMessage = 'must be an http:// or https:// URL';

/** A switch: on or off, in any case. */
const onOff = (fallback: 'on' | 'off') =>
  z.preprocess((v) => {
    const value = blankToUndefined(v);
    return typeof value === 'string' ? value.toLowerCase() : value;
  }, z.enum(['on', 'off'], { error: 'must be on or off' }).default(fallback));

const envSchema = z.object({
  PORT: integer(1, 65535, 4000),
  HOST: z.preprocess(
    blankToUndefined,
    z.string().regex(/^[^\s/]+$/, { error: 'must be a host name or IP address' }).default('127.0.0.1'),
  ),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  ),
  PORTAL_DATA_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    (v) => {
      const value = blankToUndefined(v);
      return typeof value === 'string' ? value.toLowerCase() : value;
    },
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: httpUrlMessage }).optional(),
  ),
  DB_POOL_SIZE: integer(1, 1000, 10),
  SHUTDOWN_DELAY_MS: integer(0, 600_000, 0),
  SHUTDOWN_GRACE_MS: integer(0, 600_000, 10_000),
  SESSION_IDLE_MINUTES: integer(1, 1440, 30),
  SESSION_MAX_HOURS: integer(1, 720, 12),
  PASSWORD_LINK_HOURS: integer(1, 168, 12),
  API_TOKEN_MAX_DAYS: integer(1, 3660, 366),
  SMTP_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  MAIL_FROM: z.preprocess(blankToUndefined, z.string().max(200).default('Portail opérateur <no-reply@portal.localhost>')),
  MAIL_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  PORTAL_STATIC_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  TRUSTED_DOCUMENTS: onOff('off'),
  PLATFORM_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: httpUrlMessage }).optional()),
  PLATFORM_TOKEN: z.preprocess(blankToUndefined, z.string().max(500).optional()),
  PLATFORM_OUTBOX_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  PLATFORM_RETRIES: integer(0, 100, 8),
  PLATFORM_RETRY_SECONDS: integer(1, 3600, 30),
  RATE_LIMIT_TOKEN_PER_MINUTE: integer(1, 1_000_000, 600),
  RATE_LIMIT_ADDRESS_PER_MINUTE: integer(1, 1_000_000, 1200),
  JOBS: onOff('on'),
  TRUST_PROXY: z.preprocess(
    blankToUndefined,
    z.string().regex(/^(on|off|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/i, { error: 'must be on, off or a comma-separated list of addresses' }).default('off'),
  ),
  WEBHOOK_TIMEOUT_MS: integer(100, 60_000, 10_000),
  WEBHOOK_SWEEP_MS: integer(50, 60_000, 1_000),
  WEBHOOKS_ALLOW_HTTP: onOff('off'),
  WEBHOOKS_ALLOW_PRIVATE: z.preprocess(blankToUndefined, z.string().regex(/^(on|off|[0-9a-fA-F:.]+:[0-9]{1,5}(,[0-9a-fA-F:.]+:[0-9]{1,5})*)$/, { error: 'must be on, off or a list of address:port' }).default('off')),
});

function trustProxyOf(value: string): boolean | string[] {
  const v = value.toLowerCase();
  if (v === 'on') return true;
  if (v === 'off') return false;
  return v.split(',').map((s) => s.trim());
}

/**
 * Reads and validates the configuration from `env` (process.env in production). It reads
 * nothing else (a relative PORTAL_DATA_DIR is resolved against the working directory). Throws ConfigError naming each bad variable.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): GatewayConfig {
  const parsed = envSchema.safeParse({
    PORT: env.PORT,
    HOST: env.HOST,
    DATABASE_URL: env.DATABASE_URL,
    PORTAL_DATA_DIR: env.PORTAL_DATA_DIR,
    LOG_LEVEL: env.LOG_LEVEL,
    PUBLIC_URL: env.PUBLIC_URL,
    DB_POOL_SIZE: env.DB_POOL_SIZE,
    SHUTDOWN_DELAY_MS: env.SHUTDOWN_DELAY_MS,
    SHUTDOWN_GRACE_MS: env.SHUTDOWN_GRACE_MS,
    SESSION_IDLE_MINUTES: env.SESSION_IDLE_MINUTES,
    SESSION_MAX_HOURS: env.SESSION_MAX_HOURS,
    PASSWORD_LINK_HOURS: env.PASSWORD_LINK_HOURS,
    API_TOKEN_MAX_DAYS: env.API_TOKEN_MAX_DAYS,
    SMTP_URL: env.SMTP_URL,
    MAIL_FROM: env.MAIL_FROM,
    MAIL_DIR: env.MAIL_DIR,
    PORTAL_STATIC_DIR: env.PORTAL_STATIC_DIR,
    TRUSTED_DOCUMENTS: env.TRUSTED_DOCUMENTS,
    PLATFORM_URL: env.PLATFORM_URL,
    PLATFORM_TOKEN: env.PLATFORM_TOKEN,
    PLATFORM_OUTBOX_DIR: env.PLATFORM_OUTBOX_DIR,
    PLATFORM_RETRIES: env.PLATFORM_RETRIES,
    PLATFORM_RETRY_SECONDS: env.PLATFORM_RETRY_SECONDS,
    JOBS: env.JOBS,
    RATE_LIMIT_TOKEN_PER_MINUTE: env.RATE_LIMIT_TOKEN_PER_MINUTE,
    RATE_LIMIT_ADDRESS_PER_MINUTE: env.RATE_LIMIT_ADDRESS_PER_MINUTE,
    TRUST_PROXY: env.TRUST_PROXY,
    WEBHOOK_TIMEOUT_MS: env.WEBHOOK_TIMEOUT_MS,
    WEBHOOK_SWEEP_MS: env.WEBHOOK_SWEEP_MS,
    WEBHOOKS_ALLOW_HTTP: env.WEBHOOKS_ALLOW_HTTP,
    WEBHOOKS_ALLOW_PRIVATE: env.WEBHOOKS_ALLOW_PRIVATE,
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: ConfigIssue[] = [];
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? 'environment');
      if (seen.has(variable)) continue; // one message per variable is enough
      seen.add(variable);
      issues.push({ variable, message: issue.message });
    }
    throw new ConfigError(issues);
  }
  const e = parsed.data;
  const dataDir = e.PORTAL_DATA_DIR ?? join(repoRoot, '.data', 'pglite');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir),
    logLevel: e.LOG_LEVEL,
    publicUrl,
    dbPoolSize: e.DB_POOL_SIZE,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    secureCookies: publicUrl.startsWith('https://'),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_MAX_HOURS * 3_600_000,
    passwordLinkTtlMs: e.PASSWORD_LINK_HOURS * 3_600_000,
    apiTokenMaxDays: e.API_TOKEN_MAX_DAYS,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, mailDir: resolve(e.MAIL_DIR ?? join(repoRoot, '.data', 'mail')) },
    jobs: e.JOBS === 'on',
    rateLimits: { perToken: e.RATE_LIMIT_TOKEN_PER_MINUTE, perAddress: e.RATE_LIMIT_ADDRESS_PER_MINUTE },
    webhooks: { timeoutMs: e.WEBHOOK_TIMEOUT_MS, sweepMs: e.WEBHOOK_SWEEP_MS, allowHttp: e.WEBHOOKS_ALLOW_HTTP === 'on', allowPrivate: e.WEBHOOKS_ALLOW_PRIVATE },
    staticDir: resolve(e.PORTAL_STATIC_DIR ?? join(repoRoot, '.data', 'static')),
    trustedDocumentsOnly: e.TRUSTED_DOCUMENTS === 'on',
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    platform: e.PLATFORM_URL
      ? { kind: 'http', url: e.PLATFORM_URL, token: e.PLATFORM_TOKEN ?? '', retries: e.PLATFORM_RETRIES, retryDelaySeconds: e.PLATFORM_RETRY_SECONDS }
      : e.PLATFORM_OUTBOX_DIR ? { kind: 'outbox', directory: resolve(e.PLATFORM_OUTBOX_DIR), retries: e.PLATFORM_RETRIES, retryDelaySeconds: e.PLATFORM_RETRY_SECONDS } : null,
  };
}
