import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { PortalLink } from '@portal/ui';
import { onViewerChange, query, refusalText as sharedRefusalText, type AnyVariables, type CombinedError, type Problem, type TypedDocumentNode } from '@portal/graphql-client';

export { problemsOf, type Problem } from '@portal/graphql-client';
import type { MessageKey } from './messages.js';
import { messages } from './messages.js';

const messagesEn: Record<string, string> = messages.en;

export interface BillingEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  locale: 'fr' | 'en';
  /** Goes to another page of the portal (single-spa navigation). */
  navigate(url: string): void;
}

export const BillingContext = createContext<BillingEnv | null>(null);

export function useBillingEnv(): BillingEnv {
  const env = useContext(BillingContext);
  if (!env) throw new Error('BillingContext missing');
  return env;
}

/**
 * A link inside the portal: a real <a href> (open in a new tab, copy the address), followed by the
 * shell's navigation on a plain click.
 */
export function Link(props: { href: string; className?: string; children: ReactNode; 'aria-current'?: 'page' }) {
  const { navigate } = useBillingEnv();
  return <PortalLink navigate={navigate} {...props} />;
}

/** The text of a refusal from the gateway: its own message in French, the English text of its code in English. */
export function problemText(env: BillingEnv, problem: Problem): string {
  if (problem.network) return env.t('error.network');
  return sharedRefusalText(problem, env.locale, (key) => (key in messagesEn ? env.t(key as MessageKey) : undefined));
}

export interface QueryState<Data> {
  data: Data | undefined;
  error: CombinedError | undefined;
  /** A request is running (the previous data stays shown meanwhile). */
  fetching: boolean;
  /** Asks again, past the cache. */
  refetch(): void;
}

/**
 * Runs a query whenever `key` changes (null: nothing to ask), keeps the last answer shown while the
 * next one comes, ignores answers that arrive out of order, and asks again (past the cache) when
 * the viewer changes (universe switch, another login).
 */
export function useDocumentQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables | null,
  key: string,
): QueryState<Data> {
  const [state, setState] = useState<{ data: Data | undefined; error: CombinedError | undefined; fetching: boolean }>({
    data: undefined, error: undefined, fetching: variables !== null,
  });
  const [reload, setReload] = useState(0);
  const latest = useRef(0);
  const vars = useRef(variables);
  vars.current = variables;
  useEffect(() => onViewerChange(() => setReload((n) => n + 1)), []);
  useEffect(() => {
    const current = vars.current;
    if (current === null) return;
    const request = ++latest.current;
    setState((s) => ({ ...s, fetching: true }));
    void query(document, current, reload > 0 ? { requestPolicy: 'network-only' } : undefined).then(({ data, error }) => {
      if (request === latest.current) setState({ data, error, fetching: false });
    });
  }, [key, reload]);
  return { ...state, refetch: () => setReload((n) => n + 1) };
}

/** A VAT rate in basis points as the locale writes it: 2000 → "20 %", 550 → "5,5 %" (en: "20%"). */
export function formatVatRate(basisPoints: number, locale: 'fr' | 'en'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10000);
}
