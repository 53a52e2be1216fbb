// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createTranslator, missingTranslations } from '@portal/ui';
import { CompanyContext, sortRefusals, type CompanyEnv } from './context.js';
import { CheckGroup, withParams } from './kit.js';
import { messages } from './messages.js';
import { UsefulLinks } from './pages/CompanyInfo.js';
import { exportUrl, searchFromUrl } from './pages/CustomersPage.js';
import { siteInput } from './pages/SiteFields.js';

afterEach(cleanup);

function env(locale: 'fr' | 'en' = 'fr', url = '/entreprise'): CompanyEnv & { visited: string[] } {
  const [path, query = ''] = url.split('?');
  const visited: string[] = [];
  return {
    t: createTranslator(messages, locale),
    locale,
    path: path!,
    search: new URLSearchParams(query),
    viewer: { actingUniverse: 'RESELLER', universes: ['CLIENT', 'RESELLER'], permissions: [], user: { id: 'VXNlcjox', login: 'E-0000000010', company: { id: 'Q29tcGFueToxMA' } } },
    reloadViewer: () => {},
    notify: () => {},
    navigate: (to) => visited.push(to),
    visited,
  };
}

describe('company micro-frontend', () => {
  it('has every text in French and in English', () => {
    expect(missingTranslations(messages)).toEqual([]);
  });

  it('reads the customer search from the URL and exports the same search', () => {
    const search = new URLSearchParams('identifiant=44284&raisonSociale=m%C3%A9dit&du=2019-01-01&au=2019-12-31&statut=SARL,EI&etat=ACTIVE&tri=LEGAL_NAME&ordre=desc&apres=abc');
    expect(searchFromUrl(search)).toEqual({
      filter: { identifier: '44284', legalName: 'médit', createdFrom: '2019-01-01', createdTo: '2019-12-31', legalForms: ['SARL', 'EI'], states: ['ACTIVE'] },
      orderBy: { field: 'LEGAL_NAME', direction: 'DESC' },
      after: 'abc',
    });
    expect(searchFromUrl(new URLSearchParams(''))).toEqual({ filter: {}, orderBy: { field: 'IDENTIFIER', direction: 'ASC' }, after: null });
    const csv = new URL(exportUrl(search), 'http://x');
    expect(csv.pathname).toBe('/exports/customers.csv');
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      identifier: '44284', legalName: 'médit', createdFrom: '2019-01-01', createdTo: '2019-12-31', legalForms: 'SARL,EI', states: 'ACTIVE', sort: 'LEGAL_NAME', direction: 'DESC',
    });
  });

  it('changes URL parameters without losing the others', () => {
    const e = env('fr', '/entreprise/clients?identifiant=44284&apres=abc');
    expect(withParams(e, { apres: null, tri: 'STATE' })).toBe('/entreprise/clients?identifiant=44284&tri=STATE');
    expect(withParams(e, { identifiant: null, apres: null })).toBe('/entreprise/clients');
  });

  it('puts userErrors at their fields, nested paths included, and the rest aside', () => {
    const errors = [
      { code: 'IBAN_INVALID', message: 'IBAN invalide : vérifiez la saisie (clé de contrôle).', field: ['input', 'headOffice', 'iban'] },
      { code: 'EMAIL_INVALID', message: "L'adresse e-mail n'est pas valide.", field: ['input', 'administrator', 'email'] },
      { code: 'FORBIDDEN', message: 'Interdit.', field: null },
    ];
    expect(sortRefusals(env('fr'), errors, ['headOffice.iban', 'administrator.email'])).toEqual({
      fields: { 'headOffice.iban': 'IBAN invalide : vérifiez la saisie (clé de contrôle).', 'administrator.email': "L'adresse e-mail n'est pas valide." },
      form: ['Interdit.'],
    });
    // English: the code's text when known, else the gateway's message.
    expect(sortRefusals(env('en'), errors, ['headOffice.iban']).fields['headOffice.iban']).toMatch(/Invalid IBAN/);
  });

  it('sends every given site field on creation and only the changes on update', () => {
    const values = { name: 'Site de Lyon', addressLine1: '1 rue A', addressLine2: '', postalCode: '69001', city: 'Lyon', country: 'FR', paymentMethod: '', iban: ' FR76 ', bic: '', sepaMandateReference: '' };
    expect(siteInput(values)).toEqual({ name: 'Site de Lyon', addressLine1: '1 rue A', postalCode: '69001', city: 'Lyon', country: 'FR', iban: 'FR76' });
    expect(siteInput(values, '', undefined, false)).toEqual({ name: 'Site de Lyon', addressLine1: '1 rue A', postalCode: '69001', city: 'Lyon', country: 'FR' });
    const before = { ...values, addressLine2: 'Bâtiment B', iban: 'FR76' };
    expect(siteInput({ ...values, city: 'Villeurbanne' }, '', before)).toEqual({ city: 'Villeurbanne', addressLine2: null });
  });

  it('links the liens utiles of a customer to its lists, ordering once the ordering area is published', () => {
    const map = document.createElement('script');
    map.type = 'overridable-importmap';
    map.textContent = JSON.stringify({ imports: { '@portal/mfe-orders': '/static/mfe/mfe-orders/0.1.0/mfe-orders.js' } });
    document.head.append(map);
    render(
      <CompanyContext.Provider value={env()}>
        <UsefulLinks client="Q29tcGFueTo0NDI4NA" links={{ orderUrl: 'http://portal.test/commandes/nouvelle?client=OIP-00044284', invoiceCount: 3, creditNoteCount: 0, contractedOfferCount: 3, serviceCount: null }} />
      </CompanyContext.Provider>,
    );
    const href = (name: RegExp) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href(/Voir les offres contractées/)).toBe('/offres?client=Q29tcGFueTo0NDI4NA');
    expect(href(/Consultation des factures/)).toBe('/facturation/factures?client=Q29tcGFueTo0NDI4NA');
    expect(href(/Consultation des avoirs/)).toBe('/facturation/avoirs?client=Q29tcGFueTo0NDI4NA');
    // The ordering area is published: "Commander pour mon client" opens its catalogue in this portal.
    expect(href(/Commander pour mon client/)).toBe('/commandes/nouvelle?client=OIP-00044284');
    // No right to read the services: no link to them.
    expect(screen.queryByRole('link', { name: /services/ })).toBeNull();
    map.remove();
  });

  it('shows no ordering link while the ordering area is not published', () => {
    render(
      <CompanyContext.Provider value={env()}>
        <UsefulLinks links={{ orderUrl: 'http://portal.test/commandes/nouvelle?client=OIP-00000024', invoiceCount: 3, creditNoteCount: 0, contractedOfferCount: 3, serviceCount: null }} />
      </CompanyContext.Provider>,
    );
    expect(screen.queryByRole('link', { name: /Ma e-boutique/ })).toBeNull();
  });

  it('navigates inside the portal on a plain click only', () => {
    const e = env();
    render(
      <CompanyContext.Provider value={e}>
        <UsefulLinks links={{ orderUrl: 'http://x/', invoiceCount: 1, creditNoteCount: null, contractedOfferCount: null, serviceCount: null }} />
      </CompanyContext.Provider>,
    );
    const link = screen.getByRole('link', { name: /Consultation des factures/ });
    fireEvent.click(link, { ctrlKey: true });
    expect(e.visited).toEqual([]);
    fireEvent.click(link);
    expect(e.visited).toEqual(['/facturation/factures']);
  });

  it('groups check boxes under a legend', () => {
    let value: string[] = ['SARL'];
    render(
      <CompanyContext.Provider value={env()}>
        <CheckGroup legend="Statut juridique" name="statut" options={[{ value: 'SARL', label: 'SARL' }, { value: 'EI', label: 'EI' }]} value={value} onChange={(v) => (value = v)} error="Choisissez" />
      </CompanyContext.Provider>,
    );
    const group = screen.getByRole('group', { name: 'Statut juridique' });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'EI' }));
    expect(value).toEqual(['SARL', 'EI']);
  });
});
