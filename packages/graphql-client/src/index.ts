/**
 * @portal/graphql-client: the one GraphQL client of the portal in the browser.
 *
 * Shared through the import map like react (see packages/shared-deps), so the shell and every
 * micro-frontend use the same module instance: one client, one cache, one event channel.
 *
 *   import { query, mutate, onViewerChange, notifyViewerChange } from '@portal/graphql-client';
 *   const { data, error } = await query(MyCompanyDocument, { first: 20 });
 *
 * Documents may be TypedDocumentNode (GraphQL Codegen's client preset), plain DocumentNode or
 * strings; with a typed document, `data` and the variables are typed from it.
 *
 * The session (who is signed in, terms accepted, acting universe) changes through mutations any
 * part of the portal can run: logIn and termsAccept in mfe-auth, logOut and universeChoose in the
 * shell. Whoever changes it calls notifyViewerChange(); everyone interested listens with
 * onViewerChange(). The event is a CustomEvent named `portal:viewer-changed` on window, so a
 * micro-frontend may also listen without importing this module.
 *
 * A viewer change also drops the client's cache (a new Client replaces `portalClient`): results
 * fetched for one user or universe are never served to the next.
 */
import { persistedExchange } from '@urql/exchange-persisted';
import {
  cacheExchange,
  Client,
  fetchExchange,
  mapExchange,
  type AnyVariables,
  type CombinedError,
  type DocumentInput,
  type OperationContext,
} from '@urql/core';

import { clearDrafts } from './drafts.js';
import { sessionEndedExchange } from './session-ended.js';

export { CombinedError } from '@urql/core';
export { claimDrafts, clearDrafts, loadDraft, saveDraft, clearDraft } from './drafts.js';
export { problemsOf, refusalText, type Problem } from './problems.js';
export { isSessionEnded, onSessionEnded, SESSION_ENDED_EVENT, type SessionEndedDetail } from './session-ended.js';
export type { AnyVariables, DocumentInput, OperationContext, TypedDocumentNode } from '@urql/core';

/** The name of the window event fired when the session changed. */
export const VIEWER_CHANGED_EVENT = 'portal:viewer-changed';

/** What a viewer-changed event may say about the change (all optional). */
export interface ViewerChangeDetail {
  /** What happened: 'logIn', 'logOut', 'termsAccept', 'universeChoose'… */
  reason?: string;
}

/** The GraphQL endpoint, on the page's own origin (the gateway serves the pages and /graphql). */
export const GRAPHQL_URL = '/graphql';

/** The hash GraphQL Codegen embeds in each typed document (its persisted-document id). */
async function registeredHash(_query: string, document: unknown): Promise<string | null> {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null;
}

/**
 * A fresh client: same-origin session cookie, POST requests, document cache, then the operation
 * sent by its registered hash (the gateway's trusted documents; the text follows only if the
 * gateway does not know the hash), then fetch.
 */
export function createPortalClient(): Client {
  return new Client({
    url: GRAPHQL_URL,
    fetchOptions: { credentials: 'same-origin' },
    preferGetMethod: false,
    exchanges: [
      // An ended session is told to the whole page from here, whoever asked (see session-ended.ts).
      mapExchange({ onResult: sessionEndedExchange }),
      cacheExchange,
      persistedExchange({ generateHash: registeredHash, enableForMutation: true, preferGetForPersistedQueries: false }),
      fetchExchange,
    ],
  });
}

/**
 * The shared client. A live binding: it is replaced by a fresh one (empty cache) whenever the
 * viewer changes, so read it when you use it rather than keeping it.
 */
export let portalClient: Client = createPortalClient();

/** The current shared client (same as reading `portalClient`). */
export function getClient(): Client {
  return portalClient;
}

/** What query() and mutate() resolve to: the data, or the error (network or GraphQL errors). */
export interface Result<Data> {
  data: Data | undefined;
  error: CombinedError | undefined;
}

/**
 * Runs a query; resolves once with its result. `context` may set e.g.
 * `{ requestPolicy: 'network-only' }` to bypass the cache.
 */
export async function query<Data = any, Variables extends AnyVariables = AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables?: Variables,
  context?: Partial<OperationContext>,
): Promise<Result<Data>> {
  const result = await portalClient.query(document, (variables ?? {}) as Variables, context).toPromise();
  return { data: result.data, error: result.error };
}

/** Runs a mutation; resolves with its result. */
export async function mutate<Data = any, Variables extends AnyVariables = AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables?: Variables,
  context?: Partial<OperationContext>,
): Promise<Result<Data>> {
  const result = await portalClient.mutation(document, (variables ?? {}) as Variables, context).toPromise();
  return { data: result.data, error: result.error };
}

/** Tells the whole page the session changed (after logIn, logOut, termsAccept, universeChoose…). */
export function notifyViewerChange(detail: ViewerChangeDetail = {}): void {
  window.dispatchEvent(new CustomEvent<ViewerChangeDetail>(VIEWER_CHANGED_EVENT, { detail }));
}

/** Calls `callback` on every viewer change; returns the function that stops listening. */
export function onViewerChange(callback: (detail: ViewerChangeDetail) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<ViewerChangeDetail>).detail ?? {});
  window.addEventListener(VIEWER_CHANGED_EVENT, listener);
  return () => window.removeEventListener(VIEWER_CHANGED_EVENT, listener);
}

// Registered when the module is first evaluated, so before any other listener: by the time the
// shell or a micro-frontend hears of the change, the cache of the previous session is gone.
if (typeof window !== 'undefined') {
  window.addEventListener(VIEWER_CHANGED_EVENT, (event) => {
    portalClient = createPortalClient();
    // A user who logs out leaves no draft behind for the next one on this tab.
    if ((event as CustomEvent<ViewerChangeDetail>).detail?.reason === 'logOut') clearDrafts();
  });
}
