/**
 * Queue rows can be dragged onto the board. One FullCalendar `Draggable` on the virtualised rows
 * container, with an item selector, covers rows the virtualiser adds and removes as it scrolls;
 * `eventData` is read from the row's job at drag start, so the preview on the board has the job's
 * estimated length. The board's `eventReceive` turns the drop into `schedule:assign`.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { Draggable } from '@fullcalendar/interaction';
import type { QueueRow } from './queue-model';

export function useQueueDrag(containerRef: RefObject<HTMLElement | null>, rows: ReadonlyArray<{ original: QueueRow }>): void {
  // The drag reads the latest rows without re-creating the Draggable on every render.
  const byId = useRef(new Map<string, QueueRow>());
  useEffect(() => {
    byId.current = new Map(rows.map((r) => [r.original.id, r.original]));
  }, [rows]);

  // The rows container is rendered for the table's whole life, so one Draggable per mount.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const draggable = new Draggable(el, {
      itemSelector: '[data-job-id]',
      // Small moves are clicks that select a row; a drag starts after a few pixels.
      minDistance: 5,
      eventData: (item) => {
        const row = byId.current.get(item.dataset.jobId ?? '');
        // A row that vanished (refetch mid-press) drags nothing onto the board.
        if (!row) return { create: false };
        return {
          title: `${row.priority} ${row.number} ${row.clientName} – ${row.title}`,
          duration: { minutes: row.estimateMinutes },
          classNames: ['job-event', 'job-event--incoming', `job-event--${row.priority.toLowerCase()}`],
          extendedProps: { jobId: row.id },
          create: true,
        };
      },
    });
    return () => draggable.destroy();
  }, [containerRef]);
}
