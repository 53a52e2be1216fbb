import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, DataTable, DateField, Page, Pagination, Select, TextField, formatDate, type DataTableColumn, type SortState } from '@portal/ui';
import { query } from '@portal/graphql-client';
import { problemsOf } from '@portal/graphql-client';
import { refusalText, useOffersEnv, type OffersEnv } from '../context.js';
import { OffersListDocument } from '../documents.js';
import type { OffersListQuery } from '../gql/graphql.js';
import {
  DATE_FILTERS, ORDER_TYPES, SORT_FIELDS, STATES, TEXT_FILTERS, exportUrl, hasFilters, listUrl, listVariables, parseListState,
  type DateFilter, type ListState, type TextFilter,
} from '../listState.js';
import { Link } from '../components/Link.js';
import { LoadError } from '../components/Feedback.js';
import { useLoad } from '../components/useLoad.js';
import { ocPath } from '../util.js';
import type { MessageKey } from '../messages.js';

/** The page size: 50 OCs with their end customer, site and sales admin. */
export const PAGE_SIZE = 50;

type Row = OffersListQuery['contractedOffers']['edges'][number]['node'];
type FilterKey = TextFilter | DateFilter;

/** The list last shown (filters, sort, page), where the detail's "back" link returns. */
let lastList = '/offres';
export const lastListUrl = () => lastList;

/** The cursor of the page before each page reached with "Suivant" (cursors only go forward). */
const previousCursor = new Map<string, string | null>();

const COLUMN_OF: Record<TextFilter, (typeof SORT_FIELDS)[number]> = {
  salesAdmin: 'SALES_ADMIN', reference: 'REFERENCE', name: 'NAME', orderReference: 'ORDER_REFERENCE',
  endCustomer: 'END_CUSTOMER', billingAccount: 'BILLING_ACCOUNT', site: 'SITE',
};

function columns(env: OffersEnv): DataTableColumn<Row>[] {
  const { t, locale } = env;
  const text = (key: (typeof SORT_FIELDS)[number], render: (row: Row) => ReactNode): DataTableColumn<Row> => ({ key, label: t(`col.${key}`), sortable: true, render });
  return [
    // The first cell names the row (its selection box): the OC's reference leads, for screen readers.
    text('SALES_ADMIN', (oc) => <><span className="pui-sr-only">{oc.reference}, </span>{oc.salesAdminName ?? t('none.m')}</>),
    // The reference is the link to the OC (as "Détail >" is).
    text('REFERENCE', (oc) => <Link href={ocPath(oc.id)}>{oc.reference}</Link>),
    text('NAME', (oc) => oc.name),
    text('ORDER_REFERENCE', (oc) => oc.orderReference ?? t('none.f')),
    text('END_CUSTOMER', (oc) => oc.endCustomer?.legalName ?? ''),
    text('BILLING_ACCOUNT', (oc) => oc.billingAccount?.legalName ?? ''),
    text('SITE', (oc) => oc.site.name),
    text('DELIVERED_ON', (oc) => formatDate(oc.deliveredOn, locale)),
    text('STATE', (oc) => <span className={`oc-state oc-state--${oc.state}`}>{t(`state.${oc.state}`)}</span>),
    text('ORDER_TYPE', (oc) => t(`orderType.${oc.orderType}`)),
    {
      key: 'action',
      label: t('col.action'),
      render: (oc) => (
        <Link href={ocPath(oc.id)} className="oc-nowrap">
          {t('list.detail')}
          <span className="pui-sr-only"> {t('list.detailOf', { reference: oc.reference })}</span>
        </Link>
      ),
    },
  ];
}

/** "Liste des offres contractées": filters, sortable columns, cursor pages, CSV export, selection for a bulk termination. */
export function ListPage({ search }: { search: string }) {
  const env = useOffersEnv();
  const { t, locale, navigate, reloadKey } = env;
  const state = useMemo(() => parseListState(search), [search]);
  const variables = useMemo(() => listVariables(state, PAGE_SIZE), [state]);
  const list = useLoad(() => query(OffersListDocument, variables, { requestPolicy: 'network-only' }), `${JSON.stringify(variables)}#${reloadKey}`);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [draft, setDraft] = useState(state);
  useEffect(() => {
    setDraft(state);
    lastList = listUrl(state);
  }, [state]);

  const go = (next: ListState) => navigate(listUrl(next));
  const connection = list.data?.contractedOffers;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const company = list.data?.company;
  // Selection for a bulk termination only for who may terminate here (the server still decides per OC).
  const permissions = state.client ? company?.viewerPermissions : list.data?.viewer?.permissions;
  const mayTerminate = !permissions || permissions.includes('OFFERS_TERMINATE');

  // A refused filter is shown at its field; an unknown customer as such; anything else with "Réessayer".
  // Every refused filter at once (the gateway sends the others in extensions.otherErrors).
  const refusals = problemsOf(list.error).filter((p) => !p.network && p.field?.[0] === 'filter');
  const filterField = refusals[0]?.field?.[1];
  const customerMissing = refusals.some((p) => p.field?.[1] === 'companyId');
  const fieldError = (key: FilterKey) => {
    const about = refusals.find((p) => p.field?.[1] === key);
    return about ? refusalText(env, { code: about.code ?? 'ERROR', message: about.message, field: about.field }) : null;
  };

  function apply(event: FormEvent) {
    event.preventDefault();
    go({ ...draft, after: null });
  }

  function clearFilters() {
    const empty = parseListState('');
    go({ ...empty, client: state.client, sort: state.sort });
  }

  function sortBy(sort: SortState) {
    go({ ...state, sort, after: null });
  }

  function nextPage() {
    const cursor = connection?.pageInfo.endCursor;
    if (!cursor) return;
    previousCursor.set(cursor, state.after);
    go({ ...state, after: cursor });
  }

  function previousPage() {
    go({ ...state, after: (state.after && previousCursor.get(state.after)) ?? null });
  }

  function terminateSelection() {
    const params = new URLSearchParams();
    for (const id of selected) params.append('oc', id);
    if (state.client) params.set('client', state.client);
    navigate(`/offres/resiliation?${params.toString()}`);
  }

  const title = company ? t('list.titleOf', { name: company.legalName }) : t('list.title');
  const setText = (key: FilterKey) => (value: string) => setDraft((d) => ({ ...d, text: { ...d.text, [key]: value } }));

  return (
    <Page
      title={title}
      actions={
        <>
          <a className="pui-button pui-button--secondary" href={exportUrl(state)} download>{t('list.export')}</a>
          {mayTerminate ? (
            <Button type="button" variant="danger" disabled={selected.size === 0} onClick={terminateSelection} aria-describedby="oc-selection-hint">
              {t('list.terminateSelection', { count: selected.size })}
            </Button>
          ) : null}
        </>
      }
    >
      {state.client ? (
        <p className="oc-links">
          {company ? <Link href={`/entreprise/clients/${encodeURIComponent(company.id)}`}>{t('list.customer', { name: company.legalName })}</Link> : null}
          <Link href="/offres">{t('list.all')}</Link>
        </p>
      ) : null}

      <form className="oc-filters" role="search" aria-label={t('filters.title')} onSubmit={apply} noValidate>
        {TEXT_FILTERS.map((key) => (
          <TextField key={key} label={t(`col.${COLUMN_OF[key]}`)} name={key} type="search" value={draft.text[key]} onChange={setText(key)} error={fieldError(key)} />
        ))}
        <Select
          label={t('col.STATE')}
          name="states"
          value={draft.states.length === 1 ? draft.states[0]! : ''}
          onChange={(v) => setDraft((d) => ({ ...d, states: v ? [v as (typeof STATES)[number]] : [] }))}
          placeholder={t('filters.all')}
          options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        />
        <Select
          label={t('col.ORDER_TYPE')}
          name="orderTypes"
          value={draft.orderTypes.length === 1 ? draft.orderTypes[0]! : ''}
          onChange={(v) => setDraft((d) => ({ ...d, orderTypes: v ? [v as (typeof ORDER_TYPES)[number]] : [] }))}
          placeholder={t('filters.all')}
          options={ORDER_TYPES.map((o) => ({ value: o, label: t(`orderType.${o}`) }))}
        />
        {DATE_FILTERS.map((key) => (
          <DateField key={key} label={t(`filters.${key}` as MessageKey)} name={key} locale={locale} value={draft.text[key]} onChange={setText(key)} error={fieldError(key)} />
        ))}
        <div className="oc-filters__buttons">
          <Button type="submit" variant="primary">{t('filters.apply')}</Button>
          <Button type="button" onClick={clearFilters}>{t('filters.reset')}</Button>
        </div>
      </form>

      {customerMissing ? (
        <Alert tone="error">{t('list.customerNotFound')}</Alert>
      ) : list.error && !filterField ? (
        <LoadError onRetry={list.reload} />
      ) : (
        <>
          {mayTerminate ? (
            <p className="oc-selection" id="oc-selection-hint" aria-live="polite">
              {selected.size === 0 ? t('list.selectionHint') : t('list.selected', { count: selected.size })}
              {selected.size > 0 ? <Button type="button" variant="link" onClick={() => setSelected(new Set())}>{t('list.clearSelection')}</Button> : null}
            </p>
          ) : null}
          <DataTable
            caption={t('list.caption')}
            hideCaption
            columns={columns(env)}
            rows={rows}
            rowKey={(oc) => oc.id}
            sort={state.sort ?? { key: 'DELIVERED_ON', descending: true }}
            onSortChange={sortBy}
            loading={list.loading}
            empty={hasFilters(state) ? t('list.emptyFiltered') : t('list.empty')}
            selection={mayTerminate ? { selected, onChange: setSelected } : undefined}
            locale={locale}
          />
          {connection ? (
            <Pagination
              totalCount={connection.totalCount}
              shown={rows.length}
              hasNext={connection.pageInfo.hasNextPage}
              hasPrevious={!!state.after}
              onNext={nextPage}
              onPrevious={previousPage}
              locale={locale}
            />
          ) : null}
        </>
      )}
    </Page>
  );
}
