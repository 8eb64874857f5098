/**
 * The details popover of board events: shown while an event is hovered or keyboard-focused, kept
 * open while the pointer is on it. Also the event's click (open the job panel through the
 * `open-job` command) and keys on a focused event (Delete unassigns, Escape hides the details).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FocusEvent, KeyboardEvent, PointerEvent } from 'react';
import type { EventClickArg, EventHoveringArg } from '@fullcalendar/core';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { useCommands } from '../../commands/CommandsProvider';
import { layoutHold } from '../../lib/layout-hold';
import type { BoardActionsImpl } from './board-actions';
import { showProposal } from '../planner/ghost-events';
import type { GhostProps } from '../planner/ghost-events';
import { JobPopover } from './JobPopover';
import type { PopoverTarget } from './JobPopover';

type Options = {
  jobs: readonly Job[];
  technicians: readonly Technician[];
  clientNames: ReadonlyMap<string, string>;
  warnings: ReadonlyMap<string, string[]>;
  pending: ReadonlySet<string>;
  timeZone: string;
  actions: BoardActionsImpl;
};

type Shown = { jobId: string; rect: PopoverTarget['rect'] };

const HIDE_DELAY_MS = 200;
const HOVER_DELAY_MS = 300;

function eventElement(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.fc-event[data-job-id]') : null;
}

function rectOf(el: Element): PopoverTarget['rect'] {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, bottom: r.bottom, width: r.width };
}

export function useEventPopover({ jobs, technicians, clientNames, warnings, pending, timeZone, actions }: Options) {
  const commands = useCommands();
  const [shown, setShown] = useState<Shown | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const overPopover = useRef(false);
  // While an event is dragged or resized the popover would cover the rows it is dropped on.
  const dragging = useRef(false);
  // Set when a press on the board or queue ends; cleared by the next pointer movement.
  const stillAfterDrop = useRef(false);
  useEffect(
    () =>
      layoutHold.subscribe((held) => {
        if (held) return;
        stillAfterDrop.current = true;
        const moved = () => {
          stillAfterDrop.current = false;
          window.removeEventListener('pointermove', moved);
        };
        window.addEventListener('pointermove', moved);
      }),
    [],
  );

  const cancelHide = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  };
  const show = useCallback((jobId: string, el: Element) => {
    cancelHide();
    // Not while a pointer is pressed on the board or the queue (a drag from either), and not for
    // the event a drop has just put under a pointer that has not moved since.
    if (!dragging.current && !layoutHold.held() && !stillAfterDrop.current) setShown({ jobId, rect: rectOf(el) });
  }, []);
  const setDragging = useCallback((on: boolean) => {
    dragging.current = on;
    if (on) {
      cancelHide();
      setShown(null);
    }
  }, []);
  const hideSoon = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => {
      if (!overPopover.current) setShown(null);
    }, HIDE_DELAY_MS);
  }, []);

  const open = useCallback(
    (jobId: string, el?: Element) => {
      setShown(null);
      // The job panel registers `open-job`; without it (panel not loaded) the details popover
      // is what a click shows.
      if (!commands.run('open-job', { jobId }) && el) setShown({ jobId, rect: rectOf(el) });
    },
    [commands],
  );
  const unassign = useCallback(
    (jobId: string) => {
      setShown(null);
      void actions.unassign(jobId);
    },
    [actions],
  );

  const togglePin = useCallback((jobId: string) => void actions.togglePin(jobId), [actions]);

  const onEventClick = useCallback(
    (info: EventClickArg) => {
      info.jsEvent.preventDefault();
      // A proposed booking is not a job on the board yet: show it in the plan panel instead.
      const ghost = (info.event.extendedProps as Partial<GhostProps>).ghost;
      if (ghost) return showProposal(ghost.jobId);
      open(info.event.id, info.el);
    },
    [open],
  );
  // Hover intent: a pointer crossing the board on its way elsewhere opens nothing.
  const onEventMouseEnter = useCallback(
    (info: EventHoveringArg) => {
      cancelHide();
      if ((info.event.extendedProps as Partial<GhostProps>).ghost) return;
      hideTimer.current = setTimeout(() => show(info.event.id, info.el), HOVER_DELAY_MS);
    },
    [show],
  );
  const onEventMouseLeave = useCallback(() => hideSoon(), [hideSoon]);

  const containerProps = {
    // A press on an event may start a drag: get the popover out of the way at once.
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (eventElement(e.target)) setShown(null);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const el = eventElement(e.target);
      if (el?.dataset.jobId) show(el.dataset.jobId, el);
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      const next = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      if (!next?.closest('.job-popover') && eventElement(e.target)) hideSoon();
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const el = eventElement(e.target);
      const jobId = el?.dataset.jobId;
      if (e.key === 'Escape' && shown) {
        setShown(null);
        return;
      }
      if (!jobId) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        unassign(jobId);
      } else if (e.key === 'p' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        togglePin(jobId);
      } else if (e.key.toLowerCase() === 'm' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        // Message the customer about the focused job (the popover's "Message customer…").
        e.preventDefault();
        commands.run('message-customer', { jobId });
      }
    },
  };

  const target = useMemo<PopoverTarget | null>(() => {
    if (!shown) return null;
    const job = jobs.find((j) => j.id === shown.jobId);
    if (!job) return null;
    const technicianName = technicians.find((t) => t.id === job.assignment?.technicianId)?.name ?? 'a removed technician';
    return {
      job,
      clientName: clientNames.get(job.clientId) ?? 'Unknown client',
      technicianName,
      warnings: warnings.get(job.id) ?? [],
      pending: pending.has(job.id),
      rect: shown.rect,
    };
  }, [shown, jobs, technicians, clientNames, warnings, pending]);

  // In a portal on <body>: it is not clipped by the board's scroll areas and floats over the queue.
  const element = target ? createPortal(
    <JobPopover
      target={target}
      timeZone={timeZone}
      onOpen={(jobId) => open(jobId)}
      onUnassign={unassign}
      onTogglePin={togglePin}
      onHover={(inside) => {
        overPopover.current = inside;
        if (inside) cancelHide();
        else hideSoon();
      }}
    />,
    document.body,
  ) : null;

  return { containerProps, onEventClick, onEventMouseEnter, onEventMouseLeave, element, setDragging };
}
