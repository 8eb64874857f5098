import type { Directory } from '../../../shared/ipc/outputs';
import type { Job } from '../../../shared/schemas/job';
import type { Technician } from '../../../shared/schemas/technician';

/** A valid job received at 08:00Z on 2026-11-26, unassigned; override what a test cares about. */
export function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    number: 'J-1001',
    clientId: 'client-1',
    siteId: 'site-1',
    contactId: null,
    title: 'Printer jams on every page',
    description: '',
    category: 'printer',
    requiredSkills: ['printers'],
    priority: 'P3',
    status: 'new',
    statusReason: null,
    receivedAt: '2026-11-26T08:00:00Z',
    responseDueAt: '2026-11-26T12:00:00Z',
    resolutionDueAt: '2026-11-27T12:00:00Z',
    estimateMinutes: 60,
    slaPausedSince: null,
    slaPausedMinutes: 0,
    respondedAt: null,
    assignment: null,
    externalRef: null,
    notes: '',
    history: [],
    createdAt: '2026-11-26T08:00:00Z',
    updatedAt: '2026-11-26T08:00:00Z',
    revision: 1,
    ...overrides,
  };
}

export function makeTechnician(overrides: Partial<Technician> = {}): Technician {
  return {
    id: 'tech-1',
    name: 'Ada Lovelace',
    skills: ['network', 'printers'],
    zone: 'North',
    colour: '#1f77b4',
    workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }],
    timeOff: [],
    dailyCapacityHours: 8,
    active: true,
    ...overrides,
  };
}

export function makeDirectory(): Directory {
  return {
    clients: [
      { id: 'client-1', name: 'Acme Dental', contractType: 'break-fix', slaTier: 'standard', hourlyRate: 95, environmentNotes: '' },
      { id: 'client-2', name: 'Brightside Law', contractType: 'managed', slaTier: 'priority', hourlyRate: 0, environmentNotes: '' },
    ],
    sites: [
      { id: 'site-1', clientId: 'client-1', name: 'Main surgery', address: '1 High St', zone: 'North', accessNotes: '' },
      { id: 'site-2', clientId: 'client-2', name: 'Chambers', address: '2 Court Rd', zone: 'South', accessNotes: '' },
    ],
    contacts: [],
    revision: 1,
  };
}
