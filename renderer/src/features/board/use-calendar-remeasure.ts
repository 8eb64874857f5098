import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { layoutHold } from '../../lib/layout-hold';
import type { LayoutHold } from '../../lib/layout-hold';

/**
 * FullCalendar's scroll grid refuses a re-measure once it has measured ten times in 500 ms
 * (`SCROLLGRID_RESIZE_INTERVAL`) and never retries the refused one: on a busy first load that was
 * the re-measure after the row labels appeared, which left rows shorter than their labels. One
 * more re-measure this long after the last request is always let through.
 */
export const SETTLE_MS = 501;

/**
 * Re-measures of the calendar, coalesced: one on the next frame and a last one once the requests
 * stop for `SETTLE_MS`. None while the layout is held (a pointer pressed on the board or the
 * queue: FullCalendar hit-tests a drag against what it measured when it began, and a re-measure
 * re-renders under it); what was asked for meanwhile runs when the hold ends.
 */
export function createRemeasurer(measure: () => void, hold: LayoutHold) {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let owed = false;
  const run = () => {
    if (hold.held()) owed = true;
    else measure();
  };
  const request = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = requestAnimationFrame(run);
    timer = setTimeout(run, SETTLE_MS);
  };
  const stop = hold.subscribe((held) => {
    if (held || !owed) return;
    owed = false;
    request();
  });
  return {
    request,
    dispose() {
      stop();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}

export type Remeasurer = ReturnType<typeof createRemeasurer>;

/**
 * Keep FullCalendar's cached geometry current. It re-measures by itself only when the window
 * resizes and after React content first appears in it. But event content is plain DOM (see
 * createJobEventRenderer), the board changes size when banners come and go, and a row label can
 * change height after FullCalendar measured it (the run-sheet badge wraps to a line of its own).
 * Row heights, the scrollbars and the width of the time axis, which drop positions are computed
 * from, follow from all of these: re-measure after events are added, moved or removed (`request`), each
 * change of the board's size and each change of a row label's size (`observeLabel`).
 */
export function useCalendarRemeasure(calendarRef: RefObject<FullCalendar | null>, sectionRef: RefObject<HTMLElement | null>) {
  // Labels mount and unmount with the rows; the observer lives as long as the board.
  const labels = useRef({ els: new Set<Element>(), observer: null as ResizeObserver | null });
  const remeasurer = useRef<Remeasurer | null>(null);
  useEffect(() => {
    const r = createRemeasurer(() => calendarRef.current?.getApi().updateSize(), layoutHold);
    remeasurer.current = r;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => r.request());
    if (observer && sectionRef.current) observer.observe(sectionRef.current);
    const watched = labels.current;
    for (const el of watched.els) observer?.observe(el);
    watched.observer = observer;
    return () => {
      observer?.disconnect();
      watched.observer = null;
      r.dispose();
    };
  }, [calendarRef, sectionRef]);
  return useState(() => ({
    /** Re-measure soon (coalesced). */
    request(): void {
      remeasurer.current?.request();
    },
    /** Re-measure whenever `el` (a row label) changes size; returns the way to stop. */
    observeLabel(el: Element): () => void {
      const watched = labels.current;
      watched.els.add(el);
      watched.observer?.observe(el);
      return () => {
        watched.els.delete(el);
        watched.observer?.unobserve(el);
      };
    },
  }))[0];
}
