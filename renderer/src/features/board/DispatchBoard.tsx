import { useEffect, useMemo, useRef } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { CalendarOptions, DatesSetArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { addDays } from '../../lib/format';
import { clientNameIndex, shouldGroupByZone, toEvents, toResources } from './calendar-adapter';
import { renderJobEvent, renderTechnicianCell, renderZoneGroup } from './board-content';
import { namedTimeZonePlugin } from './time-zone-plugin';
import './board.css';

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
const plugins = [resourceTimelinePlugin, namedTimeZonePlugin];
const hourLabel = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const views: CalendarOptions['views'] = {
  resourceTimelineDay: { slotDuration: '00:30', slotLabelInterval: '01:00', slotLabelFormat: hourLabel },
  resourceTimelineWeek: {
    // A week of half-hour slots would be 170 columns. Two-hour slots labelled by the hour alone
    // ("09") with a small minimum width fit the whole week in a 1280 px window without scrolling.
    slotDuration: '02:00',
    slotMinWidth: 22,
    slotLabelFormat: [{ weekday: 'short', day: 'numeric', month: 'short' }, { hour: '2-digit', hour12: false }],
  },
};
const resourceAreaColumns = [{ headerContent: 'Technician', cellContent: renderTechnicianCell }];

/**
 * The resource timeline: technicians as rows, assigned jobs as events. Read-only for now; the
 * calendar holds no data of its own: it reports its visible range (`datesSet`), the store fetches
 * `board:range` for it, and the result comes back in as props through the calendar adapter.
 */
export function DispatchBoard({ view, date, onVisibleDaysChange }: Props) {
  const store = useConsoleStore();
  const settings = useConsoleState((s) => s.settings);
  const board = useConsoleState((s) => s.board);
  const directory = useConsoleState((s) => s.directory);
  const calendarRef = useRef<FullCalendar>(null);

  const resources = useMemo(() => toResources(board?.technicians ?? []), [board]);
  const groupByZone = useMemo(() => shouldGroupByZone(board?.technicians ?? []), [board]);
  const clientNames = useMemo(() => clientNameIndex(directory?.clients ?? []), [directory]);
  const events = useMemo(() => toEvents(board?.jobs ?? [], clientNames), [board, clientNames]);

  // `initialView`/`initialDate` only apply at mount; later navigation goes through the API so the
  // calendar keeps its scroll position instead of being rebuilt.
  const applied = useRef({ view, date });
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api || (applied.current.view === view && applied.current.date === date)) return;
    applied.current = { view, date };
    api.changeView(VIEW_NAMES[view], date);
  }, [view, date]);

  const onDatesSet = (arg: DatesSetArg) => {
    void store.setBoardRange({ from: arg.start.toISOString(), to: arg.end.toISOString() });
    // With a named time zone, the *Str forms are wall-clock times in the shop's zone, so their
    // first ten characters are the shop days (the end is exclusive).
    onVisibleDaysChange({ from: arg.startStr.slice(0, 10), to: addDays(arg.endStr.slice(0, 10), -1) });
  };

  if (!settings) {
    return (
      <section className="panel board" aria-label="Dispatch board">
        <p className="board__loading">Loading the board…</p>
      </section>
    );
  }

  return (
    <section className="panel board" aria-label="Dispatch board">
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
        editable={false}
        selectable={false}
        nowIndicator
        slotMinTime={settings.dayStart}
        slotMaxTime={settings.dayEnd}
        snapDuration={{ minutes: settings.slotMinutes }}
        views={views}
        // The shop's hours come per technician (resource businessHours); no calendar-wide shading.
        businessHours={false}
        resources={resources}
        resourceOrder="order"
        resourceGroupField={groupByZone ? 'zoneLabel' : undefined}
        resourceGroupLabelContent={renderZoneGroup}
        resourceAreaColumns={resourceAreaColumns}
        resourceAreaWidth="232px"
        events={events}
        eventContent={renderJobEvent}
        eventMinWidth={36}
        datesSet={onDatesSet}
      />
      {board && board.technicians.length === 0 && (
        <p className="board__empty">No technicians yet. Jobs appear here once they are assigned to someone.</p>
      )}
    </section>
  );
}
