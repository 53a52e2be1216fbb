import { type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type GatewayContext } from './server.js';

/** Error codes that mean the database cannot be reached now (restart, failover, network): socket errors, SQLSTATE 08… and 57P01–57P03. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', '57P01', '57P02', '57P03']);

/** Whether an error (or its cause) says the database is unavailable, rather than a bug or a refused statement. */
export function databaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (/^(Connection terminated|Client has encountered a connection error)/.test(e.message)) return true;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE = 'Service momentanément indisponible : réessayez dans quelques secondes.';

/**
 * While the database is unreachable, GraphQL answers are 503 with Retry-After and the error code
 * SERVICE_UNAVAILABLE, whether the failure came while identifying the caller or in a resolver;
 * the driver's message (addresses, ports) stays in the log.
 */
export const databaseUnavailableAnswers: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some((e) => databaseUnavailable(e.originalError))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '2');
        }
      },
    };
  },
};

export const unavailableError = () =>
  new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '2']]) } } });

