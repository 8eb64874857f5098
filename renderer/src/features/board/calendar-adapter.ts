/**
 * The one mapping from the console's records to FullCalendar's inputs. Pure: the board component
 * feeds these results to FullCalendar as props, so no job or technician ever lives only inside the
 * calendar (drag and drop reads `jobId` back from an event and calls the host through board-actions).
 */
import type { EventInput } from '@fullcalendar/core';
import type { ResourceInput } from '@fullcalendar/resource';
import type { Job, JobStatus } from '../../../../shared/schemas/job';
import type { Priority, WeeklyHours } from '../../../../shared/schemas/common';
import type { Technician } from '../../../../shared/schemas/technician';

/** What a board event carries besides its times; read by the event renderer, the popover and drops. */
export type JobEventProps = {
  jobId: string;
  number: string;
  clientName: string;
  title: string;
  priority: Priority;
  status: JobStatus;
  /** The job record itself, for the SLA clock and the details popover. */
  job: Job;
  /** The change is on its way to the host: drawn striped, named "Saving…", not draggable. */
  pending: boolean;
  /** Rule findings for this booking (overlap, hours, skills…); shown as ⚠ with the reasons. */
  warnings: string[];
};

/** Per-job marks the board adds to events: what is saving, what carries warnings. */
export type EventMarks = {
  pending?: ReadonlySet<string>;
  warnings?: ReadonlyMap<string, string[]>;
};

/** What a technician row carries besides its name. */
export type TechnicianResourceProps = {
  /** The technician's zone, '' when none. */
  zone: string;
  /** Group heading when the board groups rows by zone. */
  zoneLabel: string;
  skills: string[];
  colour: string;
  /** Position in the host's board order; FullCalendar would otherwise sort rows by id. */
  order: number;
};

export const NO_ZONE_LABEL = 'No zone';

/**
 * Technicians → resources, in the order given. Working hours pass through unchanged because the
 * schema stores them in FullCalendar's `businessHours` shape, so the row shades its off hours.
 */
export function toResources(technicians: readonly Technician[]): ResourceInput[] {
  return technicians.map((t, order) => {
    const extendedProps: TechnicianResourceProps = {
      zone: t.zone,
      zoneLabel: t.zone || NO_ZONE_LABEL,
      skills: [...t.skills],
      colour: t.colour,
      order,
    };
    return {
      id: t.id,
      title: t.name,
      businessHours: toBusinessHours(t.workingHours),
      extendedProps,
    };
  });
}

/**
 * FullCalendar reads `businessHours: []` as "no business hours at all" (the whole row shaded),
 * which is right for a technician without hours; copies so the calendar never holds our arrays.
 */
export function toBusinessHours(hours: WeeklyHours): Array<{ daysOfWeek: number[]; startTime: string; endTime: string }> {
  return hours.map((h) => ({ daysOfWeek: [...h.days], startTime: h.start, endTime: h.end }));
}

/** True when rows should be grouped by zone: only when there is more than one zone to tell apart. */
export function shouldGroupByZone(technicians: readonly Technician[]): boolean {
  return new Set(technicians.map((t) => t.zone)).size > 1;
}

/** The text FullCalendar uses as the event's title (and for its accessible fallback). */
export function eventTitle(job: Job, clientName: string): string {
  return `${job.priority} ${job.number} ${clientName} – ${job.title}`;
}

/**
 * Assigned jobs → timeline events. The event id is the job id, so a change updates its event in
 * place (see calendar-sync) instead of replacing it. Jobs without an assignment are the queue's, not the board's.
 */
export function toEvents(jobs: readonly Job[], clientNames: ReadonlyMap<string, string>, marks: EventMarks = {}): EventInput[] {
  const events: EventInput[] = [];
  for (const job of jobs) {
    const assignment = job.assignment;
    if (!assignment) continue;
    const clientName = clientNames.get(job.clientId) ?? 'Unknown client';
    const extendedProps: JobEventProps = {
      jobId: job.id,
      number: job.number,
      clientName,
      title: job.title,
      priority: job.priority,
      status: job.status,
      job,
      pending: marks.pending?.has(job.id) ?? false,
      warnings: marks.warnings?.get(job.id) ?? [],
    };
    const classNames = ['job-event', `job-event--${job.priority.toLowerCase()}`, `job-event--${job.status}`];
    if (extendedProps.pending) classNames.push('is-pending');
    if (extendedProps.warnings.length > 0) classNames.push('has-warning');
    // Maintenance visits look different: they fill quiet hours and are the first to move.
    if (job.maintenance) classNames.push('job-event--maintenance');
    events.push({
      id: job.id,
      resourceId: assignment.technicianId,
      start: assignment.start,
      end: assignment.end,
      title: eventTitle(job, clientName),
      classNames,
      // A job whose change is still saving cannot be dragged again until the host has answered.
      editable: !extendedProps.pending,
      extendedProps,
    });
  }
  return events;
}

/** Client id → name, for labelling events and queue rows. */
export function clientNameIndex(clients: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  return new Map(clients.map((c) => [c.id, c.name]));
}
