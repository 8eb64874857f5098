/**
 * A plan's proposed bookings as board events: drawn dashed and hatched (planner.css), named
 * "Proposed: …" so they are never mistaken for real bookings, and not draggable.
 */
import type { EventInput } from '@fullcalendar/core';
import type { PlanDraft, PlanView } from '../../../../shared/ipc/planner-outputs';

export type GhostProps = { ghost: { jobId: string; number: string; reasons: string[]; moved: boolean } };

/** Event ids of ghosts never collide with a job's (a job event's id is its job id). */
export const ghostId = (jobId: string) => `plan:${jobId}`;

/** The finished plan's proposals, or while a slow run works, the plan as it stands (no reasons yet). */
export function ghostEvents(plan: PlanView | null, draft: readonly PlanDraft[] | null = null): Array<EventInput & { id: string }> {
  const shown: ReadonlyArray<PlanDraft & { reasons?: string[]; moved?: boolean }> = plan?.proposals ?? draft ?? [];
  return shown.map((p) => {
    const extendedProps: GhostProps = { ghost: { jobId: p.jobId, number: p.jobNumber, reasons: p.reasons ?? [], moved: p.moved ?? false } };
    return {
      id: ghostId(p.jobId),
      resourceId: p.technicianId,
      start: p.start,
      end: p.end,
      title: `Proposed: ${p.jobNumber}`,
      classNames: ['plan-ghost'],
      editable: false,
      extendedProps,
    };
  });
}

/** The ghost's own content: the job number and "proposed", the reasons as its description. */
export function ghostContent(props: GhostProps['ghost']): HTMLElement {
  const body = document.createElement('div');
  body.className = 'plan-ghost__body';
  const label = document.createElement('span');
  label.className = 'plan-ghost__label';
  label.textContent = props.moved ? 'proposed move' : 'proposed';
  const number = document.createElement('span');
  number.className = 'plan-ghost__number';
  number.textContent = props.number;
  // The number first: a short ghost cut by its width still says which job it is.
  body.append(number, document.createTextNode(' '), label);
  body.title = props.reasons.join('\n');
  return body;
}

/** The panel row of a proposal (the board's ghost focuses it when pressed). */
export const proposalRowId = (jobId: string) => `plan-proposal-${jobId}`;

/**
 * Names a ghost for assistive technology: "J-1043 proposed, not saved yet: 09:00–10:30",
 * its reasons as the description. Pressing it shows the proposal in the plan panel.
 */
export function labelGhost(el: HTMLElement, props: GhostProps['ghost'], startStr: string, endStr: string): void {
  el.dataset.ghostJobId = props.jobId;
  el.setAttribute('role', 'button');
  // Begins with the visible text ("J-1043 proposed"), as a name must for speech input to find it.
  el.setAttribute('aria-label', `${props.number} ${props.moved ? 'proposed move' : 'proposed'}, not saved yet: ${startStr.slice(11, 16)}–${endStr.slice(11, 16)}`);
  el.setAttribute('aria-describedby', proposalRowId(props.jobId));
}

/** Focus the plan panel's row for the ghost of `jobId`. */
export function showProposal(jobId: string): void {
  document.getElementById(proposalRowId(jobId))?.focus();
}
