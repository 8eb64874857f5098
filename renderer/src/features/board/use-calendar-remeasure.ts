import { useEffect } from 'react';
import type { RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';

/**
 * Keep FullCalendar's cached geometry current. Its drop positions come from slot coordinates it
 * measured earlier; when they go stale a drop lands a snap or more away from the pointer.
 */
export function useCalendarRemeasure(calendarRef: RefObject<FullCalendar | null>, sectionRef: RefObject<HTMLElement | null>, events: unknown): void {
  // Event content is plain DOM (see createJobEventRenderer), so @fullcalendar/react no longer
  // re-measures the calendar after it appears, as it does after React content. New content can
  // change row heights and with them the scrollbars and the width of the time axis: re-measure
  // once, on the next frame, after each new set of events.
  useEffect(() => {
    const frame = requestAnimationFrame(() => calendarRef.current?.getApi().updateSize());
    return () => cancelAnimationFrame(frame);
  }, [calendarRef, events]);

  // FullCalendar re-measures on window resize only, but the board also changes size when the
  // urgent-alert banner or a notice appears or goes, or a scrollbar comes and goes.
  useEffect(() => {
    const section = sectionRef.current;
    if (!section || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => calendarRef.current?.getApi().updateSize());
    });
    observer.observe(section);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [calendarRef, sectionRef]);
}
