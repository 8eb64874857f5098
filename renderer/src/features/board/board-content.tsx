/**
 * What FullCalendar draws inside an event and a technician's row label. Plain render functions
 * (not components with state) because FullCalendar calls them for every visible segment.
 */
import type { EventContentArg } from '@fullcalendar/core';
import type { ColCellContentArg } from '@fullcalendar/resource';
import { statusText } from '../../lib/job-status';
import type { JobEventProps, TechnicianResourceProps } from './calendar-adapter';

/**
 * `09:00–10:30` in the shop's zone. Timeline views leave `timeText` empty, but with the named time
 * zone plugin `startStr`/`endStr` are wall-clock ISO strings in the calendar's zone.
 */
function wallClockRange(arg: EventContentArg): string {
  const { startStr, endStr } = arg.event;
  return endStr ? `${startStr.slice(11, 16)}–${endStr.slice(11, 16)}` : startStr.slice(11, 16);
}

export function renderJobEvent(arg: EventContentArg) {
  const job = arg.event.extendedProps as JobEventProps;
  const tooltip = `${wallClockRange(arg)} · ${job.priority} · ${job.number} · ${job.clientName} – ${job.title} (${statusText(job.status)})`;
  // The priority is spelled out ("P1") so it never depends on colour alone.
  return (
    <div className="job-event__body" title={tooltip}>
      <div className="job-event__line">
        <span className={`priority-badge priority-badge--${job.priority.toLowerCase()}`}>{job.priority}</span>
        <span className="job-event__number">{job.number}</span>
        <span className="job-event__client">{job.clientName}</span>
      </div>
      <div className="job-event__line job-event__line--secondary">
        <span className="job-event__title">{job.title}</span>
        <span className="job-event__status">{statusText(job.status)}</span>
      </div>
    </div>
  );
}

/** The technician column: a colour chip (decoration only), the name, then zone and skills. */
export function renderTechnicianCell(arg: ColCellContentArg) {
  const resource = arg.resource;
  if (!resource) return null;
  const props = resource.extendedProps as TechnicianResourceProps;
  const details = [props.zone, props.skills.join(', ')].filter((s) => s !== '').join(' · ');
  return (
    <div className="tech-cell">
      <span className="tech-cell__chip" style={{ backgroundColor: props.colour }} aria-hidden="true" />
      <span className="tech-cell__text">
        <span className="tech-cell__name">{resource.title}</span>
        {details && (
          <span className="tech-cell__details" title={details}>
            {details}
          </span>
        )}
      </span>
    </div>
  );
}

/** Zone group heading rows. */
export function renderZoneGroup(arg: ColCellContentArg) {
  return <span className="zone-group">{String(arg.groupValue ?? '')}</span>;
}
