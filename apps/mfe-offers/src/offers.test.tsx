// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { addMonthsClamped, createTranslator, isCalendarDate, missingTranslations } from '@portal/ui';

const { query, mutate } = vi.hoisted(() => ({ query: vi.fn(), mutate: vi.fn() }));
vi.mock('@portal/graphql-client', async () => {
  // The pure helpers as they are (problemsOf, refusalText); the requests and the session are the test's.
  const { problemsOf, refusalText } = await vi.importActual<typeof import('../../../packages/graphql-client/src/problems.js')>('../../../packages/graphql-client/src/problems.js');
  return { query, mutate, problemsOf, refusalText, onViewerChange: () => () => {}, loadDraft: () => null, saveDraft: () => {}, clearDraft: () => {}, isSessionEnded: () => false };
});

import { routeOf } from './App.js';
import { OffersContext, type OffersEnv } from './context.js';
import { exportUrl, listUrl, listVariables, parseListState } from './listState.js';
import { messages } from './messages.js';
import { ListPage } from './pages/ListPage.js';
import { TerminatePage } from './pages/TerminatePage.js';
import { bulkIds } from './pages/BulkTerminatePage.js';

const navigate = vi.fn();
const env: OffersEnv = { t: createTranslator(messages, 'fr'), locale: 'fr', navigate, reloadKey: 0 };
const view = (ui: React.ReactNode) => render(<OffersContext.Provider value={env}>{ui}</OffersContext.Provider>);

beforeEach(() => {
  query.mockReset();
  mutate.mockReset();
  navigate.mockReset();
});
afterEach(cleanup);

describe('offers micro-frontend: rules and URLs', () => {
  it('has every text in French and in English', () => {
    expect(missingTranslations(messages)).toEqual([]);
  });

  it('routes the paths of the area', () => {
    expect(routeOf('/offres')).toEqual({ page: 'list' });
    expect(routeOf('/offres/')).toEqual({ page: 'list' });
    expect(routeOf('/offres/resiliation')).toEqual({ page: 'bulk' });
    expect(routeOf('/offres/Q29udHJhY3RlZE9mZmVyOjE')).toEqual({ page: 'detail', id: 'Q29udHJhY3RlZE9mZmVyOjE' });
    expect(routeOf('/offres/Q29udHJhY3RlZE9mZmVyOjE/resiliation')).toEqual({ page: 'terminate', id: 'Q29udHJhY3RlZE9mZmVyOjE' });
  });

  it('adds the notice to the desired date, clamped to the month end, as the server does', () => {
    expect(addMonthsClamped('2019-04-29', 1)).toBe('2019-05-29'); // the source's example
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsClamped('2026-12-15', 0)).toBe('2026-12-15');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('keeps filters, sort and cursor in the URL, and exports with the same filters', () => {
    const state = parseListState('?client=Q29tcGFueTo0&reference=OC15&states=DELIVERED,BOGUS&sort=REFERENCE&direction=DESC&after=abc&deliveredFrom=2018-01-01');
    expect(state.client).toBe('Q29tcGFueTo0');
    expect(state.states).toEqual(['DELIVERED']);
    expect(state.sort).toEqual({ key: 'REFERENCE', descending: true });
    expect(listUrl(state)).toBe('/offres?client=Q29tcGFueTo0&reference=OC15&deliveredFrom=2018-01-01&states=DELIVERED&sort=REFERENCE&direction=DESC&after=abc');
    expect(exportUrl(state)).toBe('/exports/contracted-offers.csv?companyId=Q29tcGFueTo0&reference=OC15&deliveredFrom=2018-01-01&states=DELIVERED&sort=REFERENCE&direction=DESC');
    expect(listVariables(state, 50)).toMatchObject({
      first: 50, after: 'abc', clientId: 'Q29tcGFueTo0', withClient: true,
      filter: { companyId: 'Q29tcGFueTo0', reference: 'OC15', deliveredFrom: '2018-01-01', states: ['DELIVERED'] },
      orderBy: { field: 'REFERENCE', descending: true },
    });
    expect(parseListState('?sort=DROP_TABLE').sort).toBeNull();
    expect(bulkIds('?oc=a&oc=b&oc=a&oc=')).toEqual(['a', 'b']);
  });
});

const oc = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `oc${n}`, reference: `OC${n}`, name: 'Numéro - Géographique', salesAdminName: n === 1 ? null : 'Charlotte M.', orderReference: n === 1 ? null : 'COM1',
  orderType: 'CREATION', deliveredOn: '2018-05-29', state: 'DELIVERED', endCustomer: { id: 'c1', legalName: 'Société Méditerranéenne' },
  billingAccount: { id: 'c1', legalName: 'Société Méditerranéenne' }, site: { id: 's1', name: 'AIX-EN-PROVENCE' }, ...extra,
});

describe('the OC list', () => {
  it('shows the source columns, sortable, with "Détail >" and the selection for a bulk termination', async () => {
    query.mockResolvedValue({
      data: { company: { id: 'c1', legalName: 'Société Méditerranéenne', reference: 'OIP-00044284', number: 44284 }, contractedOffers: { totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: 'x' }, edges: [{ node: oc(1) }, { node: oc(2) }] } },
      error: undefined,
    });
    view(<ListPage search="?client=c1" />);
    await screen.findByText('OC2');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Offres contractées de Société Méditerranéenne');
    const table = screen.getByRole('table', { name: 'Liste des offres contractées' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent?.replace(/[↕↑↓]/g, ''));
    expect(headers.slice(1)).toEqual(['Pilote ADV', 'Réf.', 'Nom', 'Réf. commande', 'Client final', 'Compte client', 'Site', 'Date de livraison', 'État', 'Type commande', 'Action']);
    expect(within(table).getAllByRole('button').length).toBe(10); // every column but Action sorts
    expect(within(table).getByText('Aucun')).toBeTruthy();
    expect(within(table).getByText('Aucune')).toBeTruthy();
    expect(within(table).getAllByText('29/05/2018').length).toBe(2);
    expect(within(table).getByRole('link', { name: /Détail > de l'offre OC2/ }).getAttribute('href')).toBe('/offres/oc2');
    expect(screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe('/exports/contracted-offers.csv?companyId=c1');
    expect(query.mock.calls[0]![1]).toMatchObject({ first: 50, filter: { companyId: 'c1' }, withClient: true });

    fireEvent.click(within(table).getByRole('button', { name: 'Réf.' }));
    expect(navigate).toHaveBeenLastCalledWith('/offres?client=c1&sort=REFERENCE&direction=ASC');

    fireEvent.click(screen.getByRole('checkbox', { name: /OC2/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Résilier la sélection (1)' }));
    expect(navigate).toHaveBeenLastCalledWith('/offres/resiliation?oc=oc2&client=c1');
  });

  it('offers no selection to whom may not terminate the customer\'s OCs', async () => {
    query.mockResolvedValue({
      data: { company: { id: 'c1', legalName: 'Client', reference: 'OIP-1', number: 1, viewerPermissions: ['OFFERS_READ'] }, viewer: { permissions: ['OFFERS_READ'] }, contractedOffers: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: 'x' }, edges: [{ node: oc(3) }] } },
      error: undefined,
    });
    view(<ListPage search="?client=c1" />);
    await screen.findByText('OC3');
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Résilier la sélection/ })).toBeNull();
  });

  it('shows a refused filter at its field and an empty list explicitly', async () => {
    query.mockResolvedValueOnce({
      data: undefined,
      error: { graphQLErrors: [{ message: 'La date de fin précède la date de début.', extensions: { code: 'DATE_RANGE_INVALID', field: ['filter', 'deliveredTo'] } }] },
    });
    const { unmount } = view(<ListPage search="?deliveredFrom=2020-01-01&deliveredTo=2019-01-01" />);
    const to = await screen.findByLabelText('Livrée jusqu\'au');
    await vi.waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('La date de fin précède la date de début.')).toBeTruthy();
    unmount();

    query.mockResolvedValueOnce({ data: { contractedOffers: { totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null }, edges: [] } }, error: undefined });
    view(<ListPage search="?reference=ZZZ" />);
    await screen.findByText('Aucune offre contractée ne correspond à ces filtres.');
  });
});

const detail = {
  contractedOffer: {
    ...oc(7), activatedOn: '2018-05-29', commitmentEndsOn: '2019-05-29', terminatedOn: null, noticePeriodMonths: 1, monthlyPriceCents: 2500,
    billingAccount: { id: 'c1', legalName: 'Société Méditerranéenne', viewerPermissions: ['OFFERS_TERMINATE'] },
    site: { id: 's1', name: 'AIX-EN-PROVENCE', addressLine1: '1 rue', addressLine2: null, postalCode: '13100', city: 'Aix' },
    offer: { code: 'NUM-GEO', name: 'Numéro - Géographique', commitmentMonths: 0, earlyTerminationPolicy: 'NONE', earlyTerminationSharePercent: 0, lastPeriodPolicy: 'FULL_PERIOD_DUE', hasEquipment: false },
    services: [], orders: [], termination: null,
  },
};

describe('the termination form', () => {
  it('shows the server refusal of a past date at the date field, then the exact cost of a valid date', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      query.mockImplementation(async (_doc: unknown, vars: { id?: string; input?: { desiredOn: string } }) => {
        if (vars.id) return { data: detail, error: undefined };
        if (vars.input!.desiredOn < '2026-11-23') {
          return { data: { contractedOfferTerminationQuote: [{ contractedOffer: null, error: { code: 'DESIRED_DATE_IN_PAST', message: "La date souhaitée est passée : la résiliation se demande pour aujourd'hui ou une date à venir.", field: ['input', 'desiredOn'] }, warningCodes: [], upcomingInvoices: [], remainingToPay: null, existingTermination: null, closingInvoice: null, creditNote: null, equipmentReturn: null, noticePeriodMonths: null, effectiveOn: null, desiredOn: null, earlyTerminationFeeCents: null }] }, error: undefined };
        }
        return {
          data: { contractedOfferTerminationQuote: [{
            contractedOffer: { id: 'oc7', reference: 'OC7', name: 'Numéro', state: 'DELIVERED' }, error: null, desiredOn: vars.input!.desiredOn, effectiveOn: '2027-01-15', noticePeriodMonths: 1,
            earlyTerminationFeeCents: 0, existingTermination: null, equipmentReturn: null, creditNote: null, warningCodes: ['STARTED_MONTH_DUE'],
            upcomingInvoices: [{ issuedOn: '2026-12-01', periodStart: '2026-12-01', periodEnd: '2026-12-31', totalExclVatCents: 300, totalVatCents: 60, totalInclVatCents: 360, refundDueOn: null, lines: [] }],
            remainingToPay: { totalExclVatCents: 600, totalVatCents: 120, totalInclVatCents: 720 },
            closingInvoice: { totalExclVatCents: 300, totalVatCents: 60, totalInclVatCents: 360, refundDueOn: null, lines: [{ lineKind: 'RECURRING', label: 'Numéro - Géographique — janvier 2027', periodStart: '2027-01-01', periodEnd: '2027-01-31', totalExclVatCents: 300, vatCents: 60, vatRateBasisPoints: 2000 }] },
          }] },
          error: undefined,
        };
      });
      view(<TerminatePage id="oc7" />);
      const date = await screen.findByLabelText(/Date de résiliation souhaitée/, { selector: 'input' });
      screen.getByText('Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.');
      fireEvent.change(date, { target: { value: '2026-11-01' } });
      await act(() => vi.advanceTimersByTimeAsync(300));
      await vi.waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
      screen.getByText("La date souhaitée est passée : la résiliation se demande pour aujourd'hui ou une date à venir.");

      fireEvent.change(date, { target: { value: '2026-12-15' } });
      await act(() => vi.advanceTimersByTimeAsync(300));
      await screen.findByRole('table', { name: 'Facture de clôture' });
      expect(date.getAttribute('aria-invalid')).toBeNull();
      expect(document.getElementById('oc-effective')!.textContent).toBe('15/01/2027');
      expect(screen.getAllByText(/^3,60\s€$/).length).toBeGreaterThan(0);
      // The regular invoice of December still comes before the end of service, and the total says so.
      within(screen.getByRole('table', { name: "Factures régulières à venir jusqu'à la fin du service : 1" })).getByText('01/12/2026');
      expect(screen.getByText("Restant à payer jusqu'à la fin du service (TTC)").nextElementSibling!.textContent).toMatch(/^7,20\s€$/);

      fireEvent.click(screen.getByRole('button', { name: /Continuer/ }));
      const dialog = await screen.findByRole('dialog', { name: 'Confirmer la résiliation' });
      mutate.mockResolvedValue({ data: { contractedOfferTerminate: { contractedOffer: { id: 'oc7', state: 'TERMINATION_REQUESTED' }, termination: { id: 't', state: 'REQUESTED', desiredOn: '2026-12-15', effectiveOn: '2027-01-15' }, userErrors: [] } }, error: undefined });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Confirmer la résiliation' }));
      await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/offres/oc7'));
      expect(mutate.mock.calls[0]![1]).toMatchObject({ input: { contractedOfferId: 'oc7', desiredOn: '2026-12-15', comments: null } });
      expect(typeof mutate.mock.calls[0]![1].input.idempotencyKey).toBe('string');
    } finally {
      vi.useRealTimers();
    }
  });
});
