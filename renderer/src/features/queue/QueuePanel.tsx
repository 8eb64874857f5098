import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { SortingState, TableMeta } from '@tanstack/react-table';
import { dayOf } from '../../../../shared/domain/jobs';
import { useConsoleState, useNow } from '../../state/hooks';
import { queueWithoutBooked } from '../board/board-model';
import { getBoardSession } from '../board/board-session';
import { filterRows, rankByRisk, toQueueRows } from './queue-model';
import type { RankedRow } from './queue-model';
import { QueueTable } from './QueueTable';
import { useCommands } from '../../commands/CommandsProvider'; // keyboard path (issue #3 part B)
import { useQueueSelection } from './use-queue-selection'; // keyboard path (issue #3 part B)
import './queue.css';

const countFormat = new Intl.NumberFormat('en-GB');

/** The unassigned-jobs queue: a filter box over an SLA-ordered, virtualised table. */
export function QueuePanel() {
  const queue = useConsoleState((s) => s.queue);
  const directory = useConsoleState((s) => s.directory);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const now = useNow();

  // The filter runs on the typed text itself, not a deferred copy: it is one cheap pass over
  // precomputed search texts, and deferring only added a second render and a second frame
  // between the keystroke and the new count that the dispatcher waits for.
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>([]);

  // Shaping runs when the data changes, ranking when the clock ticks, filtering as the user types.
  // Jobs this window is booking leave the queue at once (issue #3; back if the host refuses).
  const overrides = useSyncExternalStore(getBoardSession().subscribe, getBoardSession().overrides);
  const queued = useMemo(() => queueWithoutBooked(queue?.jobs ?? [], overrides), [queue, overrides]);
  const rows = useMemo(() => toQueueRows(queued, directory), [queued, directory]);
  const ranked = useMemo(() => rankByRisk(rows, new Date(now)), [rows, now]);
  const shown = useMemo(() => filterRows(ranked, query), [ranked, query]);
  // Keyboard path (issue #3 part B): the selection follows to the next job when one is assigned.
  const [selectedId, setSelectedId] = useQueueSelection(rows, shown);
  const commands = useCommands();
  // Stable, so the memoised table rows do not re-render for a new function on every keystroke.
  const openJob = useCallback((jobId: string) => commands.run('open-job', { jobId }), [commands]);

  const meta = useMemo<TableMeta<RankedRow>>(() => {
    // One Intl-backed lookup per distinct instant: the visible rows ask for the same few days.
    const days = new Map<string, string>();
    return {
      now,
      timeZone,
      today: dayOf(new Date(now), timeZone),
      dayOf: (instant) => {
        let day = days.get(instant);
        if (day === undefined) {
          day = dayOf(new Date(instant), timeZone);
          days.set(instant, day);
        }
        return day;
      },
    };
  }, [now, timeZone]);

  const total = rows.length;
  const countText =
    shown.length === total ? countFormat.format(total) : `${countFormat.format(shown.length)} of ${countFormat.format(total)}`;
  const emptyText = !queue ? 'Loading jobs…' : total === 0 ? 'No unassigned jobs. New calls will appear here.' : 'No jobs match the filter.';

  return (
    <section className="panel queue" aria-label="Unassigned jobs" data-drop-target="queue">
      <header className="panel__header">
        <h2 className="panel__title">
          Unassigned jobs <span className="panel__count">{countText}</span>
        </h2>
        <span className="panel__hint">Most urgent first</span>
        <input
          type="search"
          className="queue__filter"
          aria-label="Filter jobs"
          placeholder="Filter jobs: number, client, skill, zone…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </header>
      <QueueTable
        rows={ranked}
        shown={shown}
        meta={meta}
        sorting={sorting}
        onSortingChange={setSorting}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onOpen={openJob}
        emptyText={emptyText}
      />
    </section>
  );
}
