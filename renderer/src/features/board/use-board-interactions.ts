/**
 * FullCalendar's interaction callbacks, turned into board actions. FullCalendar moves its own copy
 * of an event while the pointer drags it; once dropped, the job is saved through the contract and
 * drawn from our state (pending until committed). On a refusal the board compares its events
 * with our state again (`onRefused`), which puts the event back where the host says it is.
 */
import { useMemo } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventDragStopArg, EventReceiveArg, EventResizeDoneArg } from '@fullcalendar/interaction';
import type { BoardActionsImpl } from './board-actions';

/** The queue's element, where an event dragged off the board is dropped to unassign it. */
export const QUEUE_DROP_SELECTOR = '[data-drop-target="queue"]';

function queueRegion(): Element | null {
  return document.querySelector(QUEUE_DROP_SELECTOR);
}

/** Whether the pointer was released over the queue panel. */
export function isOverQueue(x: number, y: number): boolean {
  const rect = queueRegion()?.getBoundingClientRect();
  return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

function pointOf(event: MouseEvent | TouchEvent | PointerEvent): { x: number; y: number } | null {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
}

/** `onRefused` hears that a change was refused (the board then puts FullCalendar's copy back). */
export function useBoardInteractions(actions: BoardActionsImpl, onRefused: () => void) {
  return useMemo(() => {
    const settle = (done: Promise<boolean>) => {
      void done.then((ok) => {
        if (!ok) onRefused();
      });
    };
    return {
      /** An event moved to another time and/or technician. */
      eventDrop(info: EventDropArg) {
        const { event } = info;
        const technicianId = info.newResource?.id ?? event.getResources()[0]?.id;
        if (!event.start || !technicianId) return info.revert();
        const start = event.start.toISOString();
        const end = event.end?.toISOString();
        settle(actions.move({ jobId: event.id, technicianId, start, end }));
      },
      /** An event's end (or start) dragged: same technician, new duration. */
      eventResize(info: EventResizeDoneArg) {
        const { event } = info;
        const technicianId = event.getResources()[0]?.id;
        if (!event.start || !technicianId) return info.revert();
        const start = event.start.toISOString();
        const end = event.end?.toISOString();
        settle(actions.move({ jobId: event.id, technicianId, start, end }));
      },
      /**
       * A queue row dropped on a row. FullCalendar has added its own temporary event; it goes at
       * once (our state draws the real one, pending, from the assign call).
       */
      eventReceive(info: EventReceiveArg) {
        const { event } = info;
        const jobId = (event.extendedProps as { jobId?: unknown }).jobId;
        const technicianId = event.getResources()[0]?.id;
        const start = event.start?.toISOString();
        event.remove();
        if (typeof jobId !== 'string' || !technicianId || !start) return;
        settle(actions.assign({ jobId, technicianId, start }));
      },
      eventDragStart() {
        queueRegion()?.classList.add('is-drop-target');
      },
      /** Released over the queue: back to the queue. */
      eventDragStop(info: EventDragStopArg) {
        queueRegion()?.classList.remove('is-drop-target');
        const point = pointOf(info.jsEvent);
        if (point && isOverQueue(point.x, point.y)) settle(actions.unassign(info.event.id));
      },
    };
  }, [actions, onRefused]);
}
