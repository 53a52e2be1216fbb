import { TableScroll } from './TableScroll.js';
import { useId, type ReactNode } from 'react';
import type { Locale } from './i18n.js';
import { uiText } from './messages.js';
import { Spinner } from './Spinner.js';
import { cx } from './util.js';

export interface SortState {
  key: string;
  descending: boolean;
}

export interface DataTableColumn<Row> {
  key: string;
  label: string;
  sortable?: boolean;
  /** 'end' for amounts and numbers. */
  align?: 'start' | 'end';
  render(row: Row): ReactNode;
}

export interface DataTableSelection {
  selected: Set<string>;
  onChange(next: Set<string>): void;
}

export interface DataTableProps<Row> {
  /** Names the table for screen readers; shown above it unless `hideCaption`. */
  caption: string;
  hideCaption?: boolean;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** The current order. The table does not sort: it asks `onSortChange` (the server sorts). */
  sort?: SortState | null;
  onSortChange?(sort: SortState): void;
  loading?: boolean;
  /** Shown instead of rows when there are none; default "Aucun résultat". */
  empty?: ReactNode;
  /** Row checkboxes by rowKey, and a select-all box for the rows shown. */
  selection?: DataTableSelection;
  locale?: Locale;
}

const markers = { ascending: '↑', descending: '↓', none: '↕' } as const;

/**
 * A table with sortable column headers (buttons; the sorted one carries aria-sort and ↑/↓, the
 * others ↕), a loading state (aria-busy), an empty state and optional row selection.
 * Clicking the sorted column reverses it; another column sorts ascending first.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rows, rowKey, sort, onSortChange, loading = false, selection, locale } = props;
  const t = uiText(locale);
  const tableId = useId().replace(/[^\w-]/g, '');
  const selectLabelId = `${tableId}-select`;
  const keys = rows.map(rowKey);
  const selectedShown = selection ? keys.filter((key) => selection.selected.has(key)).length : 0;
  const allSelected = keys.length > 0 && selectedShown === keys.length;
  const someSelected = selectedShown > 0 && !allSelected;
  const columnCount = columns.length + (selection ? 1 : 0);

  function toggleAll() {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const key of keys) {
      if (allSelected) next.delete(key);
      else next.add(key);
    }
    selection.onChange(next);
  }

  function toggleRow(key: string) {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    selection.onChange(next);
  }

  function header(column: DataTableColumn<Row>) {
    const className = cx('pui-table__header', column.align === 'end' && 'pui-cell--end');
    if (!column.sortable || !onSortChange) {
      return (
        <th key={column.key} scope="col" className={className}>
          {column.label}
        </th>
      );
    }
    const direction = sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none';
    const next: SortState = { key: column.key, descending: direction === 'ascending' };
    return (
      <th key={column.key} scope="col" className={className} aria-sort={direction === 'none' ? undefined : direction}>
        <button type="button" className="pui-sort" onClick={() => onSortChange(next)}>
          {column.label}
          <span className={cx('pui-sort__marker', direction !== 'none' && 'pui-sort__marker--active')} aria-hidden="true">
            {markers[direction]}
          </span>
        </button>
      </th>
    );
  }

  let body: ReactNode;
  if (rows.length === 0) {
    body = (
      <tr className="pui-table__message">
        <td colSpan={columnCount}>{loading ? <Spinner labelVisible locale={locale} /> : (props.empty ?? t('empty'))}</td>
      </tr>
    );
  } else {
    body = rows.map((row, index) => {
      const key = keys[index] as string;
      const selected = selection?.selected.has(key) ?? false;
      return (
        <tr key={key} className={cx(selected && 'pui-table__row--selected')}>
          {selection && (
            <td className="pui-table__select">
              <input
                type="checkbox"
                checked={selected}
                onChange={() => toggleRow(key)}
                aria-labelledby={`${selectLabelId} ${tableId}-${index}`}
              />
            </td>
          )}
          {columns.map((column, columnIndex) => (
            <td
              key={column.key}
              id={columnIndex === 0 ? `${tableId}-${index}` : undefined}
              className={cx(column.align === 'end' && 'pui-cell--end')}
            >
              {column.render(row)}
            </td>
          ))}
        </tr>
      );
    });
  }

  return (
    <TableScroll label={caption}>
      <table className={cx('pui-table', loading && 'pui-table--loading')} aria-busy={loading || undefined}>
        <caption className={props.hideCaption ? 'pui-sr-only' : 'pui-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="pui-table__select">
                <span id={selectLabelId} hidden>
                  {t('selectRow')}
                </span>
                <input
                  type="checkbox"
                  aria-label={t('selectAll')}
                  checked={allSelected}
                  disabled={keys.length === 0}
                  ref={(input) => {
                    if (input) input.indeterminate = someSelected;
                  }}
                  onChange={toggleAll}
                />
              </th>
            )}
            {columns.map(header)}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </TableScroll>
  );
}
