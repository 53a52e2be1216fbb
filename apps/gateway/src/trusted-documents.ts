import { stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { isGraphQLRoute } from './route-policies.js';

/**
 * Trusted documents: the operations of the shell and the micro-frontends, registered at build time
 * (GraphQL Codegen's persisted documents, gathered by the publish tool into
 * `trusted-documents.json` of the static folder: "sha256:<hash>" → document).
 *
 * A request may name a registered document by its hash (`extensions.persistedQuery.sha256Hash`,
 * as @urql/exchange-persisted sends it) instead of sending its text. With TRUSTED_DOCUMENTS=on,
 * browser sessions and anonymous callers may send nothing else; API tokens (Bearer) may still send
 * any operation, within the limits.
 */
export type TrustedDocuments = Map<string, string>;

const normal = (hash: string) => hash.replace(/^sha256:/, '').toLowerCase();

/** The registered documents, re-read when the file changes (a publication adds documents). */
export function trustedDocumentsFrom(staticDir: string): () => Promise<TrustedDocuments> {
  const file = join(staticDir, 'trusted-documents.json');
  let cached: { mtimeMs: number; documents: TrustedDocuments } | null = null;
  return async () => {
    const info = await stat(file).catch(() => null);
    if (!info) return new Map();
    if (cached?.mtimeMs !== info.mtimeMs) {
      const entries = Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>);
      cached = { mtimeMs: info.mtimeMs, documents: new Map(entries.map(([hash, text]) => [normal(hash), text])) };
    }
    return cached.documents;
  };
}

interface GraphQLBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send({ errors: [{ message, extensions: { code } }] });
}

/**
 * The operation a request carries, as Apollo will read it: the JSON body of a POST, the query
 * string of a GET (`query`, `extensions` as JSON); after changing `body`, `commit` hands the change
 * to Apollo (a GET's URL is rewritten: Apollo's Fastify integration reads the query string there).
 */
function carriedOperation(request: FastifyRequest): { body: GraphQLBody; commit(): void } | null {
  if (request.method === 'POST') {
    const body = request.body as GraphQLBody | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    return { body, commit: () => undefined };
  }
  if (request.method !== 'GET') return null; // Apollo runs operations from GET and POST only (405 otherwise)
  const url = new URL(request.raw.url ?? '/', 'http://gateway');
  let extensions: GraphQLBody['extensions'];
  try {
    const raw = url.searchParams.get('extensions');
    extensions = raw ? (JSON.parse(raw) as GraphQLBody['extensions']) : undefined;
  } catch {
    extensions = undefined; // Apollo answers the malformed parameter itself
  }
  const body: GraphQLBody = { query: url.searchParams.get('query') ?? undefined, extensions: extensions && typeof extensions === 'object' ? extensions : undefined };
  return {
    body,
    commit() {
      if (typeof body.query === 'string') url.searchParams.set('query', body.query);
      if (body.extensions) url.searchParams.set('extensions', JSON.stringify(body.extensions));
      request.raw.url = `${url.pathname}${url.search}`;
    },
  };
}

/**
 * On the GraphQL route as the router matched it (any spelling of the path) and for every method
 * that carries an operation (POST and GET alike): a registered hash runs the registered text, and
 * with TRUSTED_DOCUMENTS=on a browser session or an anonymous caller may run nothing else.
 */
export function registerTrustedDocuments(app: FastifyInstance, options: { enforce: boolean; documents: () => Promise<TrustedDocuments> }): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!isGraphQLRoute(request)) return;
    const carried = carriedOperation(request);
    if (!carried) return;
    const { body } = carried;
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    const bearer = /^Bearer\s/i.test(request.headers.authorization ?? '');
    const registered = typeof hash === 'string' ? (await options.documents()).get(normal(hash)) : undefined;
    if (body.extensions?.persistedQuery) {
      delete body.extensions.persistedQuery;
      carried.commit();
    }
    if (registered) {
      body.query = registered;
      carried.commit();
      return;
    }
    if (options.enforce && !bearer) {
      return refuse(reply, 400, 'PERSISTED_QUERY_NOT_ALLOWED', "Seules les opérations enregistrées du portail sont acceptées des sessions du navigateur ; utilisez un jeton d'API pour les autres.");
    }
    // An unknown hash without the document's text: the client sends the text on this answer.
    if (typeof hash === 'string' && typeof body.query !== 'string') return refuse(reply, 200, 'PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound');
  });
}
