// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { CombinedError } from '@portal/graphql-client';
import { createTranslator, missingTranslations } from '@portal/ui';
import { routeOf } from './App.js';
import { BillingContext, formatVatRate, type BillingEnv } from './context.js';
import { messages } from './messages.js';
import { DocumentList, type DocumentPage } from './pages/DocumentList.js';
import { emptyParams, exportUrl, listSearch, listVariables, parseEuros, readListParams, zipUrl } from './url.js';

afterEach(cleanup);

describe('billing micro-frontend', () => {
  it('has every text in French and in English', () => {
    expect(missingTranslations(messages)).toEqual([]);
  });

  it('routes the paths of the contract', () => {
    expect(routeOf('/facturation')).toEqual({ page: 'invoices' });
    expect(routeOf('/facturation/')).toEqual({ page: 'invoices' });
    expect(routeOf('/facturation/factures')).toEqual({ page: 'invoices' });
    expect(routeOf('/facturation/factures/SW52b2ljZToz')).toEqual({ page: 'invoice', id: 'SW52b2ljZToz' });
    expect(routeOf('/facturation/en-attente')).toEqual({ page: 'held' });
    expect(routeOf('/facturation/avoirs')).toEqual({ page: 'creditNotes' });
    expect(routeOf('/facturation/avoirs/Q3JlZGl0Tm90ZTox')).toEqual({ page: 'creditNote', id: 'Q3JlZGl0Tm90ZTox' });
    expect(routeOf('/facturation/autre')).toEqual({ page: 'notFound' });
  });

  it('keeps filters, sort and cursor in the URL, in the API’s own terms', () => {
    const search = '?client=Q29tcGFueToyNA&issuedFrom=2026-09-01&issuedTo=2026-10-31&amountMin=1000&amountMax=20000&states=PAID,OVERDUE&sort=TOTAL&direction=ASC&after=abc';
    const { params, problems } = readListParams(search, 'invoices');
    expect(problems).toEqual({});
    expect(params).toEqual({
      client: 'Q29tcGFueToyNA', scope: 'COMPANY', issuedFrom: '2026-09-01', issuedTo: '2026-10-31', amountMin: 1000, amountMax: 20000,
      states: ['PAID', 'OVERDUE'], lifecycle: null, sort: { key: 'TOTAL', descending: false }, after: 'abc',
    });
    expect(listSearch(params)).toBe(search.replace('PAID,OVERDUE', 'PAID%2COVERDUE'));
    expect(listVariables(params, 20)).toEqual({
      companyId: 'Q29tcGFueToyNA', scope: 'COMPANY', first: 20, after: 'abc',
      filter: { issuedFrom: '2026-09-01', issuedTo: '2026-10-31', amountMin: 1000, amountMax: 20000, states: ['PAID', 'OVERDUE'] },
      orderBy: { field: 'TOTAL', direction: 'ASC' },
    });
    expect(listSearch(emptyParams())).toBe('');
    // A client and the scope "every company" do not go together: the client wins.
    expect(readListParams('?client=x&scope=ALL_IN_REACH', 'invoices').params.scope).toBe('COMPANY');
    expect(readListParams('?scope=ALL_IN_REACH', 'creditNotes').params.scope).toBe('ALL_IN_REACH');
  });

  it('keeps the platform status filter in the URL and sends it as lifecycleStatuses; an unknown status is reported at its field', () => {
    const { params, problems } = readListParams('?lifecycle=REJECTED', 'invoices');
    expect(problems).toEqual({});
    expect(params.lifecycle).toBe('REJECTED');
    expect(listSearch(params)).toBe('?lifecycle=REJECTED');
    expect(listVariables(params, 20).filter).toEqual({ lifecycleStatuses: ['REJECTED'] });
    expect(readListParams('?lifecycle=LOST', 'creditNotes').problems).toEqual({ lifecycle: 'state' });
  });

  it('reports at its field what a URL gives that the API would refuse', () => {
    const { problems, raw, params } = readListParams('?issuedFrom=2026-02-31&amountMax=12,5&states=PAID,NOPE&sort=DROP', 'invoices');
    expect(problems).toEqual({ issuedFrom: 'date', amountMax: 'amount', states: 'state' });
    expect(raw).toEqual({ issuedFrom: '2026-02-31', amountMax: '12,5' });
    expect(params.states).toEqual(['PAID']);
    expect(params.sort).toBeNull();
    // Credit notes have their own states and columns.
    expect(readListParams('?states=REFUNDED&sort=REFUND_DUE_ON', 'creditNotes').params).toMatchObject({ states: ['REFUNDED'], sort: { key: 'REFUND_DUE_ON' } });
    expect(readListParams('?states=OVERDUE', 'creditNotes').problems).toEqual({ states: 'state' });
  });

  it('reads amounts typed in euros as cents', () => {
    expect(parseEuros('120')).toBe(12000);
    expect(parseEuros('120,5')).toBe(12050);
    expect(parseEuros(' 1\u202f234,56 € ')).toBe(123456);
    expect(parseEuros('1234.56')).toBe(123456);
    expect(parseEuros('0')).toBe(0);
    for (const bad of ['', '-5', '12,345', 'abc', '1e3', '99999999999']) expect(parseEuros(bad)).toBeNull();
  });

  it('builds the gateway’s download URLs', () => {
    const params = { ...emptyParams('Q29tcGFueToyNA'), states: ['ISSUED'], sort: { key: 'NUMBER', descending: true }, after: 'ignored' };
    expect(exportUrl('invoices', params)).toBe('/exports/invoices.csv?companyId=Q29tcGFueToyNA&states=ISSUED&sort=NUMBER&direction=DESC');
    expect(exportUrl('creditNotes', { ...emptyParams(), scope: 'ALL_IN_REACH' })).toBe('/exports/credit-notes.csv?scope=ALL_IN_REACH');
    expect(zipUrl('invoices', ['a', 'b'])).toBe('/documents/invoices.zip?ids=a,b');
    expect(zipUrl('creditNotes', ['c'])).toBe('/documents/credit-notes.zip?ids=c');
  });

  it('writes VAT rates as each language does', () => {
    expect(formatVatRate(2000, 'fr')).toBe('20\u00a0%');
    expect(formatVatRate(550, 'fr')).toBe('5,5\u00a0%');
    expect(formatVatRate(2000, 'en')).toBe('20%');
  });
});

describe('the document list', () => {
  type Row = { id: string; number: string };
  const page = (rows: Row[], hasNext = false): DocumentPage<Row> => ({
    rows, totalCount: 45, totals: { exclVat: 100000, vat: 20000, inclVat: 120000 }, hasNext, endCursor: rows.at(-1)?.id ?? null,
  });
  const rows = [{ id: 'r1', number: 'F-2026-000001' }, { id: 'r2', number: 'F-2026-000002' }];

  function view(props: { search?: string; error?: CombinedError; page?: DocumentPage<Row> }) {
    const navigate = vi.fn<(url: string) => void>();
    const env: BillingEnv = { t: createTranslator(messages, 'fr'), locale: 'fr', navigate };
    const result = render(
      <BillingContext.Provider value={env}>
        <DocumentList<Row>
          kind="invoices"
          search={props.search ?? ''}
          columns={[{ key: 'NUMBER', label: 'N° de facture', sortable: true, render: (r) => r.number }]}
          page={'page' in props ? props.page : page(rows, true)}
          fetching={false}
          error={props.error}
          refetch={() => {}}
          canWidenScope={false}
          client={null}
        />
      </BillingContext.Provider>,
    );
    return { navigate, ...result };
  }

  it('shows the totals of the whole filtered list and the selection', () => {
    view({});
    const totals = screen.getByRole('region', { name: 'Totaux de la liste filtrée' });
    expect(within(totals).getByText('45')).toBeTruthy();
    expect(totals.textContent).toContain('Total TTC1\u202f200,00\u00a0€');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner F-2026-000002' }));
    expect(screen.getByText('1 facture(s) sélectionnée(s)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Exporter la liste (CSV)' }).getAttribute('href')).toBe('/exports/invoices.csv');
  });

  it('asks for a selection before downloading a ZIP', () => {
    view({});
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger la sélection' }));
    expect(screen.getByRole('alert').textContent).toContain('Cochez au moins un document');
  });

  it('checks the filters at their field, then puts them in the URL', () => {
    const { navigate } = view({});
    const from = screen.getByLabelText('Date d’émission, du');
    fireEvent.change(from, { target: { value: '32/01/2026' } });
    fireEvent.change(screen.getByLabelText('Montant TTC minimum'), { target: { value: 'dix' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Montant TTC minimum').getAttribute('aria-invalid')).toBe('true');
    expect(navigate).not.toHaveBeenCalled();
    fireEvent.change(from, { target: { value: '01/09/2026' } });
    fireEvent.change(screen.getByLabelText('Montant TTC minimum'), { target: { value: '10,5' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'En retard' }));
    fireEvent.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(navigate).toHaveBeenCalledWith('/facturation/factures?issuedFrom=2026-09-01&amountMin=1050&states=OVERDUE');
  });

  it('shows the server’s refusal of a filter at the field it names', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'La date de fin précède la date de début.', extensions: { code: 'DATE_RANGE_INVALID', field: ['filter', 'issuedTo'] } }],
    });
    view({ search: '?issuedFrom=2026-11-01&issuedTo=2026-10-01', error, page: undefined });
    const to = screen.getByLabelText('Date d’émission, au') as HTMLInputElement;
    expect(to.value).toBe('01/10/2026');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('La date de fin précède la date de début.')).toBeTruthy();
    // No list, and no endless spinner: what to do instead.
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Corrigez les filtres signalés pour afficher la liste.')).toBeTruthy();
  });

  it('shows a customer out of reach as not found, and none of the list', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Société introuvable.', extensions: { code: 'NOT_FOUND', field: ['companyId'] } }] });
    view({ search: '?client=Q29tcGFueTozMQ', error });
    expect(screen.getByRole('alert').textContent).toContain('Client introuvable');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('offers a retry when the portal does not answer', () => {
    view({ error: new CombinedError({ networkError: new Error('offline') }) });
    expect(screen.getByRole('alert').textContent).toContain('Le portail ne répond pas');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });

  it('sorts through the URL and pages forward and back by cursor', () => {
    const first = view({ search: '?states=ISSUED' });
    fireEvent.click(screen.getByRole('button', { name: /N° de facture/ }));
    expect(first.navigate).toHaveBeenLastCalledWith('/facturation/factures?states=ISSUED&sort=NUMBER&direction=ASC');
    fireEvent.click(screen.getByRole('button', { name: /Suivant/ }));
    expect(first.navigate).toHaveBeenLastCalledWith('/facturation/factures?states=ISSUED&after=r2');
    first.unmount();
    // Page 2 (after r2), then page 3 (after r4), then back to page 2 and to the first page.
    const second = view({ search: '?states=ISSUED&after=r2', page: page([{ id: 'r3', number: 'F3' }, { id: 'r4', number: 'F4' }], true) });
    fireEvent.click(screen.getByRole('button', { name: /Suivant/ }));
    expect(second.navigate).toHaveBeenLastCalledWith('/facturation/factures?states=ISSUED&after=r4');
    second.unmount();
    const third = view({ search: '?states=ISSUED&after=r4', page: page([{ id: 'r5', number: 'F5' }]) });
    fireEvent.click(screen.getByRole('button', { name: /Précédent/ }));
    expect(third.navigate).toHaveBeenLastCalledWith('/facturation/factures?states=ISSUED&after=r2');
    third.unmount();
    const back = view({ search: '?states=ISSUED&after=r2', page: page([{ id: 'r3', number: 'F3' }, { id: 'r4', number: 'F4' }], true) });
    fireEvent.click(screen.getByRole('button', { name: /Précédent/ }));
    expect(back.navigate).toHaveBeenLastCalledWith('/facturation/factures?states=ISSUED');
  });
});
