import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert, Button, Checkbox, DataTable, DefinitionList, Page, Pagination, Select, Spinner, TextField,
  DateField, formatAmount, formatAmountPlain, formatDate, parseFrenchDate, type DataTableColumn, type SortState,
} from '@portal/ui';
import type { CombinedError } from '@portal/graphql-client';
import { Link, problemText, problemsOf, useBillingEnv, type Problem } from '../context.js';
import type { MessageKey } from '../messages.js';
import {
  LIFECYCLE_STATUSES, LIST_PATH, exportUrl, hasFilters, listSearch, parseEuros, readListParams, statesOf, zipUrl,
  type DocumentKind, type FilterField, type ListParams,
} from '../url.js';
import { BillingTabs, ClientBanner } from './common.js';

export const PAGE_SIZE = 20;

/** A page of a document list as the view needs it, whatever the kind. */
export interface DocumentPage<Row> {
  rows: Row[];
  totalCount: number;
  totals: { exclVat: number; vat: number; inclVat: number };
  hasNext: boolean;
  endCursor: string | null;
}

export interface DocumentListProps<Row extends { id: string }> {
  kind: DocumentKind;
  search: string;
  columns: DataTableColumn<Row>[];
  /** The loaded page (the previous one while the next loads); undefined before the first answer. */
  page: DocumentPage<Row> | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  refetch(): void;
  /** The caller acts as a reseller or operator: the scope "every company in reach" is offered. */
  canWidenScope: boolean;
  /** The customer of `?client=`, when known. */
  client: { legalName: string; reference: string } | null;
}

/**
 * The cursors met while paging through one query (filters + sort), so that "Précédent" can go
 * back although the API pages forward only. Kept for the session of the page, per list.
 */
const trails = new Map<string, (string | null)[]>();

const FILTER_FIELDS: FilterField[] = ['issuedFrom', 'issuedTo', 'amountMin', 'amountMax', 'states', 'lifecycle', 'scope'];

interface Draft {
  issuedFrom: string;
  issuedTo: string;
  amountMin: string;
  amountMax: string;
  states: string[];
  lifecycle: string;
  scope: 'COMPANY' | 'ALL_IN_REACH';
}

/**
 * "Consultation des factures" / "Consultation des avoirs": the source's filters, the sortable
 * columns, the totals of the whole filtered list, selection → ZIP of PDFs, CSV export, paging by
 * cursor; filters, sort and cursor live in the URL.
 */
export function DocumentList<Row extends { id: string }>(props: DocumentListProps<Row>) {
  const { kind, search, columns, page, fetching, error, refetch, canWidenScope, client } = props;
  const env = useBillingEnv();
  const { t, locale, navigate } = env;
  const { params, problems: urlProblems, raw } = readListParams(search, kind);
  const path = LIST_PATH[kind];
  const queryKey = listSearch({ ...params, after: null });

  const draftOf = (): Draft => ({
    issuedFrom: raw.issuedFrom ?? (params.issuedFrom ? formatDate(params.issuedFrom, locale) : ''),
    issuedTo: raw.issuedTo ?? (params.issuedTo ? formatDate(params.issuedTo, locale) : ''),
    amountMin: raw.amountMin ?? (params.amountMin !== null ? formatAmountPlain(params.amountMin, locale) : ''),
    amountMax: raw.amountMax ?? (params.amountMax !== null ? formatAmountPlain(params.amountMax, locale) : ''),
    states: params.states,
    lifecycle: params.lifecycle ?? '',
    scope: params.scope,
  });
  const [draft, setDraft] = useState<Draft>(draftOf);
  const [formErrors, setFormErrors] = useState<Partial<Record<FilterField, string>>>({});
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [selectionHint, setSelectionHint] = useState(false);

  // A new URL (filters applied, back/forward): the form shows it again; a new query empties the selection.
  useEffect(() => {
    setDraft(draftOf());
    setFormErrors({});
  }, [search]);
  useEffect(() => {
    setSelected(new Set());
    setSelectionHint(false);
  }, [queryKey]);

  const go = (next: ListParams) => navigate(`${path}${listSearch(next)}`);

  // Errors of the server: at their field when they name a filter, "not found" for the client, else an alert.
  const problems = problemsOf(error);
  const fieldErrors: Partial<Record<FilterField, string>> = {};
  for (const key of FILTER_FIELDS) if (urlProblems[key]) fieldErrors[key] = t(`error.${urlProblems[key]}` as MessageKey);
  const general: Problem[] = [];
  let clientNotFound = false;
  let cursorInvalid = false;
  let refusedFilter = false;
  for (const problem of problems) {
    const [root, name] = problem.field ?? [];
    if (root === 'filter' && FILTER_FIELDS.includes(name as FilterField)) {
      fieldErrors[name as FilterField] ??= problemText(env, problem);
      refusedFilter = true;
    }
    else if (root === 'companyId' && problem.code === 'NOT_FOUND') clientNotFound = true;
    else if (root === 'after') cursorInvalid = true;
    else general.push(problem);
  }
  Object.assign(fieldErrors, formErrors);
  const blocked = Object.keys(urlProblems).length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Partial<Record<FilterField, string>> = {};
    const date = (text: string, field: 'issuedFrom' | 'issuedTo') => {
      if (!text.trim()) return null;
      const iso = parseFrenchDate(text);
      if (!iso) errors[field] = t('error.date');
      return iso;
    };
    const amount = (text: string, field: 'amountMin' | 'amountMax') => {
      if (!text.trim()) return null;
      const cents = parseEuros(text);
      if (cents === null) errors[field] = t('error.amount');
      return cents;
    };
    const next: ListParams = {
      ...params,
      scope: params.client ? 'COMPANY' : draft.scope,
      issuedFrom: date(draft.issuedFrom, 'issuedFrom'),
      issuedTo: date(draft.issuedTo, 'issuedTo'),
      amountMin: amount(draft.amountMin, 'amountMin'),
      amountMax: amount(draft.amountMax, 'amountMax'),
      states: draft.states,
      lifecycle: draft.lifecycle || null,
      after: null,
    };
    setFormErrors(errors);
    if (Object.keys(errors).length) {
      // The first field in error takes the focus, so the message is read with it.
      const first = FILTER_FIELDS.find((f) => errors[f]);
      requestAnimationFrame(() => (document.querySelector(`[name="${first}"]`) as HTMLElement | null)?.focus());
      return;
    }
    go(next);
  }

  function reset() {
    setFormErrors({});
    go({ ...params, scope: 'COMPANY', issuedFrom: null, issuedTo: null, amountMin: null, amountMax: null, states: [], lifecycle: null, after: null });
  }

  // Paging: the API pages forward; the trail of cursors of this query lets "Précédent" go back.
  const trail = trails.get(`${kind}${queryKey}`) ?? [null];
  const position = trail.indexOf(params.after);
  function nextPage() {
    if (!page?.endCursor) return;
    const kept = position >= 0 ? trail.slice(0, position + 1) : [null, params.after];
    trails.set(`${kind}${queryKey}`, [...kept, page.endCursor]);
    go({ ...params, after: page.endCursor });
  }
  function previousPage() {
    go({ ...params, after: position > 0 ? (trail[position - 1] ?? null) : null });
  }

  const sort: SortState = params.sort ?? { key: 'ISSUED_ON', descending: true };
  const title = t(kind === 'invoices' ? 'invoices.title' : 'creditNotes.title');

  if (clientNotFound) {
    return (
      <Page title={title}>
        <BillingTabs kind={kind} client={params.client} />
        <Alert tone="error">{t('client.notFound')}</Alert>
      </Page>
    );
  }

  const stateOptions = statesOf(kind).map((value) => ({
    value, label: t(`${kind === 'invoices' ? 'invoiceState' : 'creditNoteState'}.${value}` as MessageKey),
  }));
  const toggleState = (value: string, on: boolean) =>
    setDraft((d) => ({ ...d, states: on ? [...d.states.filter((s) => s !== value), value] : d.states.filter((s) => s !== value) }));

  let content: ReactNode;
  if (blocked || (refusedFilter && !fetching)) {
    content = <Alert tone="warning">{t('filters.problem')}</Alert>;
  } else if (general.length && !fetching) {
    content = (
      <Alert tone="error">
        {general.map((p, i) => <p key={i}>{problemText(env, p)}</p>)}
        {general.some((p) => p.network) ? <Button type="button" onClick={refetch}>{t('error.retry')}</Button> : null}
      </Alert>
    );
  } else if (cursorInvalid && !fetching) {
    content = (
      <Alert tone="error">
        <p>{t('error.cursor')}</p>
        <Button type="button" onClick={() => go({ ...params, after: null })}>{t('error.firstPage')}</Button>
      </Alert>
    );
  } else if (!page) {
    content = <Spinner label={t('loading.list')} labelVisible />;
  } else {
    const ids = [...selected];
    const kindCount = kind === 'invoices' ? 'totals.invoices' : 'totals.creditNotes';
    const hintId = `inv-selection-hint-${kind}`;
    content = (
      <>
        <section aria-label={t('totals.label')}>
          <dl className="inv-totals">
            {[
              [t(kindCount), new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(page.totalCount)],
              [t('totals.exclVat'), formatAmount(page.totals.exclVat, locale)],
              [t('totals.vat'), formatAmount(page.totals.vat, locale)],
              [t('totals.inclVat'), formatAmount(page.totals.inclVat, locale)],
            ].map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
          </dl>
        </section>
        <div className="inv-actions">
          <p aria-live="polite">{t(kind === 'invoices' ? 'selection.invoices' : 'selection.creditNotes', { count: ids.length })}</p>
          <Button
            type="button"
            variant="primary"
            aria-describedby={hintId}
            onClick={() => {
              if (!ids.length) return setSelectionHint(true);
              const link = document.createElement('a');
              link.href = zipUrl(kind, ids);
              link.download = '';
              document.body.append(link);
              link.click();
              link.remove();
            }}
          >
            {t('selection.download')}
          </Button>
          {ids.length ? <Button type="button" variant="link" onClick={() => setSelected(new Set())}>{t('selection.clear')}</Button> : null}
          <a className="pui-button pui-button--secondary" href={exportUrl(kind, params)} download>{t('export.csv')}</a>
        </div>
        {selectionHint && !ids.length
          ? <p id={hintId} className="inv-hint pui-field__error" role="alert">{t('selection.none')}</p>
          : <p id={hintId} className="inv-hint inv-muted">{t('selection.downloadHint')}</p>}
        <DataTable
          caption={t(kind === 'invoices' ? 'invoices.caption' : 'creditNotes.caption')}
          columns={columns}
          rows={page.rows}
          rowKey={(row) => row.id}
          sort={sort}
          onSortChange={(next) => go({ ...params, sort: next, after: null })}
          loading={fetching}
          empty={hasFilters(params) ? t('empty.filtered') : t(kind === 'invoices' ? 'empty.invoices' : 'empty.creditNotes')}
          selection={{ selected, onChange: (next) => { setSelected(next); if (next.size) setSelectionHint(false); } }}
          locale={locale}
        />
        {page.totalCount > 0 ? (
          <Pagination
            totalCount={page.totalCount}
            shown={page.rows.length}
            hasNext={page.hasNext}
            hasPrevious={params.after !== null}
            onNext={nextPage}
            onPrevious={previousPage}
            locale={locale}
          />
        ) : null}
      </>
    );
  }

  return (
    <Page title={title}>
      <BillingTabs kind={kind} client={params.client} />
      {params.client ? <ClientBanner clientId={params.client} client={client} /> : null}
      <form className="inv-filters" role="search" aria-label={t(kind === 'invoices' ? 'filters.invoices' : 'filters.creditNotes')} onSubmit={submit} noValidate>
        <div className="inv-filters__grid">
          <DateField label={t('filters.issuedFrom')} name="issuedFrom" locale={locale} value={draft.issuedFrom} onChange={(v) => setDraft((d) => ({ ...d, issuedFrom: v }))} error={fieldErrors.issuedFrom ?? null} />
          <DateField label={t('filters.issuedTo')} name="issuedTo" locale={locale} value={draft.issuedTo} onChange={(v) => setDraft((d) => ({ ...d, issuedTo: v }))} error={fieldErrors.issuedTo ?? null} />
          <TextField label={t('filters.amountMin')} name="amountMin" value={draft.amountMin} onChange={(v) => setDraft((d) => ({ ...d, amountMin: v }))} hint={t('filters.amountHint')} error={fieldErrors.amountMin ?? null} inputMode="decimal" />
          <TextField label={t('filters.amountMax')} name="amountMax" value={draft.amountMax} onChange={(v) => setDraft((d) => ({ ...d, amountMax: v }))} hint={t('filters.amountHint')} error={fieldErrors.amountMax ?? null} inputMode="decimal" />
          <fieldset aria-describedby={fieldErrors.states ? `inv-states-error-${kind}` : undefined}>
            <legend>{t('filters.states')}</legend>
            <div className="inv-filters__states">
              {stateOptions.map((option) => (
                <Checkbox key={option.value} name={`state-${option.value}`} label={option.label} checked={draft.states.includes(option.value)} onChange={(on) => toggleState(option.value, on)} />
              ))}
            </div>
            {fieldErrors.states ? <p className="pui-field__error" id={`inv-states-error-${kind}`}>{fieldErrors.states}</p> : null}
          </fieldset>
          <Select
            label={t('filters.lifecycle')}
            name="lifecycle"
            value={draft.lifecycle}
            onChange={(v) => setDraft((d) => ({ ...d, lifecycle: v }))}
            options={[{ value: '', label: t('filters.lifecycle.any') }, ...LIFECYCLE_STATUSES.map((value) => ({ value, label: t(`lifecycle.${value}` as MessageKey) }))]}
            error={fieldErrors.lifecycle ?? null}
          />
          {(canWidenScope || params.scope === 'ALL_IN_REACH') && !params.client ? (
            <Select
              label={t('filters.scope')}
              name="scope"
              value={draft.scope}
              onChange={(v) => setDraft((d) => ({ ...d, scope: v === 'ALL_IN_REACH' ? 'ALL_IN_REACH' : 'COMPANY' }))}
              options={(['COMPANY', 'ALL_IN_REACH'] as const).map((value) => ({ value, label: t(`filters.scope.${value}`) }))}
              error={fieldErrors.scope ?? null}
            />
          ) : null}
        </div>
        <div className="pui-toolbar">
          <Button type="submit" variant="primary">{t('filters.submit')}</Button>
          <Button type="button" onClick={reset}>{t('filters.reset')}</Button>
        </div>
      </form>
      {content}
    </Page>
  );
}

/** The links of a row: "Détail >" and the PDF, each named with the document's number. */
export function RowActions({ href, pdfPath, number, kind }: { href: string; pdfPath: string; number: string; kind: DocumentKind }) {
  const { t } = useBillingEnv();
  const invoice = kind === 'invoices';
  return (
    <span className="inv-row-actions">
      <Link href={href} className="inv-link">
        {t('action.detail')}
        <span className="pui-sr-only">{t(invoice ? 'action.detailOfInvoice' : 'action.detailOfCreditNote', { number })}</span>
        <span aria-hidden="true"> &gt;</span>
      </Link>
      <a href={pdfPath} download className="inv-link">
        {t('action.pdf')}
        <span className="pui-sr-only">{t(invoice ? 'action.pdfOfInvoice' : 'action.pdfOfCreditNote', { number })}</span>
      </a>
    </span>
  );
}
