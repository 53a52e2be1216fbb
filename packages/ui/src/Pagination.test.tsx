// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pagination } from './Pagination.js';

afterEach(cleanup);

/** 45 invoices, 20 a page. */
function Invoices() {
  const [page, setPage] = useState(0);
  const pages = 3;
  return (
    <Pagination
      totalCount={45}
      shown={page === pages - 1 ? 5 : 20}
      hasPrevious={page > 0}
      hasNext={page < pages - 1}
      onPrevious={() => setPage(page - 1)}
      onNext={() => setPage(page + 1)}
      locale="fr"
    />
  );
}

describe('Pagination', () => {
  it('is a named navigation with a polite summary; previous is disabled on the first page', () => {
    render(<Invoices />);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeTruthy();
    expect(screen.getByText('20 affiché(s) sur 45').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Précédent' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Suivant' }).disabled).toBe(false);
  });

  it('calls onNext and onPrevious', () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    render(<Pagination totalCount={45} shown={20} hasNext hasPrevious onNext={onNext} onPrevious={onPrevious} locale="fr" />);
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    fireEvent.click(screen.getByRole('button', { name: 'Précédent' }));
    expect([onNext.mock.calls.length, onPrevious.mock.calls.length]).toEqual([1, 1]);
  });

  it('hands the focus to "previous" when "next" reaches the last page', () => {
    render(<Invoices />);
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Suivant' });
    next.focus();
    fireEvent.click(next);
    fireEvent.click(next);
    expect(next.disabled).toBe(true);
    expect(screen.getByText('5 affiché(s) sur 45')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Précédent' }));
  });

  it('takes its words from the locale, or from labels', () => {
    const { rerender } = render(
      <Pagination totalCount={1234} shown={20} hasNext hasPrevious={false} onNext={() => {}} onPrevious={() => {}} locale="en" />,
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    expect(screen.getByText('20 of 1,234 shown')).toBeTruthy();
    rerender(
      <Pagination
        totalCount={1234}
        shown={20}
        hasNext
        hasPrevious={false}
        onNext={() => {}}
        onPrevious={() => {}}
        locale="fr"
        labels={{ next: 'Factures suivantes', navigation: 'Pages de factures' }}
      />,
    );
    expect(screen.getByRole('navigation', { name: 'Pages de factures' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Factures suivantes' })).toBeTruthy();
    // Grouped as fr-FR writes it, with a narrow no-break space.
    expect(screen.getByRole('navigation').querySelector('p')?.textContent).toBe('20 affiché(s) sur 1\u202f234');
  });
});
