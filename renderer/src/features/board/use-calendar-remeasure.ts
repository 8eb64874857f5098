import { useEffect } from 'react';
import type { RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';

/** A drag or resize is under way: re-measuring now would disturb it (FullCalendar measures at drag start). */
function interacting(section: HTMLElement | null): boolean {
  return section?.querySelector('.fc-event-mirror, .fc-event-dragging, .fc-event-resizing') != null;
}

/**
 * Keep FullCalendar's cached geometry current. Event content is plain DOM (see
 * createJobEventRenderer), so @fullcalendar/react no longer re-measures the calendar after it
 * appears, as it does after React content. New content can change row heights and with them the
 * scrollbars and the width of the time axis, which drop positions are computed from: re-measure
 * once, on the next frame, after each new set of events — but never in the middle of a drag.
 */
export function useCalendarRemeasure(calendarRef: RefObject<FullCalendar | null>, sectionRef: RefObject<HTMLElement | null>, events: unknown): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!interacting(sectionRef.current)) calendarRef.current?.getApi().updateSize();
    });
    return () => cancelAnimationFrame(frame);
  }, [calendarRef, sectionRef, events]);
}
