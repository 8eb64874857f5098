import type { Job } from '../../shared/schemas/job';
import type { MaintenancePlan } from '../../shared/schemas/maintenance';
import type { Technician } from '../../shared/schemas/technician';

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
    maintenance: null,
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
