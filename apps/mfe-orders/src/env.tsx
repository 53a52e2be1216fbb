import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { PortalLink } from '@portal/ui';
import { onViewerChange, query, type AnyVariables, type TypedDocumentNode } from '@portal/graphql-client';
import type { MessageKey } from './messages.js';

export interface OrdersEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  locale: 'fr' | 'en';
  navigate(url: string): void;
}

export const OrdersContext = createContext<OrdersEnv | null>(null);

export function useEnv(): OrdersEnv {
  const env = useContext(OrdersContext);
  if (!env) throw new Error('OrdersContext missing');
  return env;
}

/** A link inside the portal, followed by the shell's navigation on a plain click. */
export function Link(props: { href: string; children: ReactNode }) {
  const { navigate } = useEnv();
  return <PortalLink navigate={navigate} {...props} />;
}

/** A query run whenever `key` changes (null variables: nothing asked), past the cache, again on a viewer change or `reload`. */
export function useData<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables | null, key: string): { data: Data | undefined; error: string | null; reload(): void } {
  const [state, setState] = useState<{ data: Data | undefined; error: string | null }>({ data: undefined, error: null });
  const [tick, setTick] = useState(0);
  useEffect(() => onViewerChange(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    if (variables === null) return;
    let live = true;
    void query(document, variables, { requestPolicy: 'network-only' }).then(({ data, error }) => {
      if (live) setState({ data, error: error ? (error.graphQLErrors[0]?.message ?? error.message) : null });
    });
    return () => { live = false; };
  }, [key, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** A userError as shown beside the form: its message, and the field it names. */
export interface Refusal {
  code: string;
  message: string;
  field?: string[] | null;
}
