// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn, type SortState } from './DataTable.js';
import { formatAmount } from './format.js';

afterEach(cleanup);

interface Invoice {
  number: string;
  amount: number;
}

const invoices: Invoice[] = [
  { number: 'F-2026-001', amount: 123456 },
  { number: 'F-2026-002', amount: 9900 },
];

const columns: DataTableColumn<Invoice>[] = [
  { key: 'number', label: 'Numéro', sortable: true, render: (invoice) => invoice.number },
  { key: 'amount', label: 'Montant TTC', sortable: true, align: 'end', render: (invoice) => formatAmount(invoice.amount) },
  { key: 'status', label: 'Statut', render: () => 'Payée' },
];

function SortedInvoices({ onSortChange }: { onSortChange(sort: SortState): void }) {
  const [sort, setSort] = useState<SortState | null>(null);
  return (
    <DataTable
      caption="Factures"
      columns={columns}
      rows={invoices}
      rowKey={(invoice) => invoice.number}
      sort={sort}
      onSortChange={(next) => {
        onSortChange(next);
        setSort(next);
      }}
      locale="fr"
    />
  );
}

describe('DataTable', () => {
  it('is a table named by its caption', () => {
    render(<DataTable caption="Factures" hideCaption columns={columns} rows={invoices} rowKey={(i) => i.number} locale="fr" />);
    const table = screen.getByRole('table', { name: 'Factures' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Statut' })).toBeTruthy();
  });

  it('sorts by clicking a column header: ascending first, then reversed', () => {
    const onSortChange = vi.fn();
    render(<SortedInvoices onSortChange={onSortChange} />);
    const header = () => screen.getByRole('columnheader', { name: 'Montant TTC' });
    expect(header().getAttribute('aria-sort')).toBeNull();

    fireEvent.click(within(header()).getByRole('button', { name: 'Montant TTC' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'amount', descending: false });
    expect(header().getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: 'Montant TTC' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'amount', descending: true });
    expect(header().getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: 'Numéro' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'number', descending: false });
    expect(header().getAttribute('aria-sort')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Numéro' }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('has header buttons a keyboard reaches and presses', () => {
    render(<SortedInvoices onSortChange={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Numéro' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
    // Not sortable: a plain header, no button.
    expect(screen.queryByRole('button', { name: 'Statut' })).toBeNull();
  });

  it('says so when there is no row, and shows a spinner while loading', () => {
    const { rerender } = render(<DataTable caption="Factures" columns={columns} rows={[]} rowKey={(i) => i.number} locale="fr" />);
    expect(screen.getByRole('cell', { name: 'Aucun résultat' }).getAttribute('colspan')).toBe('3');
    rerender(<DataTable caption="Factures" columns={columns} rows={[]} rowKey={(i) => i.number} empty="Aucune facture" locale="fr" />);
    expect(screen.getByText('Aucune facture')).toBeTruthy();
    rerender(<DataTable caption="Factures" columns={columns} rows={[]} rowKey={(i) => i.number} loading locale="en" />);
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('selects rows with checkboxes labelled by the row, and all rows at once', () => {
    function Selectable() {
      const [selected, setSelected] = useState(new Set<string>());
      return (
        <DataTable
          caption="Factures"
          columns={columns}
          rows={invoices}
          rowKey={(invoice) => invoice.number}
          selection={{ selected, onChange: setSelected }}
          locale="fr"
        />
      );
    }
    render(<Selectable />);
    const all = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Tout sélectionner' });
    const first = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Sélectionner F-2026-001' });
    const second = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Sélectionner F-2026-002' });

    fireEvent.click(first);
    expect(first.checked).toBe(true);
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);

    fireEvent.click(all);
    expect([all.checked, first.checked, second.checked]).toEqual([true, true, true]);
    expect(all.indeterminate).toBe(false);

    fireEvent.click(all);
    expect([all.checked, first.checked, second.checked]).toEqual([false, false, false]);
  });
});
