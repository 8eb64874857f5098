/**
 * What FullCalendar draws inside an event and a technician's row label. FullCalendar v6 renders
 * custom content through React portals, so these components read context (the shared clock, the
 * board's decorations) like any other: the SLA clock ticks and today's hours update without the
 * calendar's event or resource inputs changing at all.
 */
import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { EventContentArg } from '@fullcalendar/core';
import type { ColCellContentArg } from '@fullcalendar/resource';
import { slaClocks } from '../../../../shared/domain/sla';
import type { SlaClock } from '../../../../shared/domain/sla';
import { formatTimeLeft } from '../../lib/format';
import { statusText } from '../../lib/job-status';
import { useNow } from '../../state/hooks';
import type { JobEventProps, TechnicianResourceProps } from './calendar-adapter';
import { TechnicianPrintControls } from '../run-sheet/TechnicianPrintControls'; // run sheets (issue #5)

/** Board-wide facts the row labels show: each technician's "booked / available h" for today. */
export type BoardDecor = { loads: ReadonlyMap<string, string> };
export const BoardDecorContext = createContext<BoardDecor>({ loads: new Map() });

/**
 * `09:00–10:30` in the shop's zone. Timeline views leave `timeText` empty, but with the named time
 * zone plugin `startStr`/`endStr` are wall-clock ISO strings in the calendar's zone.
 */
export function wallClockRange(startStr: string, endStr: string): string {
  return endStr ? `${startStr.slice(11, 16)}–${endStr.slice(11, 16)}` : startStr.slice(11, 16);
}

const SLA_WORDS: Record<SlaClock['state'], string> = { ok: 'on time', 'at-risk': 'at risk', breached: 'breached' };

/** The clock that matters now: response while awaited, else resolution. */
export function leadingClock(job: JobEventProps['job'], now: number): { label: string; clock: SlaClock } | null {
  const { response, resolution } = slaClocks(job, new Date(now));
  if (response) return { label: 'Response', clock: response };
  if (resolution) return { label: 'Resolution', clock: resolution };
  return null;
}

/** `Response due in 1 h 05 m (at risk)` / `Resolution overdue 12 m (breached)`. */
export function slaSentence(lead: { label: string; clock: SlaClock }): string {
  const left = formatTimeLeft(lead.clock.minutesLeft);
  const when = lead.clock.minutesLeft <= 0 ? left : `due in ${left}`;
  return `${lead.label} ${when} (${SLA_WORDS[lead.clock.state]}${lead.clock.paused ? ', paused' : ''})`;
}

/** The event's accessible name: what it is, when, its status, and "Saving…" while pending. */
export function eventLabel(props: JobEventProps, range: string): string {
  const parts = [`${props.priority} ${props.number} ${props.clientName} – ${props.title}`, range, statusText(props.status)];
  if (props.warnings.length > 0) parts.push('has warnings');
  if (props.pending) parts.push('Saving…');
  return parts.join(', ');
}

function JobEventContent({ arg }: { arg: EventContentArg }) {
  const now = useNow();
  const props = arg.event.extendedProps as JobEventProps;
  const lead = leadingClock(props.job, now);
  const descId = `job-event-desc-${props.jobId}`;
  const range = wallClockRange(arg.event.startStr, arg.event.endStr);
  const label = eventLabel(props, range);
  const ref = useRef<HTMLDivElement>(null);
  // FullCalendar owns the focusable event element and only lets us fill it, so its name is set
  // here (it changes with "Saving…"); the hidden text below is its description (SLA, warnings).
  useLayoutEffect(() => {
    ref.current?.closest('.fc-event')?.setAttribute('aria-label', label);
  }, [label]);
  return (
    <div className="job-event__body" ref={ref}>
      <div className="job-event__line">
        {props.warnings.length > 0 && (
          <span className="job-event__warning" aria-hidden="true">
            ⚠
          </span>
        )}
        <span className={`priority-badge priority-badge--${props.priority.toLowerCase()}`}>{props.priority}</span>
        <span className="job-event__number">{props.number}</span>
        <span className="job-event__client">{props.clientName}</span>
        {props.pending && <span className="job-event__saving">Saving…</span>}
      </div>
      <div className="job-event__line job-event__line--secondary">
        <span className="job-event__title">{props.title}</span>
        <span className="job-event__status">{statusText(props.status)}</span>
        {lead && (
          <span className={`job-event__sla sla--${lead.clock.state}`}>
            {lead.clock.state !== 'ok' && <span aria-hidden="true">{lead.clock.state === 'breached' ? '‼ ' : '! '}</span>}
            {formatTimeLeft(lead.clock.minutesLeft)}
          </span>
        )}
      </div>
      <span id={descId} className="visually-hidden">
        {range}.{lead ? ` ${slaSentence(lead)}.` : ''}
        {props.warnings.length > 0 ? ` Warnings: ${props.warnings.join(' ')}` : ''}
      </span>
    </div>
  );
}

export function renderJobEvent(arg: EventContentArg) {
  // Time-off background events and the preview dragged in from the queue carry no job record.
  if (!(arg.event.extendedProps as Partial<JobEventProps>).job) {
    return <span className="fc-event-title">{arg.event.title}</span>;
  }
  return <JobEventContent arg={arg} />;
}

function TechnicianCell({ arg }: { arg: ColCellContentArg }) {
  const { loads } = useContext(BoardDecorContext);
  const resource = arg.resource;
  if (!resource) return null;
  const props = resource.extendedProps as TechnicianResourceProps;
  const details = [props.zone, props.skills.join(', ')].filter((s) => s !== '').join(' · ');
  const load = loads.get(resource.id);
  return (
    <div className="tech-cell">
      <span className="tech-cell__chip" style={{ backgroundColor: props.colour }} aria-hidden="true" />
      <span className="tech-cell__text">
        <span className="tech-cell__name" title={resource.title}>
          {resource.title}
        </span>
        {/* Today's load leads the second line: it is what a dispatcher scans for; skills can be cut. */}
        <span className="tech-cell__details" title={[load && `${load} booked today`, details].filter(Boolean).join(' · ')}>
          {load && (
            <span className="tech-cell__load">
              <span className="visually-hidden">, </span>
              {load} today
            </span>
          )}
          {load && details && ' · '}
          {details}
        </span>
      </span>
      <TechnicianPrintControls technicianId={resource.id} name={resource.title} />
    </div>
  );
}

/** The technician column: a colour chip (decoration only), the name and today's hours, then zone and skills. */
export function renderTechnicianCell(arg: ColCellContentArg) {
  return <TechnicianCell arg={arg} />;
}

/** Zone group heading rows. */
export function renderZoneGroup(arg: ColCellContentArg) {
  return <span className="zone-group">{String(arg.groupValue ?? '')}</span>;
}
