/**
 * Hands FullCalendar its events one by one instead of as a new `events` array. A new array makes
 * FullCalendar drop its event source and parse every event again, so every event on every lane is
 * unmounted and drawn anew; changing one event through its API keeps every other event's DOM, and
 * only the lanes an event left or joined get new content. After a drop FullCalendar has already
 * moved the event itself, so the sync finds it in place and changes nothing there.
 */
import type { EventInput } from '@fullcalendar/core';
import type { Job } from '../../../../shared/schemas/job';
import { toEvents } from './calendar-adapter';
import type { EventMarks } from './calendar-adapter';

/** The parts of FullCalendar's EventApi the sync reads and changes. */
export type SyncedEvent = {
  id: string;
  start: Date | null;
  end: Date | null;
  title: string;
  classNames: string[];
  startEditable: boolean;
  display: string;
  extendedProps: Record<string, unknown>;
  getResources(): Array<{ id: string }>;
  setResources(resources: string[]): void;
  setDates(start: string, end: string): void;
  setProp(name: string, value: unknown): void;
  setExtendedProp(name: string, value: unknown): void;
  remove(): void;
};

/** The parts of FullCalendar's CalendarApi the sync uses. */
export type SyncedCalendar = {
  getEventById(id: string): SyncedEvent | null;
  getEvents(): SyncedEvent[];
  addEvent(input: EventInput): unknown;
  batchRendering(change: () => void): void;
};

/** Inputs the sync builds on: each has an id, and job events a resource, start and end as strings. */
type Input = EventInput & { id: string };

const time = (iso: unknown): number => (typeof iso === 'string' ? Date.parse(iso) : NaN);

/** Change `event` where it differs from `input`; true when anything was changed. */
function update(event: SyncedEvent, input: Input): boolean {
  let changed = false;
  const resourceId = input.resourceId as string;
  if (event.getResources()[0]?.id !== resourceId) {
    event.setResources([resourceId]);
    changed = true;
  }
  if (event.start?.getTime() !== time(input.start) || event.end?.getTime() !== time(input.end)) {
    event.setDates(input.start as string, input.end as string);
    changed = true;
  }
  if (event.title !== input.title) {
    event.setProp('title', input.title);
    changed = true;
  }
  const classNames = (input.classNames as string[] | undefined) ?? [];
  if (event.classNames.join(' ') !== classNames.join(' ')) {
    event.setProp('classNames', classNames);
    changed = true;
  }
  const editable = input.editable !== false;
  if (event.startEditable !== editable) {
    event.setProp('editable', editable);
    changed = true;
  }
  for (const [name, value] of Object.entries((input.extendedProps as Record<string, unknown> | undefined) ?? {})) {
    const held = event.extendedProps[name];
    const same = held === value || (Array.isArray(held) && Array.isArray(value) && held.join('\n') === value.join('\n'));
    if (!same) {
      event.setExtendedProp(name, value);
      changed = true;
    }
  }
  return changed;
}

/**
 * Make the calendar show exactly `desired`, in one render. `applied` remembers the input last
 * applied per id: an unchanged input (same object) is skipped without looking at the event; clear
 * it to compare every event with what the calendar actually shows (after a refused drop).
 * Returns the ids added, changed or removed.
 */
export function syncEvents(calendar: SyncedCalendar, desired: readonly Input[], applied: Map<string, Input>): string[] {
  const touched: string[] = [];
  const wanted = new Map(desired.map((e) => [e.id, e]));
  calendar.batchRendering(() => {
    for (const event of calendar.getEvents()) {
      if (wanted.has(event.id)) continue;
      event.remove();
      applied.delete(event.id);
      touched.push(event.id);
    }
    for (const input of desired) {
      if (applied.get(input.id) === input) continue;
      const event = calendar.getEventById(input.id);
      if (!event) {
        calendar.addEvent(input);
        touched.push(input.id);
      } else if (input.display === 'background' || event.display === 'background') {
        // Time off: rare, and drawn from its dates alone; replaced whole.
        event.remove();
        calendar.addEvent(input);
        touched.push(input.id);
      } else if (update(event, input)) {
        touched.push(input.id);
      }
      applied.set(input.id, input);
    }
  });
  return touched;
}

/**
 * `toEvents` with memory: a job whose record, client name and marks are unchanged keeps its input
 * object, so the sync skips it without comparing. Create one per board.
 */
export function createEventInputs() {
  let memo = new Map<string, { job: Job; key: string; input: Input }>();
  return (jobs: readonly Job[], clientNames: ReadonlyMap<string, string>, marks: EventMarks): Input[] => {
    const next = new Map<string, { job: Job; key: string; input: Input }>();
    const out: Input[] = [];
    for (const job of jobs) {
      if (!job.assignment) continue;
      const key = `${clientNames.get(job.clientId) ?? ''}|${marks.pending?.has(job.id) ? 'p' : ''}|${(marks.warnings?.get(job.id) ?? []).join('\n')}`;
      const held = memo.get(job.id);
      const entry = held && held.job === job && held.key === key ? held : { job, key, input: toEvents([job], clientNames, marks)[0] as Input };
      next.set(job.id, entry);
      out.push(entry.input);
    }
    memo = next;
    return out;
  };
}
