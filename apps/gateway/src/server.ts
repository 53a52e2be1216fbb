import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { databaseUnavailable, databaseUnavailableAnswers, unavailableError } from './database-unavailable.js';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type EntityManager } from '@mikro-orm/core';
import { Company, companyRoutes } from '@portal/company';
import { offersRoutes } from '@portal/offers';
import { billingRoutes } from '@portal/billing';
import { migrateToLatest, openDatabase, seedDemoData, type Em, type Orm } from '@portal/db';
import { type DomainRouteOptions, type Mailer, type PortalContext, type PortalSettings } from '@portal/kernel';
import { authenticate, deviceCookie, httpCaller, sessionCookie } from './auth.js';
import { type GatewayConfig } from './config.js';
import { ordersRoutes } from '@portal/orders';
import { clientErrorHandler, formatPortalError, internalErrorsWithRequestId, internalMessage, registerHttpErrors } from './public-errors.js';
import { costLimitPlugin } from './cost-limit.js';
import { apiUsagePlugin, type UsageContext } from './api-usage.js';
import { DOCUMENT_LIMITS, armor, introspectionForCallers, registerClientErrorStatus, registerRateLimit } from './limits.js';
import { startJobs, type Jobs } from './jobs.js';
import { createMailer } from './mailer.js';
import { buildPortalSchema } from './schema.js';
import { singleSensitiveMutation } from './sensitive-operations.js';
import { registerTrustedDocuments, trustedDocumentsFrom } from './trusted-documents.js';
import { registerWeb } from './web.js';

/**
 * What every resolver receives (see PortalContext in @portal/kernel): a request-scoped entity
 * manager, the request id and its logger, the caller and the reach rule, the session cookie, the
 * mailer and settings, and a way to run work after the answer.
 */
export type GatewayContext = UsageContext & BaseContext & { log: FastifyBaseLogger };

export interface GatewayOptions {
  /**
   * Loads demo data when the database has no company rows. Defaults to seedDemoData from
   * @portal/db; `false` never seeds (tests that bring their own rows). It receives the gateway's
   * clock, which dates the demo's recent records.
   */
  seed?: false | ((em: Em, now: Date) => Promise<boolean>);
  /** Where the JSON log lines go (default: standard output). */
  logStream?: { write(line: string): void };
  /** The time of each request (default: the wall clock); tests move it. */
  clock?: () => Date;
  /** The e-mail transport (default: from the configuration). */
  mailer?: Mailer;
  /** Start the job queue and its workers (default: the JOBS setting). */
  jobs?: boolean;
  /** Seconds between polls of idle job workers. */
  jobPollingSeconds?: number;
  /** Receives every SQL statement the ORM runs, as its query logger prints it (opt-in; `pnpm bench` counts them). */
  logQuery?: (sql: string) => void;
}

export interface Gateway {
  app: FastifyInstance;
  orm: Orm;
  schema: GraphQLSchema;
  /** Listens on the configured host and port; resolves to the address (port 0 picks a free one). */
  listen(): Promise<string>;
  /** The address once listen() has resolved, e.g. http://127.0.0.1:4000. */
  readonly url: string | undefined;
  /** Resolves when the work started after answers (e-mails…) has finished. */
  idle(): Promise<void>;
  /** The job queue, when started. */
  jobs: Jobs | null;
  /** Every route the router knows (method and pattern), for the tests that try every route. */
  routes: readonly { method: string; url: string }[];
  /**
   * Stops accepting connections, lets in-flight requests finish (at most the configured grace
   * period, then cuts the remaining connections), stops Apollo and closes the database.
   * Safe to call more than once.
   */
  close(): Promise<void>;
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** The rate limit left, from the limiter's header on the answer. */
const remainingOf = (header: unknown): number | null => (header === undefined || Number.isNaN(Number(header)) ? null : Number(header));

/** Incoming request ids are kept only when they are short tokens that cannot forge log content. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's x-request-id when it is a safe short token, a fresh UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** How long /readyz waits for `select 1` before calling the database unavailable. */
const READINESS_TIMEOUT_MS = 2_000;

/**
 * Runs `select 1` through the ORM's connection. checkConnection() does not reconnect an ORM that
 * was closed (shutdown), unlike a query through an entity manager, so a closing gateway is unready.
 */
async function databaseAnswers(orm: Orm, log: FastifyBaseLogger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${READINESS_TIMEOUT_MS} ms` }), READINESS_TIMEOUT_MS);
  });
  // A second try when the first fails: a pooled connection the server ended (restart) fails once
  // and is dropped; the second try opens a fresh one. Readiness then says what the database is now.
  const twice = async () => {
    const first = await orm.checkConnection().catch((err: unknown) => ({ ok: false as const, reason: String(err) }));
    return first.ok ? first : orm.checkConnection();
  };
  try {
    const check = await Promise.race([twice(), timeout]);
    if (check.ok) return true;
    log.warn({ reason: check.reason }, 'readiness check: the database does not answer');
    return false;
  } catch (err) {
    log.warn({ err }, 'readiness check: the database does not answer');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function openAndPrepareDatabase(config: GatewayConfig, options: GatewayOptions, log: FastifyBaseLogger): Promise<Orm> {
  if (!config.databaseUrl && !config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  log.info(config.databaseUrl ? 'opening the PostgreSQL database' : `opening the embedded database in ${config.dataDir}`);
  const orm = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize, logQuery: options.logQuery });
  try {
    const applied = await migrateToLatest(orm);
    if (applied.length) log.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    // The demo (first run) also issues one e-invoicing sample of each kind; tests pass seedDemoData alone.
    const seed = options.seed ?? ((em: Em, now: Date) => seedDemoData(em, now, { eInvoicingSamples: true }));
    if (seed) {
      const em = orm.em.fork();
      if ((await em.count(Company, {})) === 0 && (await seed(em, (options.clock ?? (() => new Date()))()))) log.info('the database had no companies: demo data loaded');
    }
    return orm;
  } catch (err) {
    await orm.close(true).catch(() => undefined);
    throw err;
  }
}

/**
 * Creates the gateway: opens and migrates the database (seeding demo data into an empty one),
 * builds the GraphQL schema and the HTTP server. It does not listen until listen() is called; until
 * then (or app.ready()) more routes and hooks may be added to `app`.
 */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const app = Fastify({
    logger: { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    requestIdHeader: false, // genReqId reads and checks the header itself
    genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    bodyLimit: DOCUMENT_LIMITS.maxBodyBytes,
    // Behind a reverse proxy, the client's address is the one it reports (X-Forwarded-For);
    // otherwise the header is ignored, so that nobody picks their own address for the throttles.
    trustProxy: config.trustProxy,
    clientErrorHandler,
  });
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });

  let orm: Orm;
  try {
    orm = await openAndPrepareDatabase(config, options, app.log);
  } catch (err) {
    await app.close();
    throw err;
  }

  let schema: GraphQLSchema;
  let apollo: ApolloServer<GatewayContext>;
  try {
    schema = await buildPortalSchema();
    const protection = armor();
    apollo = new ApolloServer<GatewayContext>({
      schema,
      logger: app.log,
      stopOnTerminationSignals: false, // main.ts handles the signals and calls close()
      plugins: [internalErrorsWithRequestId as ApolloServerPlugin<GatewayContext>, databaseUnavailableAnswers, introspectionForCallers as ApolloServerPlugin<GatewayContext>, costLimitPlugin(schema) as ApolloServerPlugin<GatewayContext>, apiUsagePlugin as ApolloServerPlugin<GatewayContext>, ...(protection.plugins as ApolloServerPlugin<GatewayContext>[])],
      validationRules: [singleSensitiveMutation, ...protection.validationRules],
      introspection: true,
      allowBatchedHttpRequests: false,
      persistedQueries: false, // registered documents are resolved before Apollo (trusted-documents.ts)
      includeStacktraceInErrorResponses: false,
      formatError: formatPortalError,
    });
    await apollo.start();
  } catch (err) {
    await orm.close(true);
    await app.close();
    throw err;
  }

  const mailer = options.mailer ?? createMailer(config.mail, app.log);
  const settings: PortalSettings = {
    publicUrl: config.publicUrl,
    sessionIdleMs: config.sessionIdleMs,
    sessionAbsoluteMs: config.sessionAbsoluteMs,
    passwordLinkTtlMs: config.passwordLinkTtlMs,
    apiTokenMaxDays: config.apiTokenMaxDays,
    webhooksAllowHttp: config.webhooks.allowHttp,
    apiRateLimitPerMinute: config.rateLimits.perToken,
    apiMaxCostPerOperation: DOCUMENT_LIMITS.maxCost,
  };
  const clock = options.clock ?? (() => new Date());

  // Work started after an answer (e-mails): each on its own entity manager, awaited on shutdown.
  const pending = new Set<Promise<unknown>>();
  const background = (log: FastifyBaseLogger) => (task: (em: EntityManager) => Promise<unknown>) => {
    const run = Promise.resolve()
      .then(() => task(orm.em.fork()))
      .catch((err: unknown) => log.error({ err }, 'background task failed'))
      .finally(() => pending.delete(run));
    pending.add(run);
  };
  const idle = async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  const jobs = (options.jobs ?? config.jobs)
    ? await startJobs({
      orm, databaseUrl: config.databaseUrl, clock, log: app.log, schedule: true, pollingIntervalSeconds: options.jobPollingSeconds ?? 2,
      webhooks: { ...config.webhooks, mailer, publicUrl: config.publicUrl },
      platform: config.platform,
    })
    : null;

  // Runs once the HTTP server has stopped and its in-flight requests are done (or cut off).
  app.addHook('onClose', async () => {
    await jobs?.stop();
    await idle();
    await apollo.stop();
    await orm.close(true);
  });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });

  // Once closing, every response ends its keep-alive connection, so the server's close() is not
  // held up by clients that would otherwise keep their idle connections open after the answer.
  // A shutdown sets it first, for its delay (SHUTDOWN_DELAY_MS) as well: /readyz then answers 503.
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (draining) void reply.header('connection', 'close');
  });

  app.get('/healthz', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/readyz', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    if (draining) return reply.code(503).send({ status: 'shutting down' });
    if (await databaseAnswers(orm, request.log)) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable' });
  });

  registerClientErrorStatus(app);
  // The usual security headers on every answer (helmet); the page adds its own
  // Content-Security-Policy with a nonce per page (web.ts). HSTS only when served over https.
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  const closeRateLimit = await registerRateLimit(app, config.rateLimits, config.databaseUrl);
  app.addHook('onClose', closeRateLimit);
  await app.register(fastifyCookie);
  // The HTTP routes answer as GraphQL does: 503 for an unreachable database, never an error's text.
  registerHttpErrors(app);
  // Each domain's HTTP routes (exports, PDF, ZIP), registered as its resolvers are.
  const routeOptions: DomainRouteOptions = { em: () => orm.em.fork(), now: clock, caller: (request, em) => httpCaller(em, request, config, clock()) };
  for (const routes of [companyRoutes, offersRoutes, billingRoutes, ordersRoutes]) await app.register(routes, routeOptions);
  await registerWeb(app, config.staticDir);
  registerTrustedDocuments(app, { enforce: config.trustedDocumentsOnly, documents: trustedDocumentsFrom(config.staticDir) });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply): Promise<GatewayContext> => {
      const em = orm.em.fork();
      const now = clock();
      const auth = await authenticate(em, request, config, now).catch((err: unknown) => {
        if (err instanceof GraphQLError) throw err;
        if (databaseUnavailable(err)) {
          request.log.warn({ err }, 'the database does not answer');
          throw unavailableError();
        }
        request.log.error({ err }, 'identifying the caller failed');
        throw new GraphQLError(internalMessage(request.id), { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.id, http: { status: 500 } } });
      });
      return {
        em,
        requestId: request.id,
        log: request.log,
        client: { ipAddress: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null },
        now,
        viewer: auth?.viewer ?? null,
        access: auth?.access ?? null,
        sessionCookie: sessionCookie(reply, config),
        deviceCookie: deviceCookie(request, reply, config),
        mailer,
        settings,
        background: background(request.log),
        ...(auth?.viewer.apiTokenId ? { usage: { apiTokenId: auth.viewer.apiTokenId, cost: 0, rateLimitRemaining: remainingOf(reply.getHeader('ratelimit-remaining')) } } : {}),
      };
    },
  });

  let url: string | undefined;
  let closing: Promise<void> | undefined;

  async function shutdown(): Promise<void> {
    // Unready first, still serving: a load balancer stops sending requests here before the
    // listener closes, instead of meeting refused or reset connections.
    draining = true;
    if (config.shutdownDelayMs > 0 && url) {
      app.log.info(`shutting down: unready, serving ${config.shutdownDelayMs} ms more before closing`);
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
    }
    const closed = app.close();
    let timer: NodeJS.Timeout | undefined;
    const cutOff = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.shutdownGraceMs);
    });
    const outcome = await Promise.race([closed.then(() => 'closed' as const), cutOff]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      app.log.warn(`requests still running after ${config.shutdownGraceMs} ms: closing their connections`);
      app.server.closeAllConnections();
      await closed;
    }
  }

  return {
    app,
    orm,
    schema,
    async listen() {
      url = await app.listen({ port: config.port, host: config.host });
      return url;
    },
    get url() {
      return url;
    },
    idle,
    jobs,
    routes,
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}
