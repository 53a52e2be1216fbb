import { createHash } from 'node:crypto';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ApolloServerPlugin } from '@apollo/server';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { type PortalContext } from '@portal/kernel';
import { isApiRoute, isGraphQLRoute } from './route-policies.js';

/**
 * Limits on every GraphQL document, chosen from the portal's own operations: the deepest real
 * query (customers → edges → node → usefulLinks…) is 6 levels, the largest document about 400
 * tokens and 10 aliases; the limits leave room for honest clients and none for abuse.
 */
export const DOCUMENT_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 10,
  /**
   * Cost of one operation (see operationCost): every field 1, a paged list its page size (`first`,
   * its default included, from literals or variables) times its items' cost.
   */
  maxCost: 10_000,
  /** Bytes of a request body (the document and its variables). */
  maxBodyBytes: 64 * 1024,
} as const;

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: DOCUMENT_LIMITS.maxDepth },
    maxAliases: { n: DOCUMENT_LIMITS.maxAliases },
    maxTokens: { n: DOCUMENT_LIMITS.maxTokens },
    maxDirectives: { n: DOCUMENT_LIMITS.maxDirectives },
    // The cost is checked with the variables' values (costLimitPlugin), which armor cannot see.
    costLimit: { enabled: false },
    // Suggestions are taken out of every message by formatPortalError (public-errors.ts), enum values
    // and variable coercion included, which armor's rule does not reach.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
    [Kind.FRAGMENT_DEFINITION]: undefined,
  });
  return found;
}

/** Introspection for signed-in callers and API tokens only; anonymous visitors get none. */
export const introspectionForCallers: ApolloServerPlugin<PortalContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!contextValue.viewer && asksIntrospection(document)) {
          throw new GraphQLError('La documentation du schéma est réservée aux appelants authentifiés.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      },
    };
  },
};

const CLIENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * A document refused by a limit is the client's mistake: 400, not 500. graphql-armor's token
 * limit stops the parser from a plugin hook, which Apollo reports with status 500 whatever the
 * error's code; this hook corrects the status of such answers (errors only, all client errors).
 */
export function registerClientErrorStatus(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 500 || typeof payload !== 'string' || !isGraphQLRoute(request)) return payload;
    try {
      const body = JSON.parse(payload) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
      if (!body.data && body.errors?.length && body.errors.every((e) => CLIENT_ERRORS.has(String(e.extensions?.code)))) reply.code(400);
    } catch {
      // not JSON: leave the answer as it is
    }
    return payload;
  });
}

export interface RateLimits {
  /** Requests per minute of one API token. */
  perToken: number;
  /** Requests per minute from one address (browser sessions and anonymous callers). */
  perAddress: number;
}

/**
 * The rate limit, per API token and per address over a one-minute window, kept in PostgreSQL so
 * that every gateway instance counts the same requests (in memory on the embedded database, which
 * has one instance). Each answer carries RateLimit-Limit/Remaining/Reset; past the limit the
 * answer is 429 with the typed error RATE_LIMITED and Retry-After.
 */
export async function registerRateLimit(app: FastifyInstance, limits: RateLimits, databaseUrl: string | undefined): Promise<() => Promise<void>> {
  const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : null;
  // An idle connection dropped by the server (restart, failover) is replaced on next use.
  pool?.on('error', (err) => app.log.warn({ err }, 'rate limit store: connection lost'));
  // While the database is unreachable, each instance counts in its own memory (the insurance
  // limiter) instead of failing every request on the limiter.
  const make = (points: number, keyPrefix: string): Promise<RateLimiterAbstract> =>
    pool
      ? new Promise((resolve, reject) => {
          const limiter: RateLimiterPostgres = new RateLimiterPostgres(
            { storeClient: pool, points, duration: 60, keyPrefix, tableName: 'portal_rate_limit', insuranceLimiter: new RateLimiterMemory({ points, duration: 60, keyPrefix }) },
            (err?: unknown) => (err ? reject(err) : resolve(limiter)),
          );
        })
      : Promise.resolve(new RateLimiterMemory({ points, duration: 60, keyPrefix }));
  const byToken = await make(limits.perToken, 'token');
  const byAddress = await make(limits.perAddress, 'address');

  const keyOf = (request: FastifyRequest): { limiter: RateLimiterAbstract; key: string; limit: number } => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    return bearer
      ? { limiter: byToken, key: createHash('sha256').update(bearer).digest('hex').slice(0, 32), limit: limits.perToken }
      : { limiter: byAddress, key: request.ip, limit: limits.perAddress };
  };
  const headers = (reply: FastifyReply, limit: number, res: RateLimiterRes) => {
    void reply.header('ratelimit-limit', String(limit));
    void reply.header('ratelimit-remaining', String(Math.max(0, res.remainingPoints)));
    void reply.header('ratelimit-reset', String(Math.ceil(res.msBeforeNext / 1000)));
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiRoute(request)) return;
    const { limiter, key, limit } = keyOf(request);
    try {
      headers(reply, limit, await limiter.consume(key, 1));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      headers(reply, limit, rejection);
      const seconds = Math.ceil(rejection.msBeforeNext / 1000);
      return reply.code(429).header('retry-after', String(seconds)).header('content-type', 'application/json; charset=utf-8').send({
        errors: [{ message: `Trop de requêtes : réessayez dans ${seconds} s.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }],
      });
    }
  });
  return async () => {
    await pool?.end();
  };
}
