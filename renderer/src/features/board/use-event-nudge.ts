/**
 * Nudging a booked job with the keyboard: with its event focused, ← and → move it one snap (the
 * board's `slotMinutes`, the step a drag snaps to) earlier or later on the same technician,
 * keeping its length. It goes through the same `move` action as a drag (saving mark, toast,
 * undo), and the event keeps the keyboard focus so the next press nudges again.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Job } from '../../../../shared/schemas/job';
import type { PlaceRequest } from './board-actions';

const MINUTE = 60_000;

/** The assignment moved by `direction` snaps of `snapMinutes` (instants, so its length never changes). */
export function nudged(asg: { start: string; end: string }, direction: number, snapMinutes: number): { start: string; end: string } {
  const by = direction * snapMinutes * MINUTE;
  return { start: new Date(Date.parse(asg.start) + by).toISOString(), end: new Date(Date.parse(asg.end) + by).toISOString() };
}

const DIRECTIONS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };

type NudgeOptions = {
  jobs: readonly Job[];
  snapMinutes: number;
  move: (p: PlaceRequest) => Promise<boolean>;
  isPending: (jobId: string) => boolean;
};

/** FullCalendar redraws a moved event as a new element: give it the focus back once drawn. */
function refocus(root: HTMLElement, jobId: string): void {
  let frames = 0;
  const step = () => {
    const el = root.querySelector<HTMLElement>(`.fc-event[data-job-id="${CSS.escape(jobId)}"]:not(.fc-event-mirror)`);
    const lost = !document.activeElement || document.activeElement === document.body || !root.contains(document.activeElement);
    if (el && lost) el.focus();
    // Watch for about a second: the redraw follows the saving mark and again the saved data.
    if ((frames += 1) < 60) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function useEventNudge(rootRef: RefObject<HTMLElement | null>, options: NudgeOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onKey = (e: KeyboardEvent) => {
      const direction = DIRECTIONS[e.key];
      if (!direction || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const el = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.fc-event[data-job-id]') : null;
      const jobId = el?.dataset.jobId;
      if (!jobId) return;
      e.preventDefault();
      const { jobs, snapMinutes, move, isPending } = latest.current;
      const asg = jobs.find((j) => j.id === jobId)?.assignment;
      // A change still saving is answered first: the next nudge starts from where it landed.
      if (!asg || isPending(jobId)) return;
      void move({ jobId, technicianId: asg.technicianId, ...nudged(asg, direction, snapMinutes) });
      refocus(root, jobId);
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, [rootRef]);
}
