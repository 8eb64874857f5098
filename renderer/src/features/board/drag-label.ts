/**
 * What the label beside the pointer says while a job is dragged: the technician and the snapped
 * times the drop would book. FullCalendar draws the drag preview (its "mirror") through our event
 * renderer, at the snapped time on the row under the pointer; the renderer reports each mirror
 * here, and the label (DragLabel.tsx) shows the latest one.
 */

/** A weekday and time from a wall-clock ISO string (`2026-12-09T09:15:00…` → `Wed`, `09:15`). */
function weekday(wallClock: string): string {
  return new Date(`${wallClock.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
}

/**
 * `Liam O'Connor · Wed 09:15–10:45`; an end on a later day names its day too
 * (`… · Wed 23:00–Thu 01:00`). `start`/`end` are wall-clock ISO strings in the shop's zone (the
 * calendar's `startStr`/`endStr` with its named time zone).
 */
export function dragLabelText(technician: string, start: string, end: string): string {
  const from = `${weekday(start)} ${start.slice(11, 16)}`;
  if (!end) return `${technician} · ${from}`;
  const to = end.slice(0, 10) === start.slice(0, 10) ? end.slice(11, 16) : `${weekday(end)} ${end.slice(11, 16)}`;
  return `${technician} · ${from}–${to}`;
}

type Listener = (text: string) => void;
let latest = '';
const listeners = new Set<Listener>();

/**
 * The renderer drew a drag preview. Reported while FullCalendar renders, so listeners hear it a
 * microtask later (a React state change during another component's render is refused).
 */
export function reportDragPreview(technician: string, start: string, end: string): void {
  const text = dragLabelText(technician, start, end);
  if (text === latest) return;
  latest = text;
  queueMicrotask(() => {
    for (const l of [...listeners]) l(latest);
  });
}

/** Forget the last preview (the drag ended), so the next drag's first preview is announced. */
export function clearDragPreview(): void {
  latest = '';
}

export function onDragPreview(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
