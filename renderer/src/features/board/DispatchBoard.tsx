import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, DatesSetArg, EventApi, EventInput, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import interactionPlugin from '@fullcalendar/interaction';
import type { EventDragStopArg } from '@fullcalendar/interaction';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { useConsoleState, useConsoleStore, useNow } from '../../state/hooks';
import { dayOf } from '../../../../shared/domain/jobs';
import { addDays } from '../../lib/format';
import { clientNameIndex, shouldGroupByZone, toResources } from './calendar-adapter';
import type { JobEventProps } from './calendar-adapter';
import { BoardDecorContext, createJobEventRenderer, renderTechnicianCell, renderTechnicianHeader, renderZoneGroup } from './board-content';
import { useBoardActionsImpl, usePendingJobIds } from './use-board-actions';
import { createWarningsCache, timeOffEvents } from './board-model';
import { createEventInputs, syncEvents } from './calendar-sync';
import type { SyncedCalendar } from './calendar-sync';
import { BoardToasts } from './BoardToasts';
import { useEventPopover } from './use-event-popover';
import { useBoardInteractions } from './use-board-interactions';
import { useKeyed } from './use-stable';
import { useShownLoads } from './use-shown-loads';
import { useCalendarRemeasure } from './use-calendar-remeasure';
import { namedTimeZonePlugin } from './time-zone-plugin';
import { useUndoCommands } from '../undo/use-undo-commands';
import { placeEventInGridRow } from './event-aria';
import { useRowDensity } from '../../app/row-density';
import { DragLabel } from './DragLabel';
import { useEventNudge } from './use-event-nudge';
import { ghostEvents, labelGhost } from '../planner/ghost-events';
import type { GhostProps } from '../planner/ghost-events';
import { usePlannerState } from '../planner/use-planner';
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

/** Events are focusable, named by the text they show and described by their hidden details (times, SLA, warnings). */
function describeEvent(arg: EventMountArg) {
  const props = arg.event.extendedProps as Partial<JobEventProps & GhostProps>;
  if (props.ghost) labelGhost(arg.el, props.ghost, arg.event.startStr, arg.event.endStr);
  else if (props.jobId) {
    arg.el.dataset.jobId = props.jobId;
    // FullCalendar renders an <a> without href (no role of its own); it opens the job, like a button.
    arg.el.setAttribute('role', 'button');
    arg.el.setAttribute('aria-describedby', `job-event-desc-${props.jobId}`);
  } else return;
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
 * of its own: it reports its visible range (`datesSet`), the store fetches `board:range` for it
 * and keeps it current from pushed deltas, and the board's jobs (this window's changes in flight
 * included) reach the calendar through the adapter, one event at a time (see calendar-sync).
 * Drags and drops become board actions (see use-board-interactions).
 */
export function DispatchBoard({ view, date, onVisibleDaysChange }: Props) {
  const store = useConsoleStore();
  const settings = useConsoleState((s) => s.settings);
  const board = useConsoleState((s) => s.board);
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
  const pending = usePendingJobIds();
  const actions = useBoardActionsImpl();
  useUndoCommands(actions);

  // A refused change compares every event with what FullCalendar shows, which puts its copy back.
  const [refusals, setRefusals] = useState(0);
  const onRefused = useCallback(() => setRefusals((n) => n + 1), []);
  const interactions = useBoardInteractions(actions, onRefused);

  // Identical data keeps its identity (see use-stable): FullCalendar rebuilds every row whenever
  // it is handed a new array, which would flicker and drop keyboard focus.
  const techKey = useMemo(() => JSON.stringify(board?.technicians ?? []), [board]);
  const technicians = useKeyed(() => board?.technicians ?? [], techKey);
  const timeZone = settings?.timeZone ?? 'UTC';
  const resources = useMemo(() => toResources(technicians), [technicians]);
  const groupByZone = useMemo(() => shouldGroupByZone(technicians), [technicians]);
  const clientNames = useMemo(() => clientNameIndex(directory?.clients ?? []), [directory]);
  // The board's jobs as the store derives them: the host's copies with this window's changes in
  // flight laid over them.
  const jobs = useMemo(() => board?.jobs ?? [], [board]);
  const [warningsFor] = useState(createWarningsCache);
  // Warnings follow the jobs a moment later: the board (and a drop) is drawn first, and a big week
  // never blocks the first paint on the conflict rules.
  const deferredJobs = useDeferredValue(jobs);
  const warnings = useMemo(() => warningsFor(deferredJobs, technicians, timeZone, NO_CLOCK), [warningsFor, deferredJobs, technicians, timeZone]);
  const days = board ? `${board.from.slice(0, 10)}|${board.to.slice(0, 10)}` : '';
  const background = useKeyed(() => {
    const [from = '', to = ''] = days.split('|');
    // The range's first day in UTC may be the shop's previous day: include it.
    return days ? timeOffEvents(technicians, addDays(from, -1), to) : [];
  }, `${techKey}#${days}`);
  // Saving is marked by the event renderer (setPending below), not in the calendar's event data.
  const [eventInputs] = useState(createEventInputs);
  const { plan, draft } = usePlannerState();
  const ghosts = useMemo(() => ghostEvents(plan, draft), [plan, draft]);
  const events = useMemo(
    () => [...eventInputs(jobs, clientNames, { warnings }), ...(background as Array<EventInput & { id: string }>), ...ghosts],
    [eventInputs, jobs, clientNames, warnings, background, ghosts],
  );
  // What was last handed to the calendar per event id; see syncEvents.
  const [handed] = useState(() => new Map<string, EventInput & { id: string }>());
  const seenRefusals = useRef(refusals);
  const mounted = settings !== null;
  const remeasure = useCalendarRemeasure(calendarRef, sectionRef);
  const { observeLabel } = remeasure;
  useLayoutEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api) return;
    if (seenRefusals.current !== refusals) {
      seenRefusals.current = refusals;
      handed.clear();
    }
    if (syncEvents(api as unknown as SyncedCalendar, events, handed).length > 0) remeasure.request();
    // `mounted`: the calendar appears with the settings, and then takes every event at once.
  }, [events, handed, refusals, remeasure, mounted]);
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
