import { type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { type EntityManager } from '@mikro-orm/core';
import { todayInParis, type Viewer } from '@portal/kernel';
import { AccessControl, loadViewer, resolveApiToken, resolveSession, type ApiScope } from '@portal/identity';
import { type GatewayConfig } from './config.js';

/** `__Host-` pins the cookie to this host and path / with Secure; plain HTTP (local dev) cannot use it. */
export function sessionCookieName(config: Pick<GatewayConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-portal_session' : 'portal_session';
}

const badToken = () =>
  new GraphQLError('Jeton d’API inconnu, expiré ou révoqué.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Who is calling: an API token (`Authorization: Bearer …`) or the session cookie. A Bearer
 * header that does not name a live token fails the whole request, so that a third party learns
 * its token is wrong instead of silently acting anonymously.
 */
export async function authenticate(
  em: EntityManager,
  request: FastifyRequest,
  config: GatewayConfig,
  now: Date,
): Promise<{ viewer: Viewer; access: AccessControl } | null> {
  const today = todayInParis(now);
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const found = match ? await resolveApiToken(em, match[1]!, now) : null;
    if (!found) throw badToken();
    const viewer = await loadViewer(em, found.user, today, { apiTokenId: found.apiToken.id, scopes: found.apiToken.scopes as ApiScope[] });
    return { viewer, access: new AccessControl(em, viewer) };
  }
  const token = request.cookies[sessionCookieName(config)];
  if (!token) return null;
  const session = await resolveSession(em, token, config, now);
  if (!session) return null;
  const viewer = await loadViewer(em, session.user, today, { sessionId: session.id, actingUniverse: session.actingUniverse ?? null });
  return { viewer, access: new AccessControl(em, viewer) };
}

/**
 * Sets and clears the session cookie: HttpOnly, SameSite=Lax, Secure and __Host- over https.
 * Its lifetime is relative (`Max-Age`), never an `Expires` date computed from the server's clock:
 * a browser whose clock disagrees with the server's would drop a dated cookie at once, or keep it
 * too long. The server enforces the idle and absolute expiry on its side.
 */
export function sessionCookie(reply: FastifyReply, config: GatewayConfig) {
  const name = sessionCookieName(config);
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };
  return {
    set(token: string, maxAgeSeconds: number) {
      void reply.setCookie(name, token, { ...options, maxAge: Math.max(0, Math.floor(maxAgeSeconds)) });
    },
    clear() {
      void reply.clearCookie(name, options);
    },
  };
}

/** `__Host-` like the session cookie; one per browser, kept across sessions. */
export function deviceCookieName(config: Pick<GatewayConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-portal_device' : 'portal_device';
}

/**
 * The known-device cookie ("appareil reconnu"): HttpOnly, SameSite=Lax, a random token whose hash
 * identity keeps; `Max-Age` only, like the session cookie.
 */
export function deviceCookie(request: FastifyRequest, reply: FastifyReply, config: GatewayConfig) {
  const name = deviceCookieName(config);
  return {
    value: request.cookies[name] ?? null,
    set(token: string, maxAgeSeconds: number) {
      void reply.setCookie(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: Math.max(0, Math.floor(maxAgeSeconds)) });
    },
  };
}

/** What the plain HTTP routes (exports, documents) answer when they cannot serve the caller. */
export interface HttpRefusal {
  status: 401 | 403;
  code: 'UNAUTHENTICATED' | 'TERMS_NOT_ACCEPTED';
  message: string;
}

/**
 * The caller of a plain HTTP route, or why it is refused: no session, an unknown token, or terms
 * not accepted. Any other failure (the database unreachable…) is thrown to the error handler.
 */
export async function httpCaller(em: EntityManager, request: FastifyRequest, config: GatewayConfig, now: Date): Promise<AccessControl | HttpRefusal> {
  let auth: Awaited<ReturnType<typeof authenticate>>;
  try {
    auth = await authenticate(em, request, config, now);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return { status: 401, code: 'UNAUTHENTICATED', message: error.message };
    throw error;
  }
  if (!auth) return { status: 401, code: 'UNAUTHENTICATED', message: 'Connectez-vous pour continuer.' };
  if (!auth.viewer.termsAccepted) return { status: 403, code: 'TERMS_NOT_ACCEPTED', message: "Acceptez les conditions d'utilisation pour continuer." };
  return auth.access;
}
