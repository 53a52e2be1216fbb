import type { CombinedError } from '@urql/core';

/** What went wrong with a query, sorted for the page: at a field, or a general message. */
export interface Problem {
  /** No answer from the gateway (or one without GraphQL errors): an outage, not the user's input. */
  network: boolean;
  code: string | null;
  message: string;
  /** The input path the gateway names, e.g. ["filter", "issuedTo"]. */
  field: string[] | null;
}

/** The problems of a result's error, each with its code and field path (extensions.code / extensions.field). */
export function problemsOf(error: CombinedError | undefined | null): Problem[] {
  if (!error) return [];
  if (error.networkError || error.graphQLErrors.length === 0) return [{ network: true, code: null, message: error.message, field: null }];
  return error.graphQLErrors.map((e) => {
    const field = Array.isArray(e.extensions?.field) ? (e.extensions.field as unknown[]).map(String) : null;
    return { network: false, code: typeof e.extensions?.code === 'string' ? e.extensions.code : null, message: e.message, field };
  });
}
