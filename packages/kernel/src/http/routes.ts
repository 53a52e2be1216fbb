import { type EntityManager } from '@mikro-orm/core';
import { type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { type Access } from '../access.js';
import { DomainError } from '../errors.js';
import { encodeCursor } from '../relay.js';

/** What a domain's HTTP route answers when it cannot serve the caller (see the gateway's httpCaller). */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
}

/**
 * What the gateway gives every domain's HTTP routes, as it gives resolvers their context: a fresh
 * entity manager per request, the clock, and the caller of a request (session cookie or Bearer
 * token, terms accepted), or why it is refused.
 */
export interface DomainRouteOptions {
  em: () => EntityManager;
  now: () => Date;
  caller: (request: FastifyRequest, em: EntityManager) => Promise<Access | HttpRefusal>;
}

/**
 * A domain's HTTP routes as a Fastify plugin the gateway registers (`app.register(routes, options)`),
 * in the gateway's own scope: its error handler, security headers, rate limits and route policies
 * apply to them as to every route.
 */
export function domainRoutes(name: string, routes: (app: FastifyInstance, options: DomainRouteOptions) => void): FastifyPluginAsync<DomainRouteOptions> {
  const plugin: FastifyPluginAsync<DomainRouteOptions> = async (app, options) => routes(app, options);
  return fastifyPlugin(plugin, { name, fastify: '5.x' });
}

/** A refusal as the HTTP routes send it: JSON `{ code, message, field }`, never cached. */
export function refuse(reply: FastifyReply, status: number, code: string, message: string, field: string[] | null = null) {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-store').send({ code, message, field });
}

/** The status of a typed error: 404 NOT_FOUND, 403 FORBIDDEN, 400 the rest. */
export const refusalStatus = (code: string): number => (code === 'NOT_FOUND' ? 404 : code === 'FORBIDDEN' ? 403 : 400);

/** Sends a typed error as a refusal; anything else is thrown on (the gateway's error handler answers it). */
export function refuseError(reply: FastifyReply, error: unknown, statusOf: (code: string) => number = refusalStatus) {
  if (error instanceof DomainError) return refuse(reply, statusOf(error.code), error.code, error.message, error.field);
  throw error;
}

/** The caller of a request, or null after sending its refusal. */
export async function callerOf(options: DomainRouteOptions, request: FastifyRequest, reply: FastifyReply, em: EntityManager): Promise<Access | null> {
  const found = await options.caller(request, em);
  if ('viewer' in found) return found;
  refuse(reply, found.status, found.code, found.message);
  return null;
}

/** A comma-separated query parameter as a list of enum values; anything else is a typed error at `field`. */
export function listOf<T extends string>(value: unknown, allowed: Record<string, T>, field: string[]): T[] | null {
  if (typeof value !== 'string' || value === '') return null;
  const items = value.split(',');
  const known = new Set<string>(Object.values(allowed));
  const bad = items.find((i) => !known.has(i));
  if (bad) throw new DomainError('VALUE_INVALID', `Valeur inconnue : ${bad}.`, field);
  return items as T[];
}

/** A query parameter as text, null when absent or empty. */
export const textParam = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Comma-separated values, also accepted as a repeated parameter (?ids=a&ids=b). */
export const listParam = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** How many rows an export reads at a time. */
export const EXPORT_BATCH = 100;

/** One page of a keyset list as an export reads it: `first` + 1 rows tell whether more follow. */
export interface KeysetPage<T> {
  rows: readonly T[];
  cursorOf(row: T): readonly (string | number | null)[];
}

/**
 * The one paging loop of the exports: reads a keyset list `batch` rows at a time, yields each
 * page's rows, and clears the entity manager between pages so that memory stays flat.
 */
export async function* keysetPages<T>(em: EntityManager, read: (after: string | null, first: number) => Promise<KeysetPage<T>>, batch = EXPORT_BATCH): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const page = await read(after, batch);
    const shown = page.rows.slice(0, batch);
    yield shown;
    if (page.rows.length <= batch) return;
    after = encodeCursor(page.cursorOf(shown.at(-1)!));
    em.clear();
  }
}
