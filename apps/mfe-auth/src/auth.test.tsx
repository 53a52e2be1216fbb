// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createTranslator, missingTranslations } from '@portal/ui';
import { AuthContext, safeNext } from './context.js';
import { messages } from './messages.js';
import { PasswordChecklist } from './pages/PasswordChecklist.js';

describe('auth micro-frontend', () => {
  it('has every text in French and in English', () => {
    expect(missingTranslations(messages)).toEqual([]);
  });

  it('only follows `next` within the portal', () => {
    expect(safeNext('?next=/offres?x=1')).toBe('/offres?x=1');
    expect(safeNext('?next=//evil.example/x')).toBe('/entreprise');
    expect(safeNext('?next=https://evil.example')).toBe('/entreprise');
    expect(safeNext('?next=/auth/login')).toBe('/entreprise');
    expect(safeNext('')).toBe('/entreprise');
  });

  it('shows the password rules live, as the server checks them', () => {
    const env = { t: createTranslator(messages, 'fr'), locale: 'fr' as const, navigate: () => {}, next: () => '/' };
    const view = (password: string, confirmation: string) =>
      render(<AuthContext.Provider value={env}><PasswordChecklist password={password} confirmation={confirmation} login="" /></AuthContext.Provider>);
    const { unmount } = view('abc', '');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-met'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    unmount();
    view('Cerf-volant-9', 'Cerf-volant-9');
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-met'))).toEqual(['true', 'true', 'true', 'true', 'true']);
  });
});
