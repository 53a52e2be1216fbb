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
  // A refusal may carry the other refusals of the same input (extensions.otherErrors): all at once.
  return error.graphQLErrors.flatMap((e) => [
    problem(e.message, e.extensions ?? {}),
    ...(Array.isArray(e.extensions?.otherErrors) ? (e.extensions.otherErrors as { message?: unknown }[]).map((o) => problem(String(o.message ?? ''), o as Record<string, unknown>)) : []),
  ]);
}

function problem(message: string, about: Record<string, unknown>): Problem {
  const field = Array.isArray(about.field) ? (about.field as unknown[]).map(String) : null;
  return { network: false, code: typeof about.code === 'string' ? about.code : null, message, field };
}

/**
 * The one refusal-to-text rule of the micro-frontends: in French, the gateway's own message; in
 * English, the app's text for the refusal's code (the first of `keys` the app knows, by default
 * `code.<CODE>`), else the gateway's message. Codes are compared, never sentences.
 */
export function refusalText(
  refusal: { code: string | null; message: string },
  locale: 'fr' | 'en',
  englishText: (key: string) => string | undefined,
  keys: (code: string) => string[] = (code) => [`code.${code}`],
): string {
  if (locale === 'fr' || refusal.code === null) return refusal.message;
  for (const key of keys(refusal.code)) {
    const text = englishText(key);
    if (text !== undefined) return text;
  }
  return refusal.message;
}
