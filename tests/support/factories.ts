import type { SavedImportMapping } from '../../shared/schemas/import-mapping';
import type { Job } from '../../shared/schemas/job';
import type { SmtpSettings } from '../../shared/schemas/messages';
import type { MaintenancePlan } from '../../shared/schemas/maintenance';
import type { Technician } from '../../shared/schemas/technician';
import type { Part, Visit } from '../../shared/schemas/visit';
import type { CalendarFeed } from '../../shared/schemas/calendar';
import type { Client } from '../../shared/schemas/client';
import type { Contract } from '../../shared/schemas/contract';
import { newContract } from '../../shared/billing/contract-terms';

/**
 * The one factory for job and technician records, used by unit and end-to-end tests (and the
 * archive crash worker's bundle), so a new field is added here once. Pure: no Node, no DOM, so the
 * renderer's type-check includes it too. Override what a test cares about.
 */

/** A valid unassigned P3 job received 2026-03-02 09:00Z, without SLA deadlines. */
export function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    number: 'J-1001',
    clientId: 'client-1',
    siteId: null,
    contactId: null,
    title: 'Printer jams',
    description: '',
    category: 'printer',
    requiredSkills: [],
    priority: 'P3',
    status: 'new',
    statusReason: null,
    receivedAt: '2026-03-02T09:00:00.000Z',
    responseDueAt: null,
    resolutionDueAt: null,
    estimateMinutes: 60,
    slaPausedSince: null,
    slaPausedMinutes: 0,
    respondedAt: null,
    resolvedAt: null,
    assignment: null,
    externalRef: null,
    notes: '',
    visits: [],
    followUpOf: null,
    maintenance: null,
    pinned: false,
    history: [],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}

/** A job booked on `technicianId` for [start, end). */
export function bookedJob(id: string, number: string, start: string, end: string, overrides: Partial<Job> = {}): Job {
  return makeJob({
    id,
    number,
    status: 'scheduled',
    assignment: { technicianId: 'tech-sam', start, end },
    ...overrides,
  });
}

/** Sam: Mon–Fri 08:00–17:00, network + printers, 6 h a day, active. */
export function makeTechnician(overrides: Partial<Technician> = {}): Technician {
  return {
    id: 'tech-sam',
    name: 'Sam',
    skills: ['network', 'printers'],
    zone: '',
    colour: '#1f77b4',
    workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }],
    timeOff: [],
    dailyCapacityHours: 6,
    active: true,
    ...overrides,
  };
}

/** SMTP settings for a test server on 127.0.0.1 (plain SMTP, no login unless `user` is given). */
export function makeSmtpSettings(overrides: Partial<SmtpSettings> = {}): SmtpSettings {
  return { host: '127.0.0.1', port: 2525, tls: 'none', user: '', fromAddress: 'desk@fixit.example', fromName: 'FixIt IT Services', ...overrides };
}

/** A time-and-materials contract: £90 an hour, every started 15 minutes, 150 % after hours, no minimum, travel not charged. */
export function makeContract(overrides: Partial<Contract> = {}): Contract {
  return newContract('time-and-materials', 9000, overrides);
}

/** Acme Dental on the standard tier with {@link makeContract}'s terms and no block hours bought. */
export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'client-1',
    name: 'Acme Dental',
    contract: makeContract(),
    blockTopUps: [],
    slaTier: 'standard',
    environmentNotes: '',
    ...overrides,
  };
}

/** Sam on site Tuesday 2026-03-03 10:00–11:00Z, 20 minutes' travel, no parts, done, not billed. */
export function makeVisit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'visit-1',
    technicianId: 'tech-sam',
    arrivedAt: '2026-03-03T10:00:00.000Z',
    departedAt: '2026-03-03T11:00:00.000Z',
    travelMinutes: 20,
    workDone: 'Replaced the fuser unit',
    parts: [],
    signedBy: 'J. Smith',
    outcome: 'done',
    followUpJobId: null,
    billedBatchId: null,
    recordedAt: '2026-03-03T17:00:00.000Z',
    ...overrides,
  };
}

/** A stocked part: a pickup roller at 12.50 a unit. */
export function makePart(overrides: Partial<Part> = {}): Part {
  return { id: 'part-roller', name: 'Pickup roller', unitPriceMinor: 1250, ...overrides };
}

/** A remembered column mapping for a three-column ConnectWise-style jobs export. */
export function makeImportMapping(overrides: Partial<SavedImportMapping> = {}): SavedImportMapping {
  return {
    kind: 'jobs',
    headers: ['Ticket #', 'Company', 'Summary Description'],
    fields: ['external_ref', 'client', 'title'],
    values: { priority: { 'priority 1 - emergency response': 'P1' }, category: {}, status: { closed: 'closed' } },
    dateOrder: 'mdy',
    includeClosed: false,
    savedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

/** The token whose hash `makeCalendarFeed` stores. */
export const SAM_FEED_TOKEN = 'feed-token-of-sam-0123456789';

/** Sam's calendar feed, issued 2026-03-01, opened by `SAM_FEED_TOKEN`. */
export function makeCalendarFeed(overrides: Partial<CalendarFeed> = {}): CalendarFeed {
  return {
    technicianId: 'tech-sam',
    // sha256('feed-token-of-sam-0123456789')
    tokenHash: '3ba96b1beb8881896c89fc0f8190d89912facd997c6c2bbdc533f1419c43cb9f',
    issuedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/**
 * A plan for client-1: monthly on the first Tuesday from 2026-01-01, visits 09:00–12:00, jobs
 * created 14 days ahead, P4, never run yet.
 */
export function makeMaintenancePlan(overrides: Partial<MaintenancePlan> = {}): MaintenancePlan {
  return {
    id: 'plan-1',
    clientId: 'client-1',
    siteId: null,
    title: 'Monthly server check',
    category: 'maintenance',
    requiredSkills: [],
    estimateMinutes: 90,
    checklist: '',
    priority: 'P4',
    rule: 'FREQ=MONTHLY;BYDAY=+1TU',
    startDay: '2026-01-01',
    endDay: null,
    windowStart: '09:00',
    windowEnd: '12:00',
    leadDays: 14,
    preferredTechnicianId: null,
    preferredZone: '',
    active: true,
    createdThrough: null,
    exceptions: [],
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A finished job as a month archive file holds it (done, with client and technician names). */
export function makeArchiveEntry(overrides: Partial<Job> = {}): { job: Job; clientName: string; technicianName: string | null; finishedAt: string; archivedAt: string } {
  const job = makeJob({ status: 'done', ...overrides });
  return { job, clientName: 'Harbour Dental Practice', technicianName: 'Alex Chen', finishedAt: job.updatedAt, archivedAt: job.updatedAt };
}
