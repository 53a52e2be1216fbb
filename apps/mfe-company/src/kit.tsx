/**
 * The small list and form helpers every page of this area shares: portal links, queries that
 * refetch on viewer changes, loading and error states, URL parameters and cursors, userErrors at
 * their fields, check-box groups and confirmation dialogs.
 */
import { useEffect, useId, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { Alert, Button, Dialog, Page, Pagination, PortalLink, Spinner } from '@portal/ui';
import { clearDraft, loadDraft, onViewerChange, problemsOf, query, saveDraft, type AnyVariables, type Problem, type TypedDocumentNode } from '@portal/graphql-client';
import { refusalText, sortRefusals, useEnv, type CompanyEnv, type Refusals } from './context.js';
import type { MessageKey } from './messages.js';

/** A link inside the portal (see PortalLink), with this area's navigation. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { navigate } = useEnv();
  return <PortalLink navigate={navigate} {...props} />;
}

export interface QueryState<D> {
  data?: D;
  /** No data: an outage, or refusals the page shows at their fields (see `problems`). */
  error: boolean;
  /** The gateway's refusals of the last answer, each with its field path (empty when it answered). */
  problems: Problem[];
  loading: boolean;
  reload(): void;
}

/** The refusals of a query about its input fields (`filter.identifier` → "identifier"), by field; null when none. */
export function fieldProblems(env: Pick<CompanyEnv, 't' | 'locale'>, problems: readonly Problem[], root: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const p of problems) if (p.field?.[0] === root && p.field[1]) fields[p.field[1]] ??= refusalText(env, { code: p.code ?? '', message: p.message });
  return Object.keys(fields).length ? fields : null;
}

/** Runs a query (network-only, so a page never shows stale data) again when its variables or the viewer change. */
export function useQuery<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, skip = false): QueryState<D> {
  const key = JSON.stringify(variables);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ data?: D; error: boolean; problems: Problem[]; loading: boolean }>({ error: false, problems: [], loading: !skip });
  useEffect(() => onViewerChange(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void query(document, variables, { requestPolicy: 'network-only' }).then(({ data, error }) => {
      if (live) setState((s) => ({ data: data ?? s.data, error: !data, problems: problemsOf(error), loading: false }));
    });
    return () => {
      live = false;
    };
  }, [key, tick, skip]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

export function NetworkError({ onRetry }: { onRetry(): void }) {
  const { t } = useEnv();
  return (
    <Alert tone="error">
      <p>{t('error.network')}</p>
      <Button type="button" onClick={onRetry}>{t('retry')}</Button>
    </Alert>
  );
}

/** The spinner while loading, the error with "Réessayer", else the content. */
export function Loaded<D>({ state, children }: { state: QueryState<D>; children(data: D): ReactNode }) {
  const { t } = useEnv();
  if (state.error) return <NetworkError onRetry={state.reload} />;
  if (state.data === undefined) return <Spinner label={t('loading')} />;
  return <>{children(state.data)}</>;
}

/** The current URL with some query parameters changed (null removes one). */
export function withParams(env: Pick<CompanyEnv, 'path' | 'search'>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(env.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const qs = params.toString();
  return qs ? `${env.path}?${qs}` : env.path;
}

// Keyset cursors only go forward: remember where each page came from to go back.
const previousCursor = new Map<string, string | null>();

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Previous / next over a connection, the cursor in the URL (`apres` by default) so a page can be shared. */
export function CursorPager({ connection, shown, param = 'apres' }: { connection: Connection; shown: number; param?: string }) {
  const env = useEnv();
  const after = env.search.get(param);
  if (connection.totalCount === 0) return null;
  return (
    <Pagination
      locale={env.locale}
      totalCount={connection.totalCount}
      shown={shown}
      hasNext={connection.pageInfo.hasNextPage}
      hasPrevious={!!after}
      onNext={() => {
        const next = connection.pageInfo.endCursor;
        if (!next) return;
        previousCursor.set(next, after);
        env.navigate(withParams(env, { [param]: next }));
      }}
      onPrevious={() => env.navigate(withParams(env, { [param]: (after && previousCursor.get(after)) ?? null }))}
    />
  );
}

export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

export interface FormOptions<T> {
  /** Fields that must not be empty: the form does not act while one is, and says so at each. */
  required?: readonly (keyof T & string)[];
  /**
   * Keeps what the user typed under this key (the tab's sessionStorage): it survives a reload and
   * a login after an ended session; dropped once the form is sent or reset.
   */
  draft?: string;
}

/**
 * A form's values, its refusals by field and its busy state. `submit` checks the required fields,
 * then runs a mutation and sorts the payload's userErrors to the fields the form shows (the others
 * as alerts): every error of the form at once.
 */
export function useForm<T extends Record<string, string | boolean | string[]>>(initial: T, options: FormOptions<T> = {}) {
  const env = useEnv();
  const [values, setValues] = useState<T>(() => (options.draft ? { ...initial, ...loadDraft<Partial<T>>(options.draft) } : initial));
  const [refusals, setRefusals] = useState<Refusals>({ fields: {}, form: [] });
  const [busy, setBusy] = useState(false);
  const known = Object.keys(initial);
  useEffect(() => {
    if (options.draft) saveDraft(options.draft, values);
  }, [options.draft, values]);
  return {
    values,
    refusals,
    busy,
    set<K extends keyof T>(name: K, value: T[K]) {
      setValues((v) => ({ ...v, [name]: value }));
    },
    reset(next: T = initial) {
      if (options.draft) clearDraft(options.draft);
      setValues(next);
      setRefusals({ fields: {}, form: [] });
    },
    /** Props of a TextField / Select bound to a text value. */
    text(name: keyof T & string, label: MessageKey) {
      return {
        name,
        label: env.t(label),
        value: values[name] as string,
        onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
        error: refusals.fields[name] ?? null,
      };
    },
    async submit<P extends { userErrors: readonly UserErrorLike[] }>(run: () => Promise<P | undefined | null>, done: (payload: P) => void) {
      const empty = (options.required ?? []).filter((name) => {
        const value = values[name];
        return Array.isArray(value) ? value.length === 0 : typeof value === 'string' && !value.trim();
      });
      if (empty.length) return setRefusals({ fields: Object.fromEntries(empty.map((name) => [name, env.t('error.required')])), form: [] });
      setBusy(true);
      const payload = await run().catch(() => undefined);
      setBusy(false);
      if (!payload) return setRefusals({ fields: {}, form: [env.t('error.network')] });
      setRefusals(sortRefusals(env, payload.userErrors, known));
      if (payload.userErrors.length > 0) return;
      if (options.draft) clearDraft(options.draft);
      done(payload);
    },
  };
}

/** The refusals not about one field. */
export function FormAlerts({ refusals }: { refusals: Refusals }) {
  return (
    <>
      {refusals.form.map((text) => (
        <Alert key={text} tone="error">{text}</Alert>
      ))}
    </>
  );
}

/** A labelled group of check boxes (legal forms, states, roles, scopes). */
export function CheckGroup(props: { legend: string; name: string; options: { value: string; label: string }[]; value: string[]; onChange(value: string[]): void; error?: string | null }) {
  const { legend, name, options, value, onChange, error } = props;
  const errorId = useId();
  return (
    <fieldset className="mfc-checks" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" name={name} value={o.value} checked={value.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))} />
          {o.label}
        </label>
      ))}
      {error ? <p className="pui-field__error" id={errorId}><span aria-hidden="true">⚠ </span>{error}</p> : null}
    </fieldset>
  );
}

/** One action behind a confirmation: busy while it runs, its first refusal as the error. */
export function useAction() {
  const env = useEnv();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  return {
    ...state,
    clear: () => setState({ busy: false }),
    async run<P extends { userErrors: readonly UserErrorLike[] }>(request: () => Promise<P | undefined | null>, done: (payload: P) => void) {
      setState({ busy: true });
      const payload = await request().catch(() => undefined);
      const refusal = payload?.userErrors[0];
      if (!payload || refusal) return setState({ busy: false, error: refusal ? refusalText(env, refusal) : env.t('error.network') });
      setState({ busy: false });
      done(payload);
    },
  };
}

/** Asks before an action that cannot be undone (revoke, deactivate, close). */
export function Confirm(props: { title: string; text: string; busy: boolean; error?: string | null; onConfirm(): void; onClose(): void }) {
  const { t, locale } = useEnv();
  return (
    <Dialog
      open
      locale={locale}
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <Button type="button" onClick={props.onClose}>{t('cancel')}</Button>
          <Button type="button" variant="danger" busy={props.busy} onClick={props.onConfirm}>{t('confirm')}</Button>
        </>
      }
    >
      <p>{props.text}</p>
      {props.error ? <Alert tone="error">{props.error}</Alert> : null}
    </Dialog>
  );
}

export function NotFound({ title, text, back, backLabel }: { title?: string; text?: string; back?: string; backLabel?: string }) {
  const { t } = useEnv();
  return (
    <Page title={title ?? t('notFound.title')}>
      <p>{text ?? t('notFound.text')}</p>
      <p><Link href={back ?? '/entreprise'}>{backLabel ?? t('notFound.back')}</Link></p>
    </Page>
  );
}

/** Options of an enum select or check group, labelled from the messages (`prefix.VALUE`). */
export function options(t: CompanyEnv['t'], prefix: string, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
}

export const LEGAL_FORMS = ['EI', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SNC', 'ASSOCIATION', 'COLLECTIVITE', 'AUTRES'] as const;
export const COMPANY_STATES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export const ROLES = ['ADMINISTRATOR', 'BILLING', 'ORDERS', 'READ_ONLY'] as const;

/** A secret shown once (an API token, a webhook signing secret), with a copy button. */
export function SecretNotice({ title, text, label, secret }: { title: string; text: string; label: string; secret: string }) {
  const { t } = useEnv();
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={title}>
      <p>{text}</p>
      <p className="mfc-row">
        <span className="pui-sr-only">{label} : </span>
        <code className="mfc-secret" data-secret>{secret}</code>
        <Button type="button" onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>{t('tokens.copy')}</Button>
        <span role="status">{copied ? t('tokens.copied') : ''}</span>
      </p>
    </Alert>
  );
}
