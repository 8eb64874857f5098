import { memo, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable } from '@tanstack/react-table';
import type { Row, SortingState, TableMeta } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RankedRow } from './queue-model';
import { queueColumns } from './queue-columns';
import { useQueueDrag } from './use-queue-drag';
import { useRowDensity } from '../../app/row-density';

/** Fixed row height (px): known heights let the virtualizer skip measuring 10,000 rows. */
export const QUEUE_ROW_HEIGHT = 32;
/** The row height with compact rows (app.css, `.app--compact .queue-row`). */
const COMPACT_ROW_HEIGHT = 26;

type Props = {
  /** Every queued row, in the default order. Changes with the data and the clock, not with typing. */
  rows: RankedRow[];
  /** The rows the filter keeps (a subset of `rows`, the same objects); `rows` itself when unfiltered. */
  shown: RankedRow[];
  meta: TableMeta<RankedRow>;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Open the job panel (Enter on the selected row, double-click). */
  onOpen?: (id: string) => void;
  emptyText: string;
};

const SORT_ARIA = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The queue as an ARIA table whose body is virtualised: only the rows in view (plus a small
 * overscan) are in the DOM, so 10,000 jobs scroll as smoothly as 10. Divs with table roles rather
 * than <table>, because absolutely positioned rows break native table layout.
 */
export function QueueTable({ rows, shown, meta, sorting, onSortingChange, selectedId, onSelect, onOpen, emptyText }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);

  // TanStack Table and Virtual return fresh functions each render by design; the React Compiler
  // lint rule flags that, and memoisation here would be wrong, so this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const table = useReactTable({
    data: rows,
    columns: queueColumns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    meta,
  });
  // TanStack gets every row and keeps its row model (10,000 Row objects, sorted) until the data,
  // the clock or the sort changes. The filter is applied afterwards with a plain pass over that
  // model: handing TanStack the filtered array instead rebuilt all the Row objects on every
  // keystroke, which was most of the filter's script time at 10,000 jobs.
  const model = table.getRowModel();
  const allRows = model.rows;
  const tableRows = useMemo(() => {
    if (shown === rows) return allRows;
    // In the default order the model is in the order of `rows`, of which `shown` keeps a part in
    // order: look the kept rows up instead of walking all 10,000.
    if (sorting.length === 0) return shown.map((r) => model.rowsById[r.id]!);
    const keep = new Set(shown);
    return allRows.filter((r) => keep.has(r.original));
  }, [model, allRows, rows, shown, sorting]);

  // Rows drag onto the board. Every row, so the drag's lookup is not rebuilt per keystroke.
  useQueueDrag(scrollRef, allRows);

  const rowHeight = useRowDensity() === 'compact' ? COMPACT_ROW_HEIGHT : QUEUE_ROW_HEIGHT;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => tableRows[index]?.id ?? index,
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keyboard path: Enter opens the selected job; `A` is the global assign command.
    if (event.key === 'Enter' && selectedId && onOpen && event.target === event.currentTarget) {
      event.preventDefault();
      onOpen(selectedId);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const current = tableRows.findIndex((r) => r.id === selectedId);
    const next = Math.min(tableRows.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    const row = tableRows[next];
    if (!row) return;
    onSelect(row.id);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div className="queue-table" role="table" aria-label="Unassigned jobs" aria-rowcount={tableRows.length + 1}>
      <div role="rowgroup" className="queue-table__head">
        {table.getHeaderGroups().map((group) => (
          <div role="row" aria-rowindex={1} className="queue-row queue-row--head" key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <div
                  role="columnheader"
                  key={header.id}
                  className={`queue-cell queue-cell--${header.column.id}`}
                  aria-sort={sorted ? SORT_ARIA[sorted] : 'none'}
                >
                  <button type="button" className="queue-sort" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span className="queue-sort__arrow" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="queue-table__body"
        // Focusable so the list scrolls from the keyboard; arrows move the selection.
        tabIndex={0}
        aria-label="Jobs, most urgent first"
        // Where focus returns when a dialog closes and its opener is gone.
        data-focus-fallback="queue"
        onKeyDown={onKeyDown}
      >
        {tableRows.length === 0 ? (
          // A row group holds rows only, so the message is a row of one cell across every column.
          <div className="queue-empty" role="row">
            <span role="cell" aria-colspan={queueColumns.length}>
              {emptyText}
            </span>
          </div>
        ) : (
          <div className="queue-table__spacer" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = tableRows[item.index]!;
              return (
                <QueueBodyRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  start={item.start}
                  selected={row.id === selectedId}
                  meta={meta}
                  onSelect={onSelect}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

type BodyRowProps = {
  row: Row<RankedRow>;
  index: number;
  start: number;
  selected: boolean;
  /** Not read here: the cells read it through the table, so it is a prop only to re-render on a tick. */
  meta: TableMeta<RankedRow>;
  onSelect: (id: string) => void;
  onOpen?: (id: string) => void;
};

/**
 * One visible row. Memoised: Row objects stay the same while the data, clock and sort do, so a
 * row that is still in view at the same place after a keystroke, a selection change or a scroll
 * keeps its cells (SLA clocks, dates) instead of formatting them again.
 */
const QueueBodyRow = memo(function QueueBodyRow({ row, index, start, selected, onSelect, onOpen }: BodyRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      data-job-id={row.id}
      className={`queue-row queue-row--${row.original.priority.toLowerCase()}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(row.id)}
      onDoubleClick={() => onOpen?.(row.id)}
    >
      {row.getVisibleCells().map((cell) => (
        <div role="cell" key={cell.id} className={`queue-cell queue-cell--${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
});
