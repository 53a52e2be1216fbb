import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from './config.js';

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('applies the defaults to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: join(repoRoot, '.data', 'pglite'),
      logLevel: 'info',
      publicUrl: 'http://localhost:4000',
      dbPoolSize: 10,
      shutdownDelayMs: 0,
      shutdownGraceMs: 10_000,
      secureCookies: false,
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 12 * 3_600_000,
      passwordLinkTtlMs: 12 * 3_600_000,
      apiTokenMaxDays: 366,
      mail: { smtpUrl: undefined, from: 'Portail opérateur <no-reply@portal.localhost>', mailDir: join(repoRoot, '.data', 'mail') },
      jobs: true,
      rateLimits: { perToken: 600, perAddress: 1200 },
      webhooks: { timeoutMs: 10_000, sweepMs: 1_000, allowHttp: false, allowPrivate: 'off' },
      staticDir: join(repoRoot, '.data', 'static'),
      trustedDocumentsOnly: false,
      trustProxy: false,
      platform: null,
    });
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '  ', DATABASE_URL: '' })).toMatchObject({ port: 4000, logLevel: 'info', databaseUrl: undefined });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://portal:secret@db.internal:5432/portal',
      PORTAL_DATA_DIR: 'relative/dir',
      LOG_LEVEL: 'DEBUG',
      PUBLIC_URL: 'https://portal.example.com/',
      DB_POOL_SIZE: '25',
      SHUTDOWN_DELAY_MS: '3000',
      SHUTDOWN_GRACE_MS: '0',
      SESSION_IDLE_MINUTES: '15',
      SESSION_MAX_HOURS: '8',
      PASSWORD_LINK_HOURS: '2',
      API_TOKEN_MAX_DAYS: '90',
      SMTP_URL: 'smtp://relay.internal:25',
      MAIL_FROM: 'Portail <portail@example.com>',
      MAIL_DIR: 'mail-out',
      JOBS: 'OFF',
      RATE_LIMIT_TOKEN_PER_MINUTE: '60',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '120',
      WEBHOOK_TIMEOUT_MS: '5000',
      WEBHOOK_SWEEP_MS: '250',
      WEBHOOKS_ALLOW_HTTP: 'on',
      WEBHOOKS_ALLOW_PRIVATE: '127.0.0.1:8080,10.0.0.2:443',
      PORTAL_STATIC_DIR: 'web',
      TRUSTED_DOCUMENTS: 'ON',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      PLATFORM_URL: 'https://api.pa.example/v1',
      PLATFORM_TOKEN: 'secret-token',
      PLATFORM_RETRIES: '3',
      PLATFORM_RETRY_SECONDS: '10',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://portal:secret@db.internal:5432/portal',
      dataDir: resolve('relative/dir'),
      logLevel: 'debug',
      publicUrl: 'https://portal.example.com',
      dbPoolSize: 25,
      shutdownDelayMs: 3000,
      shutdownGraceMs: 0,
      secureCookies: true,
      sessionIdleMs: 15 * 60_000,
      sessionAbsoluteMs: 8 * 3_600_000,
      passwordLinkTtlMs: 2 * 3_600_000,
      apiTokenMaxDays: 90,
      mail: { smtpUrl: 'smtp://relay.internal:25', from: 'Portail <portail@example.com>', mailDir: resolve('mail-out') },
      jobs: false,
      rateLimits: { perToken: 60, perAddress: 120 },
      webhooks: { timeoutMs: 5000, sweepMs: 250, allowHttp: true, allowPrivate: '127.0.0.1:8080,10.0.0.2:443' },
      staticDir: resolve('web'),
      trustedDocumentsOnly: true,
      trustProxy: ['10.0.0.0/8', '127.0.0.1'],
      platform: { kind: 'http', url: 'https://api.pa.example/v1', token: 'secret-token', retries: 3, retryDelaySeconds: 10 },
    });
  });

  it('takes a file-drop outbox when no platform API is given', () => {
    expect(loadConfig({ PLATFORM_OUTBOX_DIR: 'outbox' }).platform).toEqual({ kind: 'outbox', directory: resolve('outbox'), retries: 8, retryDelaySeconds: 30 });
  });

  it('derives PUBLIC_URL from PORT and accepts postgres:// URLs', () => {
    const config = loadConfig({ PORT: '5000', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/portal' });
    expect(config.publicUrl).toBe('http://localhost:5000');
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/portal');
  });

  it('keeps an in-memory PGlite directory as given', () => {
    expect(loadConfig({ PORTAL_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });

  it.each(['abc', '0', '65536', '-1', '80.5', '1e3'])('rejects PORT=%s, naming the variable', (port) => {
    const error = configError({ PORT: port });
    expect(error.message).toBe('Invalid configuration: PORT: must be an integer between 1 and 65535');
    expect(error.issues).toEqual([{ variable: 'PORT', message: 'must be an integer between 1 and 65535' }]);
  });

  it.each(['mysql://root@localhost/portal', 'not a url', 'http://localhost:5432/portal', '127.0.0.1:5432'])(
    'rejects DATABASE_URL=%s, naming the variable',
    (url) => {
      expect(configError({ DATABASE_URL: url }).message).toBe(
        'Invalid configuration: DATABASE_URL: must be a postgres:// or postgresql:// URL',
      );
    },
  );

  it('does not repeat the value of a bad DATABASE_URL (it may hold a password)', () => {
    expect(configError({ DATABASE_URL: 'mysql://root:hunter2@localhost/portal' }).message).not.toContain('hunter2');
  });

  it('rejects an unknown LOG_LEVEL, naming the variable', () => {
    expect(configError({ LOG_LEVEL: 'verbose' }).message).toBe(
      'Invalid configuration: LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  it('rejects bad PUBLIC_URL, DB_POOL_SIZE, SHUTDOWN_GRACE_MS and HOST values', () => {
    expect(configError({ PUBLIC_URL: 'ftp://portal.example.com' }).issues[0]?.variable).toBe('PUBLIC_URL');
    expect(configError({ DB_POOL_SIZE: '0' }).issues[0]?.variable).toBe('DB_POOL_SIZE');
    expect(configError({ SHUTDOWN_GRACE_MS: 'soon' }).issues[0]?.variable).toBe('SHUTDOWN_GRACE_MS');
    expect(configError({ HOST: 'local host' }).issues[0]?.variable).toBe('HOST');
  });

  it('reads TRUST_PROXY as on, off or a list of proxy addresses, and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: 'on' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'OFF' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '192.168.0.1,::1' }).trustProxy).toEqual(['192.168.0.1', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });

  it('reports every bad variable at once', () => {
    const error = configError({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(error.issues.map((i) => i.variable)).toEqual(['PORT', 'DATABASE_URL', 'LOG_LEVEL']);
    expect(error.message).toMatch(/^Invalid configuration: PORT: .+; DATABASE_URL: .+; LOG_LEVEL: .+$/);
  });
});

describe('identity and mail settings', () => {
  it.each([
    ['SESSION_IDLE_MINUTES', '0', 'must be an integer between 1 and 1440'],
    ['SESSION_MAX_HOURS', 'forever', 'must be an integer between 1 and 720'],
    ['PASSWORD_LINK_HOURS', '200', 'must be an integer between 1 and 168'],
    ['SMTP_URL', 'http://mail.example.com', 'must be an smtp:// or smtps:// URL'],
  ])('rejects %s=%s, naming the variable', (variable, value, message) => {
    expect(configError({ [variable]: value }).message).toBe(`Invalid configuration: ${variable}: ${message}`);
  });
});
