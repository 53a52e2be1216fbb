import { createContext, useContext } from 'react';
import { refusalText as sharedRefusalText } from '@portal/graphql-client';
import type { CompanyViewerQuery } from './gql/graphql.js';
import { messages, type MessageKey } from './messages.js';

export type Viewer = NonNullable<CompanyViewerQuery['viewer']>;

export interface CompanyEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  locale: 'fr' | 'en';
  /** Goes to another page of the portal (single-spa navigation); `flash` is shown once on that page. */
  navigate(url: string, flash?: string): void;
  /** Shows a success message on the current page (until the user leaves it). */
  notify(text: string): void;
  /** The current path and query string (filters, sort and cursors live there). */
  path: string;
  search: URLSearchParams;
  viewer: Viewer;
  /** Reads the viewer again (after a universe change). */
  reloadViewer(): void;
}

export const CompanyContext = createContext<CompanyEnv | null>(null);

export function useEnv(): CompanyEnv {
  const env = useContext(CompanyContext);
  if (!env) throw new Error('CompanyContext missing');
  return env;
}

const en: Record<string, string> = messages.en;

/**
 * The text of a refusal from the gateway: its own message in French; in English, the text of its
 * code when this app knows it, else the gateway's message.
 */
export function refusalText(env: Pick<CompanyEnv, 't' | 'locale'>, e: { code: string; message: string }): string {
  return sharedRefusalText(e, env.locale, (key) => (key in en ? env.t(key as MessageKey) : undefined));
}

export interface Refusals {
  /** By field path without "input" (iban, headOffice.iban, administrator.email). */
  fields: Record<string, string>;
  /** Refusals not about one field. */
  form: string[];
}

/** Sorts userErrors into the fields they name and the rest; `known` lists the fields the form shows. */
export function sortRefusals(env: Pick<CompanyEnv, 't' | 'locale'>, errors: readonly { code: string; message: string; field?: readonly string[] | null }[], known: readonly string[]): Refusals {
  const out: Refusals = { fields: {}, form: [] };
  for (const e of errors) {
    const key = (e.field ?? []).slice(1).join('.');
    const text = refusalText(env, e);
    if (key && known.includes(key)) out.fields[key] ??= text;
    else out.form.push(text);
  }
  return out;
}
