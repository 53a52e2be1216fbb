import { type FastifyRequest } from 'fastify';

/**
 * Which policies a request falls under is decided on the route the router matched — its pattern,
 * `request.routeOptions.url` — never on the URL as sent: the router decodes percent-encoding
 * (`/graph%71l` is `/graphql`, `/%65xports/…` is `/exports/…`), so a check on the raw URL would
 * let an encoded spelling reach the route without its policy. Spellings the router does not match
 * (`/GRAPHQL`, `/graphql/`, `//graphql`) reach no route at all (404). Every method that reaches a
 * route (GET, POST, HEAD, OPTIONS…) gets the route's policies.
 */
export const GRAPHQL_ROUTE = '/graphql';

/** The pattern of the matched route, undefined when none matched (404). */
export const matchedRoute = (request: FastifyRequest): string | undefined => request.routeOptions.url;

/** GraphQL, whatever the method or spelling. */
export const isGraphQLRoute = (request: FastifyRequest): boolean => matchedRoute(request) === GRAPHQL_ROUTE;

/** The API: GraphQL, the CSV exports and the documents (rate-limited, answered to tokens and sessions). */
export function isApiRoute(request: FastifyRequest): boolean {
  const route = matchedRoute(request);
  return route === GRAPHQL_ROUTE || !!route?.startsWith('/exports/') || !!route?.startsWith('/documents/');
}
