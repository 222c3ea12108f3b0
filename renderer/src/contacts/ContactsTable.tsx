import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Contact, ContactSortKey } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { COLUMN_TRACKS, contactColumns, contactFeatures } from './contact-columns';
import { displayName } from '../shared/display-name';
import type { ContactQuery } from './use-contact-rows';

export const ROW_HEIGHT = 40;

type Props = {
  rowCount: number;
  rowAt: (index: number) => Contact | undefined;
  query: ContactQuery;
  selectedId: string | null;
  onSort: (sort: ContactSortKey, direction: 'asc' | 'desc') => void;
  onSelect: (contact: Contact) => void;
  onVisibleRange: (first: number, last: number) => void;
  // Column ids the person chose to hide (see ColumnPicker); none when absent.
  hidden?: ReadonlySet<string>;
  // With these, each row starts with a checkbox (the contacts list's selection actions).
  checked?: ReadonlySet<string>;
  // Every row ticked: "all N matching this search" was chosen.
  isAllChecked?: boolean;
  // `isRange`: shift was held, to tick every row from the last one ticked (use-selection.ts).
  onCheck?: (contact: Contact, isChecked: boolean, index: number, isRange: boolean, rowAt: (index: number) => Contact | undefined) => void;
};

const CHECK_TRACK = '2.5rem';

const NONE: ReadonlySet<string> = new Set();

// Pure view: TanStack Table for columns and sorting state, TanStack Virtual so only the rows on
// screen exist in the DOM whatever the list size.
export const ContactsTable = ({ rowCount, rowAt, query, selectedId, onSort, onSelect, onVisibleRange, hidden = NONE, checked = NONE, isAllChecked = false, onCheck }: Props) => {
  const { t, language } = useI18n();
  const clock = useClock();
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => contactColumns(t, language, clock).filter((column) => !hidden.has(column.id ?? '')), [t, language, clock, hidden]);
  // Rows are CSS grids (virtualised rows are absolutely placed): one track list for header and rows.
  const layout = useMemo(() => {
    const tracks = [
      ...(onCheck ? [{ track: CHECK_TRACK, min: 40 }] : []),
      ...columns.map((column) => COLUMN_TRACKS[column.id ?? ''] ?? { track: '120px', min: 120 }),
    ];
    return { grid: { gridTemplateColumns: tracks.map((c) => c.track).join(' ') }, minWidth: tracks.reduce((sum, c) => sum + c.min, 0) };
  }, [columns, onCheck]);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => onVisibleRange(first, last), [first, last, onVisibleRange]);

  const visible = items.map((item) => rowAt(item.index)).filter((c): c is Contact => c !== undefined);
  const sorting: SortingState = [{ id: query.sort, desc: query.direction === 'desc' }];
  const table = useTable({
    features: contactFeatures,
    columns,
    data: visible,
    getRowId: (contact) => contact.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const head = next[0];
      if (head) onSort(head.id as ContactSortKey, head.desc ? 'desc' : 'asc');
    },
  });
  const rowsById = new Map(table.getRowModel().rows.map((row) => [row.id, row]));

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="contacts-scroll">
      <table className="contacts-table" aria-rowcount={rowCount + 1} style={{ minWidth: layout.minWidth }}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="grid-row" style={layout.grid}>
              {onCheck && <th aria-hidden="true" />}
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        <span className="sort-label">
                          <table.FlexRender header={header} />
                        </span>
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const contact = rowAt(item.index);
            const row = contact ? rowsById.get(contact.id) : undefined;
            const position = { ...layout.grid, transform: `translateY(${item.start}px)` };
            if (!contact || !row) {
              return (
                <tr key={`placeholder-${item.index}`} className="grid-row placeholder" style={position} aria-rowindex={item.index + 2}>
                  {onCheck && <td />}
                  <td>{t('contacts.loading')}</td>
                </tr>
              );
            }
            return (
              <tr
                key={row.id}
                className="grid-row"
                style={position}
                aria-rowindex={item.index + 2}
                aria-selected={contact.id === selectedId}
                tabIndex={0}
                onClick={() => onSelect(contact)}
                onKeyDown={(event) => event.key === 'Enter' && onSelect(contact)}
              >
                {onCheck && (
                  <td className="select-cell" onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
                    <input
                      type="checkbox"
                      aria-label={t('selection.select', { name: displayName(contact) || contact.email || t('panel.noName') })}
                      checked={isAllChecked || checked.has(contact.id)}
                      onChange={(event) => onCheck(contact, event.target.checked, item.index, (event.nativeEvent as MouseEvent).shiftKey === true, rowAt)}
                    />
                  </td>
                )}
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
