/**
 * A technician's bookings as calendar events: what a feed or an exported `.ics` file carries.
 * Pure: the caller passes the document's records, the technician and the range as instants.
 *
 * Each event's UID is the job id plus the visit number, so a calendar that re-reads the feed
 * updates the event it already has instead of adding another:
 * - a job's open booking is visit n + 1, where n is the number of visits already recorded on it;
 * - recorded visit k (from close-out, oldest first) is visit k.
 * Closing out a booking therefore turns it into the recorded visit with the same UID, and booking
 * the job again later adds visit n + 2. A cancelled job's booking and an unassigned job's booking
 * are simply absent, so subscribed calendars drop them; recorded visits stay, because they happened.
 */
import type { Client, Contact, Site } from '../schemas/client';
import type { Job } from '../schemas/job';
import type { Visit } from '../schemas/visit';

/** The part of the document the events are built from. */
export type FeedSource = {
  jobs: readonly Job[];
  clients: readonly Client[];
  sites: readonly Site[];
  contacts: readonly Contact[];
};

export type FeedEvent = {
  uid: string;
  /** ISO instants (UTC). */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  /** Grows with every change to the job, so clients that compare it see the update. */
  sequence: number;
  lastModified: string;
  /** `booking`: planned; `visit`: recorded at close-out with the real arrival and departure. */
  kind: 'booking' | 'visit';
};

/** Domain part of every UID: names the producer, so UIDs never collide with other calendars' events. */
export const UID_DOMAIN = 'dispatch-console';

/** `<job id>.visit-<n>@dispatch-console`. */
export function eventUid(jobId: string, visitNumber: number): string {
  return `${jobId}.visit-${visitNumber}@${UID_DOMAIN}`;
}

/** Longest job description carried into an event: a calendar is a pointer to the job, not its record. */
const DESCRIPTION_LIMIT = 1000;

function clip(text: string, limit: number): string {
  const trimmed = text.trim();
  return trimmed.length <= limit ? trimmed : `${trimmed.slice(0, limit - 1)}…`;
}

type Lookups = { clients: Map<string, Client>; sites: Map<string, Site>; contacts: Map<string, Contact> };

function lookups(source: FeedSource): Lookups {
  return {
    clients: new Map(source.clients.map((c) => [c.id, c])),
    sites: new Map(source.sites.map((s) => [s.id, s])),
    contacts: new Map(source.contacts.map((c) => [c.id, c])),
  };
}

function details(job: Job, l: Lookups, visit: Visit | null): Pick<FeedEvent, 'summary' | 'location' | 'description'> {
  const client = l.clients.get(job.clientId);
  const site = job.siteId ? l.sites.get(job.siteId) : undefined;
  const contact = job.contactId ? l.contacts.get(job.contactId) : undefined;
  const clientName = client?.name ?? 'Unknown client';
  const lines = [`Job ${job.number} (${job.priority}, ${job.status})`, `Client: ${clientName}`];
  if (site) lines.push(`Site: ${site.name}${site.address ? `, ${site.address}` : ''}`);
  if (contact) lines.push(`Contact: ${contact.name}${contact.phone ? `, ${contact.phone}` : ''}`);
  if (site?.accessNotes.trim()) lines.push(`Access: ${site.accessNotes.trim()}`);
  lines.push(`Problem: ${job.title}`);
  if (job.description.trim()) lines.push('', clip(job.description, DESCRIPTION_LIMIT));
  if (visit) {
    lines.push('', `Visit recorded: ${visit.outcome.replace('-', ' ')}`);
    if (visit.workDone.trim()) lines.push(`Work done: ${clip(visit.workDone, DESCRIPTION_LIMIT)}`);
  }
  return {
    summary: `${job.number} ${clientName}: ${job.title}`,
    location: site ? site.address || site.name : '',
    description: lines.join('\n'),
  };
}

/**
 * Is the job's booking still to be visited? Not when the job was cancelled, and not when a visit
 * was recorded after the booking began: that visit is the booking, closed out.
 */
function openBooking(job: Job): boolean {
  if (!job.assignment || job.status === 'cancelled') return false;
  const start = Date.parse(job.assignment.start);
  return !job.visits.some((v) => Date.parse(v.recordedAt) >= start);
}

const overlaps = (start: string, end: string, range: { start: number; end: number }) => Date.parse(start) < range.end && Date.parse(end) > range.start;

/**
 * The technician's events that overlap `[range.start, range.end)` (epoch ms), in start order (ties
 * by UID, so the output is the same on every read).
 */
export function technicianEvents(source: FeedSource, technicianId: string, range: { start: number; end: number }): FeedEvent[] {
  const l = lookups(source);
  const events: FeedEvent[] = [];
  for (const job of source.jobs) {
    const base = { sequence: job.revision, lastModified: job.updatedAt };
    job.visits.forEach((visit, index) => {
      if (visit.technicianId !== technicianId || !overlaps(visit.arrivedAt, visit.departedAt, range)) return;
      events.push({ uid: eventUid(job.id, index + 1), start: visit.arrivedAt, end: visit.departedAt, ...details(job, l, visit), ...base, kind: 'visit' });
    });
    const a = job.assignment;
    if (a && a.technicianId === technicianId && openBooking(job) && overlaps(a.start, a.end, range)) {
      events.push({ uid: eventUid(job.id, job.visits.length + 1), start: a.start, end: a.end, ...details(job, l, null), ...base, kind: 'booking' });
    }
  }
  return events.sort((x, y) => Date.parse(x.start) - Date.parse(y.start) || (x.uid < y.uid ? -1 : x.uid > y.uid ? 1 : 0));
}
