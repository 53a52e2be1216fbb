// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkbox, Select, TextArea, TextField } from './fields.js';

afterEach(cleanup);


describe('TextField', () => {
  it('is found by its label and reports what is typed', () => {
    const onChange = vi.fn();
    render(<TextField label="Adresse e-mail" name="email" type="email" value="" onChange={onChange} required />);
    const input = screen.getByLabelText(/Adresse e-mail/);
    expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toBe(input);
    expect(input.hasAttribute('required')).toBe(true);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    fireEvent.change(input, { target: { value: 'anne@exemple.fr' } });
    expect(onChange).toHaveBeenCalledWith('anne@exemple.fr');
  });

  it('shows its error, marks the input invalid and reads the hint and error with it', () => {
    render(
      <TextField
        label="SIRET"
        name="siret"
        value="123"
        onChange={() => {}}
        hint="14 chiffres"
        error="Le SIRET doit comporter 14 chiffres."
      />,
    );
    const input = screen.getByLabelText('SIRET');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The accessible description: the hint, then the error (its ⚠ icon is hidden).
    const described = screen.getByRole('textbox', { description: '14 chiffres Le SIRET doit comporter 14 chiffres.' });
    expect(described).toBe(input);
  });

  it('keeps two fields of the same name apart', () => {
    render(
      <>
        <TextField label="Nom du site" name="name" value="" onChange={() => {}} error="Obligatoire" />
        <TextField label="Nom du contact" name="name" value="" onChange={() => {}} />
      </>,
    );
    expect(screen.getByLabelText('Nom du site').id).not.toBe(screen.getByLabelText('Nom du contact').id);
  });
});

describe('TextArea', () => {
  it('is labelled, counts the characters left and links its error', () => {
    render(<TextArea label="Message" name="message" value="Bonjour" onChange={() => {}} maxLength={500} error="Trop court" locale="fr" />);
    const textarea = screen.getByRole('textbox', { name: 'Message', description: '493 caractère(s) restant(s) Trop court' });
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Select', () => {
  it('is labelled, offers its placeholder first and links its error', () => {
    const onChange = vi.fn();
    render(
      <Select
        label="Statut"
        name="status"
        value=""
        placeholder="Tous"
        options={[
          { value: 'PAID', label: 'Payée' },
          { value: 'DUE', label: 'À payer' },
        ]}
        onChange={onChange}
        error="Choisissez un statut"
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Statut', description: 'Choisissez un statut' });
    expect([...select.options].map((option) => option.text)).toEqual(['Tous', 'Payée', 'À payer']);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(select, { target: { value: 'DUE' } });
    expect(onChange).toHaveBeenCalledWith('DUE');
  });
});

describe('Checkbox', () => {
  it('is labelled (a link may be part of the label) and links its error', () => {
    const onChange = vi.fn();
    render(
      <Checkbox
        name="terms"
        label={
          <>
            J’accepte les <a href="/cgu">conditions d’utilisation</a>
          </>
        }
        checked={false}
        onChange={onChange}
        error="Vous devez accepter les conditions."
      />,
    );
    const box = screen.getByRole('checkbox', {
      name: 'J’accepte les conditions d’utilisation',
      description: 'Vous devez accepter les conditions.',
    });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
