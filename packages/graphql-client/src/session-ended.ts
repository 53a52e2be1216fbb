/**
 * An ended session (idle timeout, logout elsewhere, deleted cookie) is not an outage: the gateway
 * answers UNAUTHENTICATED, and this module turns that answer, whichever screen asked, into one
 * window event the shell acts on (it says so and sends the user to the login page, `next` = the
 * page they were on). Screens ask `isSessionEnded(error)` to say plainly that nothing was recorded.
 */
import type { CombinedError, OperationResult } from '@urql/core';

/** The name of the window event fired when the gateway says the session has ended. */
export const SESSION_ENDED_EVENT = 'portal:session-ended';

/** What the session-ended event says. */
export interface SessionEndedDetail {
  /** Whether the refused operation was a mutation: then nothing it asked for was recorded. */
  refusedMutation: boolean;
}

/** Whether an error is the gateway saying the caller is not (or no longer) signed in. */
export function isSessionEnded(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return true;
  return (error.response as { status?: number } | undefined)?.status === 401;
}

/** urql's mapExchange `onResult`: fires the event for an UNAUTHENTICATED answer. */
export function sessionEndedExchange(result: OperationResult): void {
  if (typeof window === 'undefined' || !isSessionEnded(result.error)) return;
  const detail: SessionEndedDetail = { refusedMutation: result.operation.kind === 'mutation' };
  window.dispatchEvent(new CustomEvent<SessionEndedDetail>(SESSION_ENDED_EVENT, { detail }));
}

/** Calls `callback` whenever the gateway says the session has ended; returns the function that stops listening. */
export function onSessionEnded(callback: (detail: SessionEndedDetail) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<SessionEndedDetail>).detail ?? { refusedMutation: false });
  window.addEventListener(SESSION_ENDED_EVENT, listener);
  return () => window.removeEventListener(SESSION_ENDED_EVENT, listener);
}
