/**
 * "Show" on a booking toast: bring the board to the day of the booking, scroll the job's event
 * into view and focus it. The shell owns the shown day (App.tsx listens with `useShowOnBoard`);
 * the event is looked for until the board has drawn that day.
 */
import { useEffect } from 'react';

type Listener = (day: string) => void;
const listeners = new Set<Listener>();

/** How long to wait for the board to draw the day (a fetch, then FullCalendar's render). */
const FIND_MS = 5000;
const HIGHLIGHT_MS = 2000;

function findEvent(jobId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.board .fc-event[data-job-id="${CSS.escape(jobId)}"]:not(.fc-event-mirror)`);
}

/** Show `jobId`'s event, booked on `day` (the shop's calendar day). */
export function showOnBoard(jobId: string, day: string): void {
  for (const l of [...listeners]) l(day);
  const until = Date.now() + FIND_MS;
  const attempt = () => {
    const el = findEvent(jobId);
    if (!el) {
      if (Date.now() < until) setTimeout(attempt, 50);
      return;
    }
    el.scrollIntoView({ block: 'nearest', inline: 'center' });
    // FullCalendar's events are not focusable unless they carry a link.
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    el.classList.add('is-shown');
    setTimeout(() => el.classList.remove('is-shown'), HIGHLIGHT_MS);
  };
  // After the shell has had a chance to switch the day.
  setTimeout(attempt, 0);
}

/** The shell's side: go to the day a "Show" asks for. */
export function useShowOnBoard(goTo: (day: string) => void): void {
  useEffect(() => {
    listeners.add(goTo);
    return () => {
      listeners.delete(goTo);
    };
  }, [goTo]);
}
