import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, DatesSetArg, EventApi, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import interactionPlugin from '@fullcalendar/interaction';
import type { EventDragStopArg } from '@fullcalendar/interaction';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { useConsoleState, useConsoleStore, useNow } from '../../state/hooks';
import { dayOf } from '../../../../shared/domain/jobs';
import { addDays } from '../../lib/format';
import { clientNameIndex, shouldGroupByZone, toEvents, toResources } from './calendar-adapter';
import type { JobEventProps } from './calendar-adapter';
import { BoardDecorContext, createJobEventRenderer, renderTechnicianCell, renderTechnicianHeader, renderZoneGroup } from './board-content';
import { useBoardActionsImpl, usePendingJobIds } from './board-actions';
import { applyOverrides, createWarningsCache, jobsForCalendar, timeOffEvents } from './board-model';
import { getBoardSession } from './board-session';
import { BoardToasts } from './BoardToasts';
import { useEventPopover } from './use-event-popover';
import { useBoardInteractions } from './use-board-interactions';
import { eventsSignature, useKeyed } from './use-stable';
import { useShownLoads } from './use-shown-loads';
import { useCalendarRemeasure } from './use-calendar-remeasure';
import { namedTimeZonePlugin } from './time-zone-plugin';
import { useUndoCommands } from '../undo/use-undo-commands';
import { placeEventInGridRow } from './event-aria';
import { useRowDensity } from '../../app/row-density';
import { DragLabel } from './DragLabel';
import { useEventNudge } from './use-event-nudge';
import './board.css';
import './board-interactive.css';

export type BoardView = 'day' | 'week';
const VIEW_NAMES: Record<BoardView, string> = { day: 'resourceTimelineDay', week: 'resourceTimelineWeek' };

/** The shown period as shop days (`to` inclusive), for the header's title. */
export type VisibleDays = { from: string; to: string };

type Props = {
  view: BoardView;
  /** Any day inside the period to show (`YYYY-MM-DD`, shop zone). */
  date: string;
  onVisibleDaysChange: (days: VisibleDays) => void;
};

// Options that never change, hoisted so FullCalendar does not diff them on every render.
const plugins = [resourceTimelinePlugin, interactionPlugin, namedTimeZonePlugin];
const hourLabel = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const views: CalendarOptions['views'] = {
  resourceTimelineDay: { slotDuration: '00:30', slotLabelInterval: '01:00', slotLabelFormat: hourLabel },
  resourceTimelineWeek: {
    // A week of half-hour slots would be 170 columns. Two-hour slots labelled by the hour alone
    // ("09") with a small minimum width fit the whole week in a 1280 px window without scrolling.
    slotDuration: '02:00',
    slotMinWidth: 22,
    // Wide enough for the priority and the job number's digits (board.css), however short the job.
    eventMinWidth: 60,
    slotLabelFormat: [{ weekday: 'short', day: 'numeric', month: 'short' }, { hour: '2-digit', hour12: false }],
  },
};
// The column heading is React content on purpose (a FullCalendar workaround). @fullcalendar/react
// re-measures every lane (every event's height: a forced layout per lane) after React content
// appears, and while the calendar is mounting it does so synchronously once per portal: 66 row
// labels arriving with the first board data meant 66 full re-measures. A portal that mounts with
// the calendar itself ends that mounting phase before the data comes; later row labels are then
// re-measured once, on the next frame.
const resourceAreaColumns = [{ headerContent: renderTechnicianHeader, cellContent: renderTechnicianCell }];
// Compact rows put the name and the whole "5 h booked · 3 h free" on one line: a wider column.
const LABEL_WIDTH = '248px';
const COMPACT_LABEL_WIDTH = '340px';
// Warnings leave out "starts in the past" (see board-model), so they need no clock.
const NO_CLOCK = new Date(0);
// Saving is marked by the event renderer, not in the calendar's event data.
const NO_PENDING: ReadonlySet<string> = new Set();

/** Events are focusable, named by the text they show and described by their hidden details (times, SLA, warnings). */
function describeEvent(arg: EventMountArg) {
  const props = arg.event.extendedProps as Partial<JobEventProps>;
  if (!props.jobId) return;
  arg.el.dataset.jobId = props.jobId;
  // FullCalendar renders an <a> without href (no role of its own); it opens the job, like a button.
  arg.el.setAttribute('role', 'button');
  arg.el.setAttribute('aria-describedby', `job-event-desc-${props.jobId}`);
  // The resource timeline draws its lanes in a table marked aria-hidden, which would hide every
  // (focusable) event from screen readers; the table is layout only, so say that instead.
  const hidden = arg.el.closest('table[aria-hidden="true"]');
  if (hidden) {
    hidden.removeAttribute('aria-hidden');
    hidden.setAttribute('role', 'presentation');
  }
  placeEventInGridRow(arg.el);
}

/**
 * The resource timeline: technicians as rows, assigned jobs as events. The calendar holds no data
 * of its own: it reports its visible range (`datesSet`), the store fetches `board:range` for it,
 * and the result comes back as props through the calendar adapter, with this window's in-flight
 * changes laid over it. Drags and drops become board actions (see use-board-interactions).
 */
export function DispatchBoard({ view, date, onVisibleDaysChange }: Props) {
  const store = useConsoleStore();
  const settings = useConsoleState((s) => s.settings);
  const board = useConsoleState((s) => s.board);
  const queue = useConsoleState((s) => s.queue);
  const directory = useConsoleState((s) => s.directory);
  const now = useNow();
  const calendarRef = useRef<FullCalendar>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // One renderer (stable identity: a new `eventContent` would redraw every event) and one clock.
  const [jobEvents] = useState(() => createJobEventRenderer(now));
  useEffect(() => {
    if (sectionRef.current) jobEvents.refresh(sectionRef.current, now);
  }, [jobEvents, now]);
  const onEventDidMount = useCallback((arg: EventMountArg) => describeEvent(arg), []);
  const onEventWillUnmount = useCallback((arg: EventMountArg) => jobEvents.forget(arg.event.id, arg.el), [jobEvents]);
  const session = getBoardSession();
  const overrides = useSyncExternalStore(session.subscribe, session.overrides);
  const pending = usePendingJobIds();
  const actions = useBoardActionsImpl();
  useUndoCommands(actions);

  // A refused change re-issues the events from our state, which puts FullCalendar's copy back.
  const [refusals, setRefusals] = useState(0);
  const onRefused = useCallback(() => setRefusals((n) => n + 1), []);
  // Where FullCalendar has itself drawn an event it moved (job id → placement); see `calendarJobs`.
  const [drawn] = useState(() => new Map<string, string>());
  const onDrawn = useCallback((jobId: string, placement: string) => drawn.set(jobId, placement), [drawn]);
  const interactions = useBoardInteractions(actions, onRefused, onDrawn);

  // Identical data keeps its identity (see use-stable): FullCalendar rebuilds rows and events
  // whenever it is handed new arrays, which would flicker and drop keyboard focus.
  const techKey = useMemo(() => JSON.stringify(board?.technicians ?? []), [board]);
  const technicians = useKeyed(() => board?.technicians ?? [], techKey);
  const timeZone = settings?.timeZone ?? 'UTC';
  const resources = useMemo(() => toResources(technicians), [technicians]);
  const groupByZone = useMemo(() => shouldGroupByZone(technicians), [technicians]);
  const clientNames = useMemo(() => clientNameIndex(directory?.clients ?? []), [directory]);
  const jobs = useMemo(() => applyOverrides(board?.jobs ?? [], overrides), [board, overrides]);
  const [warningsFor] = useState(createWarningsCache);
  // Warnings follow the jobs a moment later: the board (and a drop) is drawn first, and a big week
  // never blocks the first paint on the conflict rules.
  // They are also worked out from committed data only (jobs still saving count where they were):
  // a drop then shows as saved without waiting for a redraw of the board for its new warnings,
  // which follow a moment after the save, with the host's own conflict toast.
  const committedJobs = useMemo(() => {
    const saved = new Map([...overrides].filter(([, o]) => o.phase === 'saved'));
    return saved.size === overrides.size ? jobs : applyOverrides(board?.jobs ?? [], saved);
  }, [jobs, overrides, board]);
  const deferredJobs = useDeferredValue(committedJobs);
  const warnings = useMemo(() => warningsFor(deferredJobs, technicians, timeZone, NO_CLOCK), [warningsFor, deferredJobs, technicians, timeZone]);
  const days = board ? `${board.from.slice(0, 10)}|${board.to.slice(0, 10)}` : '';
  // A dropped job is already where FullCalendar drew it. Its override (saving, then saved) leaves
  // the calendar's input alone while it only says that, so the drop costs no second redraw of the
  // board; "saving" is a mark drawn by the event renderer (see setPending below). Any other change
  // re-issues the events, and then from `jobs`, the overrides included.
  const calendarJobs = useMemo(() => {
    // Forget what FullCalendar drew once the job is no longer overridden (the data has caught up).
    for (const id of [...drawn.keys()]) if (!overrides.has(id)) drawn.delete(id);
    return jobsForCalendar(jobs, board?.jobs ?? [], overrides, drawn);
  }, [drawn, jobs, overrides, board]);
  const signature = useMemo(() => eventsSignature(calendarJobs, clientNames, NO_PENDING, warnings), [calendarJobs, clientNames, warnings]);
  const eventsKey = `${signature}#${techKey}#${days}#${refusals}`;
  const events = useKeyed(() => {
    const [from = '', to = ''] = days.split('|');
    // The range's first day in UTC may be the shop's previous day: include it.
    const background = days ? timeOffEvents(technicians, addDays(from, -1), to) : [];
    return [...toEvents(jobs, clientNames, { warnings }), ...background];
  }, eventsKey);
  const { observeLabel } = useCalendarRemeasure(calendarRef, sectionRef, events);
  // Saving marks go straight onto the drawn events, before the browser paints.
  useLayoutEffect(() => jobEvents.setPending(sectionRef.current, pending), [jobEvents, pending]);
  // A job that is still saving cannot be moved again until the host has answered.
  const eventAllow = useCallback((_span: unknown, event: EventApi | null) => !event || !jobEvents.isPending(event.id), [jobEvents]);
  // The days on screen, as FullCalendar reports them (see onDatesSet).
  const [shown, setShown] = useState<VisibleDays | null>(null);
  const today = dayOf(new Date(now), timeZone);
  const { loads, period } = useShownLoads(technicians, jobs, board, shown, settings ? timeZone : null, today);
  // Row labels re-render only when a label's text changes, not on every change of `jobs`.
  const loadsKey = `${period}\n${[...loads].join('\n')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loadsKey` stands for `loads` and `period`
  const decor = useMemo(() => ({ loads, period, observeLabel }), [loadsKey, observeLabel]);

  // Saved changes stay drawn from the host's reply until the refetched data has them. Also run
  // when an override turns "saved": the refetch (say, of a newer change made elsewhere) may have
  // arrived while our own change was still pending, and must not stay hidden behind it.
  useEffect(() => {
    const seen = new Map<string, number>();
    for (const j of board?.jobs ?? []) seen.set(j.id, j.revision);
    for (const j of queue?.jobs ?? []) seen.set(j.id, j.revision);
    session.reconcile((id) => seen.get(id));
  }, [board, queue, session, overrides]);

  // Same object across renders: a new one counts as a changed option and re-renders the calendar
  // (which cancels a drag in progress).
  const slotMinutes = settings?.slotMinutes ?? 15;
  useEventNudge(sectionRef, { jobs, snapMinutes: slotMinutes, move: actions.move, isPending: jobEvents.isPending });
  const labelWidth = useRowDensity() === 'compact' ? COMPACT_LABEL_WIDTH : LABEL_WIDTH;
  const snapDuration = useMemo(() => ({ minutes: slotMinutes }), [slotMinutes]);
  const popover = useEventPopover({ jobs, technicians, clientNames, warnings, pending, timeZone, actions });
  const { setDragging } = popover;
  // Stable handlers: FullCalendar re-applies every option whose identity changes.
  const dragHandlers = useMemo(
    () => ({
      start: () => {
        setDragging(true);
        interactions.eventDragStart();
      },
      stop: (info: EventDragStopArg) => {
        setDragging(false);
        interactions.eventDragStop(info);
      },
      resizeStart: () => setDragging(true),
      resizeStop: () => setDragging(false),
    }),
    [setDragging, interactions],
  );

  // `initialView`/`initialDate` only apply at mount; later navigation goes through the API so the
  // calendar keeps its scroll position instead of being rebuilt.
  const applied = useRef({ view, date });
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api || (applied.current.view === view && applied.current.date === date)) return;
    applied.current = { view, date };
    api.changeView(VIEW_NAMES[view], date);
  }, [view, date]);

  // Stable too: any option with a new identity makes FullCalendar refine its options again and
  // redraw (and re-measure) the whole board, on every render of this component.
  const visibleDaysChange = useRef(onVisibleDaysChange);
  useEffect(() => {
    visibleDaysChange.current = onVisibleDaysChange;
  }, [onVisibleDaysChange]);
  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      void store.setBoardRange({ from: arg.start.toISOString(), to: arg.end.toISOString() });
      // With a named time zone, the *Str forms are wall-clock times in the shop's zone, so their
      // first ten characters are the shop days (the end is exclusive).
      const days = { from: arg.startStr.slice(0, 10), to: addDays(arg.endStr.slice(0, 10), -1) };
      setShown((prev) => (prev && prev.from === days.from && prev.to === days.to ? prev : days));
      visibleDaysChange.current(days);
    },
    [store],
  );

  if (!settings) {
    return (
      <section className="panel board" aria-label="Dispatch board">
        <p className="board__loading">Loading the board…</p>
      </section>
    );
  }

  return (
    <section className="panel board" aria-label="Dispatch board" ref={sectionRef} {...popover.containerProps}>
      <BoardDecorContext.Provider value={decor}>
        <FullCalendar
          ref={calendarRef}
          plugins={plugins}
          schedulerLicenseKey="GPL-My-Project-Is-Open-Source"
          locale={enGbLocale}
          timeZone={settings.timeZone}
          initialView={VIEW_NAMES[view]}
          initialDate={date}
          headerToolbar={false}
          height="100%"
          editable
          droppable
          eventInteractive
          selectable={false}
          nowIndicator
          slotMinTime={settings.dayStart}
          slotMaxTime={settings.dayEnd}
          snapDuration={snapDuration}
          views={views}
          // The shop's hours come per technician (resource businessHours); no calendar-wide shading.
          businessHours={false}
          resources={resources}
          resourceOrder="order"
          resourceGroupField={groupByZone ? 'zoneLabel' : undefined}
          resourceGroupLabelContent={renderZoneGroup}
          resourceAreaColumns={resourceAreaColumns}
          resourceAreaWidth={labelWidth}
          events={events}
          eventContent={jobEvents.render}
          eventClassNames={jobEvents.classNames}
          eventAllow={eventAllow}
          eventDidMount={onEventDidMount}
          eventWillUnmount={onEventWillUnmount}
          eventMinWidth={36}
          datesSet={onDatesSet}
          eventClick={popover.onEventClick}
          eventMouseEnter={popover.onEventMouseEnter}
          eventMouseLeave={popover.onEventMouseLeave}
          eventDrop={interactions.eventDrop}
          eventResize={interactions.eventResize}
          eventReceive={interactions.eventReceive}
          eventDragStart={dragHandlers.start}
          eventDragStop={dragHandlers.stop}
          eventResizeStart={dragHandlers.resizeStart}
          eventResizeStop={dragHandlers.resizeStop}
        />
      </BoardDecorContext.Provider>
      {popover.element}
      <DragLabel boardRef={sectionRef} />
      {board && board.technicians.length === 0 && (
        <p className="board__empty">No technicians yet. Jobs appear here once they are assigned to someone.</p>
      )}
      <BoardToasts actions={actions} />
    </section>
  );
}
