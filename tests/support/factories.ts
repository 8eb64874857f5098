import type { Job } from '../../shared/schemas/job';
import type { Technician } from '../../shared/schemas/technician';
import type { Visit } from '../../shared/schemas/visit';
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
    assignment: null,
    externalRef: null,
    notes: '',
    visits: [],
    followUpOf: null,
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
