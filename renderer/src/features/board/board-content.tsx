/**
 * What FullCalendar draws inside an event and a technician's row label. Row labels are React
 * (FullCalendar renders them through portals), so they read the board's decorations from context
 * and today's hours update without the resources changing. Events are plain DOM nodes (see
 * `createJobEventRenderer` for why), refreshed in place by the shared clock.
 */
import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { EventContentArg } from '@fullcalendar/core';
import type { ColCellContentArg } from '@fullcalendar/resource';
import { bookingDeadlines, lateText } from '../../../../shared/domain/booking-deadlines';
import { slaClocks } from '../../../../shared/domain/sla';
import { maintenanceOverdue } from '../../../../shared/domain/maintenance';
import type { SlaClock } from '../../../../shared/domain/sla';
import { formatTimeLeft } from '../../lib/format';
import { statusText } from '../../lib/job-status';
import type { JobEventProps, TechnicianResourceProps } from './calendar-adapter';
import { describeOnly, separateWords } from './event-aria';
import { firstLineParts, secondLineParts } from './event-text';
import { periodPhrase } from './shown-loads';
import { reportDragPreview } from './drag-label';
import type { EventPart } from './event-text';
import { TechnicianPrintControls } from '../run-sheet/TechnicianPrintControls';
import { TechnicianCloseOutButton } from '../close-out/CloseOutButton';
import { ghostContent } from '../planner/ghost-events';
import type { GhostProps } from '../planner/ghost-events';

/**
 * Board-wide facts the row labels show: each technician's "5 h booked · 3 h free" over the shown
 * period and what that period is ("today", "Wed", "week"); and `observeLabel`, through which a
 * label that changes size has the board re-measured (FullCalendar does not notice by itself).
 */
export type BoardDecor = { loads: ReadonlyMap<string, string>; period: string; observeLabel: (el: Element) => () => void };
export const BoardDecorContext = createContext<BoardDecor>({ loads: new Map(), period: '', observeLabel: () => () => {} });

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

/** What each job event's content was built from, so the shared clock can refresh it in place. */
type Built = { props: JobEventProps; range: string; key: string; body: HTMLElement };

/** Everything an event's content shows, besides the clock. */
function contentKey(props: JobEventProps, range: string): string {
  const { job } = props;
  return [job.revision, props.number, props.clientName, props.title, props.priority, props.status, props.pending, props.warnings.join('\n'), range].join('|');
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function line(className: string, parts: EventPart[]): HTMLElement {
  const el = node('div', className);
  for (const part of parts) {
    const span = node('span', part.className, part.text);
    if (part.prefix) span.prepend(node('span', 'job-event__prefix', part.prefix));
    if (part.hidden) span.setAttribute('aria-hidden', 'true');
    el.append(span);
  }
  return el;
}

/** `Booked late: response by 5 h 31 m, resolution by 3 h.`, or '' when the booking keeps the SLA. */
export function bookedLateText(job: JobEventProps['job']): string {
  if (!job.assignment) return '';
  const v = bookingDeadlines(job, job.assignment);
  const parts = [v.response && `response by ${lateText(v.response.lateMinutes)}`, v.resolution && `resolution by ${lateText(v.resolution.lateMinutes)}`];
  const missed = parts.filter((p): p is string => Boolean(p));
  return missed.length ? `Booked late: ${missed.join(', ')}.` : '';
}

/** (Re)fills an event's body: two lines of facts and the hidden description (SLA, warnings). */
function fillJobEvent(body: HTMLElement, { props, range }: Built, now: number): void {
  const lead = leadingClock(props.job, now);
  const late = bookedLateText(props.job);
  const text = {
    priority: props.priority,
    number: props.number,
    clientName: props.clientName,
    title: props.title,
    status: props.status,
    statusText: statusText(props.status),
    hasWarnings: props.warnings.length > 0,
    pending: props.pending,
  };
  const first = line('job-event__line', firstLineParts(text));
  const second = line('job-event__line job-event__line--secondary', secondLineParts(text));
  // A booking that misses a deadline says so in words, not colour alone, right after the priority
  // so it is kept when a short event has room for little else.
  if (late) first.insertBefore(node('span', 'job-event__late', 'LATE'), first.children[1] ?? null);
  const overdue = maintenanceOverdue(props.job, new Date(now));
  // Pinned: an icon for the eye and the word for assistive technology (never colour alone).
  if (props.job.pinned) {
    const pin = node('span', 'job-event__pin');
    const icon = node('span', '', '📌');
    icon.setAttribute('aria-hidden', 'true');
    pin.append(icon, node('span', 'visually-hidden', 'Pinned'));
    first.insertBefore(pin, first.children[1] ?? null);
  }
  if (props.job.maintenance) first.insertBefore(node('span', overdue ? 'job-event__overdue' : 'job-event__maint', overdue ? 'OVERDUE' : 'MAINT'), first.children[1] ?? null);
  if (lead) {
    const sla = node('span', `job-event__sla sla--${lead.clock.state}`);
    if (lead.clock.state !== 'ok') {
      const mark = node('span', '', lead.clock.state === 'breached' ? '‼ ' : '! ');
      mark.setAttribute('aria-hidden', 'true');
      sla.append(mark);
    }
    sla.append(formatTimeLeft(lead.clock.minutesLeft));
    first.append(sla);
  }
  const desc = node(
    'span',
    'visually-hidden',
    `${range}.${props.job.pinned ? ' Pinned: the planner will not move it.' : ''}${props.job.maintenance ? (overdue ? ' Maintenance visit, overdue: its window has passed.' : ' Maintenance visit.') : ''}${lead ? ` ${slaSentence(lead)}.` : ''}${late ? ` ${late}` : ''}${props.warnings.length > 0 ? ` Warnings: ${props.warnings.join(' ')}` : ''}`,
  );
  desc.id = `job-event-desc-${props.jobId}`;
  describeOnly(desc);
  body.replaceChildren(first, second, desc);
  separateWords(body);
}

/**
 * The job events' content as plain DOM nodes, with one shared clock for all of them.
 *
 * Why not React: FullCalendar renders React content through one portal per event, and every
 * change to that set of portals makes @fullcalendar/react re-measure every lane (each event's
 * height, a forced layout per lane). With 600 (day) or 3,000 (week) events that, not our rules,
 * was most of the board's first render and of every redraw after a drop. Nodes handed over as
 * `domNodes` are inserted by FullCalendar's own renderer, with no portal and no extra resize.
 * The SLA clocks tick through `refresh(now)` (one pass over the board on the shared clock)
 * instead of a subscription per event.
 */
export function createJobEventRenderer(initialNow: number) {
  let now = initialNow;
  // Jobs whose change is saving. Marked here, not in the calendar's event data: a change to that
  // data makes FullCalendar redraw and re-measure every lane (about 100 ms for a day of 600
  // events), and a drop would pay that twice (saving, then committed) before it shows as saved.
  let pending: ReadonlySet<string> = new Set();
  const built = new WeakMap<HTMLElement, Built>();
  // The last content built per event. FullCalendar re-renders every event of a lane whenever the
  // lane's data changes (and asks for its content again); handing back the same nodes for an
  // unchanged job leaves its DOM alone, so the lane re-measures without re-laying out text.
  const shown = new Map<string, Built>();
  return {
    render(arg: EventContentArg): { domNodes: Node[] } {
      // A drag preview, drawn at the snapped time on the row under the pointer: label it.
      if (arg.isMirror) reportDragPreview(arg.event.getResources()[0]?.title ?? '', arg.event.startStr, arg.event.endStr);
      const props = arg.event.extendedProps as Partial<JobEventProps & GhostProps>;
      // A booking the planner proposes: drawn apart from real bookings.
      if (props.ghost) return { domNodes: [ghostContent(props.ghost)] };
      // Time-off background events and the preview dragged in from the queue carry no job record.
      if (!props.job) return { domNodes: [node('span', 'fc-event-title', arg.event.title)] };
      const range = wallClockRange(arg.event.startStr, arg.event.endStr);
      const own = { ...(props as JobEventProps), pending: pending.has(arg.event.id) };
      const key = contentKey(own, range);
      // The copy drawn under the pointer while dragging gets nodes of its own.
      const cached = arg.isMirror ? undefined : shown.get(arg.event.id);
      if (cached?.key === key) return { domNodes: [cached.body] };
      const body = node('div', 'job-event__body');
      const entry: Built = { props: own, range, key, body };
      built.set(body, entry);
      if (!arg.isMirror) shown.set(arg.event.id, entry);
      fillJobEvent(body, entry, now);
      return { domNodes: [body] };
    },
    /** For `eventClassNames`: saving jobs are drawn striped. */
    classNames(arg: EventContentArg): string[] {
      return pending.has(arg.event.id) ? ['is-pending'] : [];
    },
    isPending(jobId: string): boolean {
      return pending.has(jobId);
    },
    /**
     * The set of saving jobs changed: re-mark the events under `root` whose state changed, in
     * place (class, "Saving…", accessible name). FullCalendar keeps the marks on later redraws
     * through `classNames` and `render`, which read the same set.
     */
    setPending(root: ParentNode | null, next: ReadonlySet<string>): void {
      const before = pending;
      pending = next;
      if (!root) return;
      const changed = new Set<string>();
      for (const id of before) if (!next.has(id)) changed.add(id);
      for (const id of next) if (!before.has(id)) changed.add(id);
      for (const id of changed) {
        const on = next.has(id);
        for (const el of root.querySelectorAll<HTMLElement>(`.fc-event[data-job-id="${CSS.escape(id)}"]`)) {
          el.classList.toggle('is-pending', on);
          const body = el.querySelector<HTMLElement>('.job-event__body');
          const entry = body && built.get(body);
          if (!body || !entry) continue;
          const props = { ...entry.props, pending: on };
          const updated: Built = { props, range: entry.range, key: contentKey(props, entry.range), body };
          built.set(body, updated);
          if (shown.get(id)?.body === body) shown.set(id, updated);
          fillJobEvent(body, updated, now);
        }
      }
    },
    /** For `eventWillUnmount`: forget the event's nodes once it is no longer drawn. */
    forget(id: string, el: HTMLElement): void {
      const entry = shown.get(id);
      if (entry && el.contains(entry.body)) shown.delete(id);
    },
    /** The shared clock moved: redraw every shown event's SLA clock under `root`. */
    refresh(root: ParentNode, at: number): void {
      if (at === now) return;
      now = at;
      for (const body of root.querySelectorAll<HTMLElement>('.job-event__body')) {
        const entry = built.get(body);
        if (entry) fillJobEvent(body, entry, now);
      }
    },
  };
}

export type JobEventRenderer = ReturnType<typeof createJobEventRenderer>;

function TechnicianCell({ arg }: { arg: ColCellContentArg }) {
  const { loads, period, observeLabel } = useContext(BoardDecorContext);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (ref.current ? observeLabel(ref.current) : undefined), [observeLabel]);
  const resource = arg.resource;
  if (!resource) return null;
  const props = resource.extendedProps as TechnicianResourceProps;
  const details = [props.zone, props.skills.join(', ')].filter((s) => s !== '').join(' · ');
  const load = loads.get(resource.id);
  const when = periodPhrase(period);
  return (
    <div className="tech-cell" ref={ref}>
      <span className="tech-cell__chip" style={{ backgroundColor: props.colour }} aria-hidden="true" />
      <span className="tech-cell__text">
        <span className="tech-cell__name" title={resource.title}>
          {resource.title}
        </span>
        {/* The shown period's load leads the second line: it is what a dispatcher scans for. It is
            never cut; zone and skills take what room is left (compact rows leave them out). */}
        <span className="tech-cell__details" title={[load && `${load} ${when}`, details].filter(Boolean).join(' · ')}>
          {load && (
            <span className="tech-cell__load">
              <span className="visually-hidden">, </span>
              {load}
              <span className="visually-hidden"> {when}</span>
            </span>
          )}
          {details && <span className="tech-cell__skills">{load && ' · '}{details}</span>}
        </span>
      </span>
      <TechnicianPrintControls technicianId={resource.id} name={resource.title} />
      <TechnicianCloseOutButton technicianId={resource.id} name={resource.title} />
    </div>
  );
}

/** The technician column's heading, with the period the rows' hours are for. */
function TechnicianHeader() {
  const { period } = useContext(BoardDecorContext);
  const when = periodPhrase(period);
  return (
    <>
      Technician{when && <span className="tech-header__period"> · hours {when}</span>}
    </>
  );
}

export function renderTechnicianHeader() {
  return <TechnicianHeader />;
}

/** The technician column: a colour chip (decoration only), the name and the shown period's hours, then zone and skills. */
export function renderTechnicianCell(arg: ColCellContentArg) {
  return <TechnicianCell arg={arg} />;
}

/** Zone group heading rows. */
export function renderZoneGroup(arg: ColCellContentArg) {
  return <span className="zone-group">{String(arg.groupValue ?? '')}</span>;
}
