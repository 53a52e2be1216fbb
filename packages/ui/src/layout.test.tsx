// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Alert } from './Alert.js';
import { DefinitionList, Page, Section } from './layout.js';
import { Spinner } from './Spinner.js';

afterEach(cleanup);

describe('Page, Section and DefinitionList', () => {
  it('give the page its h1, each section an h2 naming a region, and read empty values', () => {
    render(
      <Page title="Mon entreprise" actions={<button type="button">Modifier</button>}>
        <Section title="Informations">
          <DefinitionList
            locale="fr"
            items={[
              { term: 'Raison sociale', value: 'Exemple SA' },
              { term: 'TVA intracommunautaire', value: null },
            ]}
          />
        </Section>
      </Page>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Mon entreprise' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Informations' })).toBeTruthy();
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['Exemple SA', '—Non renseigné']);
    expect(screen.getByText('Non renseigné').className).toBe('pui-sr-only');
  });
});

describe('Alert and Spinner', () => {
  it('announce errors at once and the rest politely', () => {
    render(
      <>
        <Alert tone="error" title="Paiement refusé">
          Vérifiez votre IBAN.
        </Alert>
        <Alert tone="success">Commande enregistrée.</Alert>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('⚠Paiement refuséVérifiez votre IBAN.');
    expect(screen.getByRole('status').textContent).toBe('✓Commande enregistrée.');
  });

  it('names what is loading', () => {
    render(<Spinner label="Chargement des factures" />);
    expect(screen.getByRole('status').textContent).toBe('Chargement des factures');
  });
});
