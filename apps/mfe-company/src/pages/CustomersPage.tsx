import { useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, DateField, Page, Section, TextField, formatDate, type SortState } from '@portal/ui';
import { useEnv } from '../context.js';
import { CustomersDocument } from '../documents.js';
import type { CompanyState, CustomerSortField, LegalForm } from '../gql/graphql.js';
import { COMPANY_STATES, CheckGroup, CursorPager, LEGAL_FORMS, Link, Loaded, fieldProblems, options, useQuery, withParams } from '../kit.js';
import { UniverseButtons } from './UniversePage.js';

/** URL parameter → filter of the API (and of /exports/customers.csv). */
const PARAMS = { identifiant: 'identifier', raisonSociale: 'legalName', du: 'createdFrom', au: 'createdTo', statut: 'legalForms', etat: 'states' } as const;
type Param = keyof typeof PARAMS;
const LISTS: Param[] = ['statut', 'etat'];

/** The filters, sort and cursor of the search, read from the URL. */
export function searchFromUrl(search: URLSearchParams) {
  const filter: Record<string, string | string[]> = {};
  for (const [param, name] of Object.entries(PARAMS)) {
    const value = search.get(param)?.trim();
    if (value) filter[name] = LISTS.includes(param as Param) ? value.split(',') : value;
  }
  const field = (search.get('tri') ?? 'IDENTIFIER') as CustomerSortField;
  const direction = search.get('ordre') === 'desc' ? 'DESC' : 'ASC';
  return { filter, orderBy: { field, direction } as const, after: search.get('apres') };
}

/** The CSV export of the same search (/exports/customers.csv, same filters and sort). */
export function exportUrl(search: URLSearchParams): string {
  const { filter, orderBy } = searchFromUrl(search);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) params.set(name, Array.isArray(value) ? value.join(',') : value);
  params.set('sort', orderBy.field);
  params.set('direction', orderBy.direction);
  return `/exports/customers.csv?${params}`;
}

/** /entreprise/clients: the customer search of resellers and operators. */
export function CustomersPage() {
  const { t, viewer } = useEnv();
  const reseller = viewer.universes.some((u) => u !== 'CLIENT');
  let body;
  if (!reseller) body = <Alert tone="info">{t('customers.notReseller')}</Alert>;
  else if (viewer.actingUniverse === 'CLIENT') {
    body = (
      <>
        <Alert tone="info">{t('customers.needUniverse')}</Alert>
        <UniverseButtons only={['RESELLER', 'OPERATOR']} />
      </>
    );
  } else body = <Search />;
  const canCreate = reseller && viewer.permissions.includes('USERS_MANAGE') && viewer.permissions.includes('COMPANY_WRITE');
  return (
    <Page title={t('customers.title')} actions={canCreate ? <Link className="pui-button pui-button--primary" href="/entreprise/clients/nouveau">{t('customers.new')}</Link> : null}>
      {body}
    </Page>
  );
}

function Search() {
  const env = useEnv();
  const { t, locale, search, navigate } = env;
  const { filter, orderBy, after } = searchFromUrl(search);
  const state = useQuery(CustomersDocument, { filter: filter as { legalForms?: LegalForm[]; states?: CompanyState[] }, orderBy, after, first: 20 });
  const sort: SortState = { key: orderBy.field, descending: orderBy.direction === 'DESC' };
  // A refused filter is the user's input, not an outage: its message goes to its field.
  const refused = state.loading ? null : fieldProblems(env, state.problems, 'filter');
  return (
    <>
      <Filters key={search.toString()} errors={refused ?? {}} />
      {refused ? <Alert tone="warning">{t('customers.filtersRefused')}</Alert> : (
        <>
      <p><a href={exportUrl(search)} download>{t('export')}</a></p>
      <Loaded state={state}>
        {({ customers }) => {
          const rows = customers.edges;
          const showPath = rows.some((e) => e.path.length > 1);
          return (
            <>
              <DataTable
                locale={locale}
                caption={t('customers.caption')}
                rows={rows}
                rowKey={(e) => e.node.id}
                loading={state.loading}
                empty={t('customers.empty')}
                sort={sort}
                onSortChange={(next) => navigate(withParams(env, { tri: next.key, ordre: next.descending ? 'desc' : null, apres: null }))}
                columns={[
                  { key: 'IDENTIFIER', label: t('company.number'), sortable: true, render: (e) => e.node.number },
                  { key: 'LEGAL_NAME', label: t('company.legalName'), sortable: true, render: (e) => e.node.legalName },
                  { key: 'CREATED_AT', label: t('customers.createdAt'), sortable: true, render: (e) => formatDate(e.node.createdAt, locale) },
                  { key: 'LEGAL_FORM', label: t('company.legalForm'), sortable: true, render: (e) => t(`legalForm.${e.node.legalForm}`) },
                  { key: 'STATE', label: t('company.state'), sortable: true, render: (e) => t(`state.${e.node.state}`) },
                  ...(showPath ? [{ key: 'path', label: t('company.path'), render: (e: (typeof rows)[number]) => e.path.slice(1).map((c) => c.legalName).join(' > ') || '—' }] : []),
                  {
                    key: 'action',
                    label: t('customers.action'),
                    render: (e) => (
                      <Link href={`/entreprise/clients/${encodeURIComponent(e.node.id)}`}>
                        {t('customers.open')}<span className="pui-sr-only"> {e.node.legalName}</span> &gt;
                      </Link>
                    ),
                  },
                ]}
              />
              <CursorPager connection={customers} shown={rows.length} />
            </>
          );
        }}
      </Loaded>
        </>
      )}
    </>
  );
}

/** The filters of the source: identifier/reference, legal name, creation dates, legal forms, states. */
function Filters({ errors }: { errors: Record<string, string> }) {
  const env = useEnv();
  const { t, search, navigate } = env;
  const [values, setValues] = useState(() => Object.fromEntries(Object.keys(PARAMS).map((p) => [p, search.get(p) ?? ''])) as Record<Param, string>);
  const set = (p: Param) => (value: string) => setValues((v) => ({ ...v, [p]: value }));
  const list = (p: Param) => (values[p] ? values[p].split(',') : []);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(withParams(env, { ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || null])), apres: null }));
  }

  const field = (p: Param, label: Parameters<typeof t>[0], type: 'text' | 'date' = 'text') =>
    type === 'date'
      ? <DateField name={p} label={t(label)} locale={env.locale} value={values[p]} onChange={set(p)} error={errors[PARAMS[p]] ?? null} />
      : <TextField name={p} label={t(label)} value={values[p]} onChange={set(p)} error={errors[PARAMS[p]] ?? null} />;
  return (
    <Section title={t('customers.filters')}>
      <form className="pui-form" role="search" onSubmit={submit} noValidate>
        <div className="mfc-grid">
          {field('identifiant', 'customers.identifier')}
          {field('raisonSociale', 'customers.legalName')}
          {field('du', 'customers.createdFrom', 'date')}
          {field('au', 'customers.createdTo', 'date')}
        </div>
        <CheckGroup legend={t('customers.legalForms')} name="statut" options={options(t, 'legalForm', LEGAL_FORMS)} value={list('statut')} onChange={(v) => set('statut')(v.join(','))} error={errors.legalForms ?? null} />
        <CheckGroup legend={t('customers.states')} name="etat" options={options(t, 'state', COMPANY_STATES)} value={list('etat')} onChange={(v) => set('etat')(v.join(','))} error={errors.states ?? null} />
        <div className="mfc-row">
          <Button type="submit" variant="primary">{t('search')}</Button>
          <Button type="button" onClick={() => navigate(env.path)}>{t('reset')}</Button>
        </div>
      </form>
    </Section>
  );
}
