import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { CSSProperties } from 'react';
import type { SortingState, TableMeta } from '@tanstack/react-table';
import { dayOf } from '../../../../shared/domain/jobs';
import { useConsoleState, useNow } from '../../state/hooks';
import { applyChips, chipChoices, MOST_URGENT_RULE, narrowingFilter, NO_CHIPS, rankMostUrgent, toQueueRows } from './queue-model';
import type { QueueChips as Chips, RankedRow } from './queue-model';
import { QueueChips } from './QueueChips';
import { queueFocus } from './queue-focus';
import { measureInPage, queueGridTemplate } from './queue-widths';
import { QueueTable } from './QueueTable';
import { useCommands } from '../../commands/CommandsProvider';
import { useQueueSelection } from './use-queue-selection';
import { usePlannerSession } from '../planner/use-planner';
import './queue.css';

const countFormat = new Intl.NumberFormat('en-GB');

/** The unassigned-jobs queue: a filter box and quick filter chips over a most-urgent-first, virtualised table. */
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
  const [chips, setChips] = useState<Chips>(NO_CHIPS);
  const focus = useSyncExternalStore(queueFocus.subscribe, queueFocus.get);
  // A new "show exactly these jobs" request starts from the default order, so the list reads as the banner did.
  // (Adjusting state while rendering: React's pattern for state that follows a changing input.)
  const [seenFocus, setSeenFocus] = useState(focus);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    if (focus) setSorting([]);
  }

  // Shaping runs when the data changes, ranking when the clock ticks, filtering as the user types.
  // Jobs this window is booking have left `queue` already (the store's optimistic change; they
  // come back if the host refuses).
  const rows = useMemo(() => toQueueRows(queue?.jobs ?? [], directory), [queue, directory]);
  const ranked = useMemo(() => rankMostUrgent(rows, new Date(now)), [rows, now]);
  const chipped = useMemo(() => applyChips(ranked, { ...chips, onlyIds: focus?.ids ?? null }), [ranked, chips, focus]);
  // One filter per panel, so a longer query searches only the last matches.
  const [filter] = useState(narrowingFilter<RankedRow>);
  const shown = useMemo(() => filter(chipped, query), [filter, chipped, query]);
  const choices = useMemo(() => chipChoices(rows), [rows]);
  const gridTemplate = useMemo(() => queueGridTemplate(rows, measureInPage), [rows]);
  // Keyboard path: the selection follows to the next job when one is assigned.
  const [selectedId, setSelectedId] = useQueueSelection(rows, shown);
  const commands = useCommands();
  const planner = usePlannerSession();
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
  const emptyText = !queue ? 'Loading jobs…' : total === 0 ? 'No unassigned jobs. New calls will appear here.' : 'No jobs match the filters.';
  const defaultOrder = sorting.length === 0;

  return (
    <section
      className="panel queue"
      aria-label="Unassigned jobs"
      data-drop-target="queue"
      style={{ '--queue-columns': gridTemplate } as CSSProperties}
    >
      <header className="panel__header">
        <h2 className="panel__title">
          Unassigned jobs <span className="panel__count">{countText}</span>
        </h2>
        <div className="queue-order">
          <button
            type="button"
            className="queue-order__button"
            aria-pressed={defaultOrder}
            onClick={() => setSorting([])}
            title={defaultOrder ? undefined : 'Back to the default order'}
          >
            {defaultOrder ? 'Most urgent first' : 'Sorted by column · back to most urgent first'}
          </button>
          <span className="queue-order__rule" data-testid="queue-order-rule">
            {MOST_URGENT_RULE}
          </span>
        </div>
        <QueueChips
          chips={chips}
          onChange={setChips}
          zones={choices.zones}
          skills={choices.skills}
          focus={focus}
          onClearFocus={queueFocus.clear}
        />
        {/* A selection to plan: the jobs the filters and chips leave in the list. */}
        {shown.length > 0 && shown.length < total && (
          <button type="button" className="button queue__plan" onClick={() => void planner.propose(shown.map((r) => r.id))} title="Propose bookings for the jobs listed now">
            Plan these {countFormat.format(shown.length)}
          </button>
        )}
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
