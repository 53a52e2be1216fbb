import { type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { type FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@portal/kernel';
import { UNAVAILABLE_MESSAGE, databaseUnavailable } from './database-unavailable.js';
import { isGraphQLRoute } from './route-policies.js';

/**
 * What an answer may say about a failure: the portal's own words, never a library's or the
 * database's. Three rules, for every caller and every route:
 *
 * - a refusal of the portal (a DomainError: NOT_FOUND, FORBIDDEN, CURSOR_INVALID…) is a typed
 *   error with its code and field, wherever it was thrown (a query that forgot orGraphQLError
 *   answers the same as one that did not);
 * - anything unexpected (a bug, a statement the database refused, a driver's error) answers one
 *   generic message with the request id, under INTERNAL_SERVER_ERROR; the detail goes to the log
 *   with the same request id;
 * - no message suggests anything: graphql-js appends "Did you mean …?" to unknown fields,
 *   arguments, types and enum values (in validation and in variable coercion alike), which would
 *   list roles and sort fields to an anonymous caller with introspection off.
 */
export const INTERNAL_MESSAGE = 'Erreur interne du portail : réessayez ; si elle persiste, donnez au support la référence de la requête.';

/** The generic message with the request id the log lines carry. */
export const internalMessage = (requestId: string) => `${INTERNAL_MESSAGE.replace(/\.$/, '')} : ${requestId}.`;

/** A message without graphql-js's suggestions ("Did you mean …?") or graphql-armor's "[Suggestion hidden]". */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[\s\S]*$/, '').replace(/\s*\[Suggestion hidden\]\??/g, '');
}

/** Apollo's formatError: every error of every GraphQL answer goes through here. */
export function formatPortalError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (databaseUnavailable(cause)) return { message: UNAVAILABLE_MESSAGE, ...where, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  if (cause instanceof DomainError) {
    return { message: cause.message, ...where, extensions: { ...cause.details, code: cause.code, field: cause.field } };
  }
  const code = formatted.extensions?.code;
  // Already the generic answer, with its request id (a failure while identifying the caller).
  const requestId = formatted.extensions?.requestId;
  if (code === 'INTERNAL_SERVER_ERROR' && typeof requestId === 'string' && formatted.message === internalMessage(requestId)) {
    return { message: formatted.message, ...where, extensions: { code, requestId } };
  }
  // graphql-js, Apollo and graphql-armor refuse documents and variables with GraphQLErrors that
  // carry their code (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT…): kept, without suggestions.
  if (cause instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, message: withoutSuggestions(formatted.message) };
  }
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Adds the request id to the generic message (formatError does not see the request), and logs
 * what was hidden: errors thrown by resolvers that are not the client's mistake.
 */
export const internalErrorsWithRequestId: ApolloServerPlugin<{ requestId: string; log: { error(obj: object, msg: string): void } }> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const cause = error.originalError;
          if (cause && !(cause instanceof GraphQLError) && !(cause instanceof DomainError)) {
            contextValue.log.error({ err: cause, path: error.path?.join('.') }, 'resolver error');
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
          (error as { message: string }).message = internalMessage(contextValue.requestId);
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      },
    };
  },
};

/**
 * The same rules for the plain HTTP routes (exports, documents, pages): the database unreachable
 * answers 503 with Retry-After; a client error Fastify raised itself (a body too large, a
 * malformed one) keeps its status and message; anything else answers 500 with the generic
 * message and the request id, the detail in the log.
 */
const CLIENT_ERROR_CODES: Record<number, string> = {
  401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE',
};

export function registerHttpErrors(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (databaseUnavailable(error)) {
      request.log.warn({ err: error }, 'the database does not answer');
      return reply.code(503).header('retry-after', '2').header('cache-control', 'no-store').send({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE, field: null });
    }
    const graphql = isGraphQLRoute(request);
    const answer = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
      reply.code(status).header('cache-control', 'no-store').send(graphql ? { errors: [{ message, extensions: { code, ...extra } }] } : { code, message, field: null, ...extra });
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own refusals (FST_ERR_CTP_BODY_TOO_LARGE…) say what was wrong with the request.
      const own = String((error as { code?: unknown }).code ?? '').startsWith('FST_');
      return answer(status, CLIENT_ERROR_CODES[status] ?? 'BAD_REQUEST', own ? withoutSuggestions((error as Error).message) : 'Requête refusée.');
    }
    request.log.error({ err: error }, 'request failed');
    return answer(500, 'INTERNAL_SERVER_ERROR', internalMessage(request.id), { requestId: request.id });
  });
}

/**
 * What the HTTP server answers a request it cannot even parse (a request line or headers over
 * Node's 16 KB, a malformed request): the portal's typed JSON, like every other refusal.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: { writable: boolean; destroy(error?: Error): void; end(data: string): void }): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy(error);
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(tooLarge
    ? { code: 'REQUEST_TOO_LARGE', message: "L'adresse ou les en-têtes de la requête sont trop longs : envoyez l'opération par POST.", field: null }
    : { code: 'BAD_REQUEST', message: 'Requête HTTP invalide.', field: null });
  socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
