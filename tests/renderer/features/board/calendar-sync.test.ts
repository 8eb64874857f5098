import { describe, expect, it } from 'vitest';
import type { EventInput } from '@fullcalendar/core';
import { createEventInputs, syncEvents } from '../../../../renderer/src/features/board/calendar-sync';
import type { SyncedCalendar, SyncedEvent } from '../../../../renderer/src/features/board/calendar-sync';
import { makeJob } from '../../support/factories';

/** A fake calendar that records every change made to it and how many renders they took. */
function fakeCalendar() {
  const events = new Map<string, SyncedEvent>();
  const log: string[] = [];
  let renders = 0;
  const make = (input: EventInput & { id: string }): SyncedEvent => {
    const e: SyncedEvent = {
      id: input.id,
      start: new Date(input.start as string),
      end: new Date(input.end as string),
      title: (input.title as string) ?? '',
      classNames: [...((input.classNames as string[]) ?? [])],
      startEditable: input.editable !== false,
      display: (input.display as string) ?? 'auto',
      extendedProps: { ...((input.extendedProps as object) ?? {}) },
      getResources: () => [{ id: resource }],
      setResources: ([id]) => {
        log.push(`${e.id} resource ${id}`);
        resource = id!;
      },
      setDates: (start, end) => {
        log.push(`${e.id} dates ${start}`);
        e.start = new Date(start);
        e.end = new Date(end);
      },
      setProp: (name, value) => log.push(`${e.id} ${name} ${String(value)}`),
      setExtendedProp: (name, value) => {
        log.push(`${e.id} ${name}`);
        e.extendedProps[name] = value;
      },
      remove: () => {
        log.push(`${e.id} removed`);
        events.delete(e.id);
      },
    };
    let resource = input.resourceId as string;
    return e;
  };
  const calendar: SyncedCalendar = {
    getEventById: (id) => events.get(id) ?? null,
    getEvents: () => [...events.values()],
    addEvent: (input) => {
      log.push(`${input.id} added`);
      events.set(input.id as string, make(input as EventInput & { id: string }));
    },
    batchRendering: (change) => {
      change();
      renders++;
    },
  };
  return { calendar, events, log, renders: () => renders };
}

const booked = (id: string, technicianId: string, start: string, revision = 1) =>
  makeJob({ id, revision, status: 'scheduled', assignment: { technicianId, start, end: start.replace(':00:00', ':59:00') } });

describe('syncEvents', () => {
  it('adds every event once, then touches only the job that changed, in one render', () => {
    const { calendar, log, renders } = fakeCalendar();
    const inputs = createEventInputs();
    const handed = new Map();
    const jobs = Array.from({ length: 40 }, (_, i) => booked(`j${i}`, `t${i % 8}`, `2026-11-26T${String(8 + (i % 10)).padStart(2, '0')}:00:00.000Z`));
    syncEvents(calendar, inputs(jobs, new Map(), {}), handed);
    expect(log).toHaveLength(40);
    log.length = 0;
    const moved = jobs.map((j) => (j.id === 'j7' ? booked('j7', 't2', '2026-11-26T16:00:00.000Z', 2) : j));
    expect(syncEvents(calendar, inputs(moved, new Map(), {}), handed)).toEqual(['j7']);
    expect(log).toEqual(['j7 resource t2', 'j7 dates 2026-11-26T16:00:00.000Z', 'j7 job']);
    expect(renders()).toBe(2);
  });

  it('leaves an event FullCalendar already moved (a drop) where it is', () => {
    const { calendar, events, log } = fakeCalendar();
    const inputs = createEventInputs();
    const handed = new Map();
    syncEvents(calendar, inputs([booked('a', 't1', '2026-11-26T09:00:00.000Z')], new Map(), {}), handed);
    // The user dropped it on t2 at 11:00; FullCalendar moved its copy itself.
    const event = events.get('a')!;
    event.setResources(['t2']);
    event.setDates('2026-11-26T11:00:00.000Z', '2026-11-26T11:59:00.000Z');
    log.length = 0;
    syncEvents(calendar, inputs([booked('a', 't2', '2026-11-26T11:00:00.000Z', 1)], new Map(), {}), handed);
    expect(log).toEqual(['a job']);
  });

  it('after a refusal, puts the event back where the data says when the inputs are compared again', () => {
    const { calendar, events } = fakeCalendar();
    const inputs = createEventInputs();
    const handed = new Map();
    const jobs = [booked('a', 't1', '2026-11-26T09:00:00.000Z')];
    syncEvents(calendar, inputs(jobs, new Map(), {}), handed);
    events.get('a')!.setDates('2026-11-26T13:00:00.000Z', '2026-11-26T13:59:00.000Z');
    // Same data as before: skipped while the input is the one handed…
    expect(syncEvents(calendar, inputs(jobs, new Map(), {}), handed)).toEqual([]);
    handed.clear();
    // …and compared with what the calendar shows once the board forgets what it handed.
    expect(syncEvents(calendar, inputs(jobs, new Map(), {}), handed)).toEqual(['a']);
    expect(events.get('a')!.start?.toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('removes events whose job left the board and keeps unchanged inputs identical', () => {
    const { calendar, events } = fakeCalendar();
    const inputs = createEventInputs();
    const handed = new Map();
    const a = booked('a', 't1', '2026-11-26T09:00:00.000Z');
    const first = inputs([a, booked('b', 't1', '2026-11-26T10:00:00.000Z')], new Map(), {});
    syncEvents(calendar, first, handed);
    const second = inputs([a], new Map(), {});
    expect(second[0]).toBe(first[0]);
    expect(syncEvents(calendar, second, handed)).toEqual(['b']);
    expect([...events.keys()]).toEqual(['a']);
  });
});
