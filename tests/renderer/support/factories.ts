import type { Directory } from '../../../shared/ipc/outputs';
import type { Job } from '../../../shared/schemas/job';
import type { Technician } from '../../../shared/schemas/technician';
import { makeContract, makeJob as baseJob, makeTechnician as baseTechnician } from '../../support/factories';

/**
 * The renderer tests' defaults over the one record factory (tests/support/factories.ts): a job
 * received at 08:00Z on 2026-11-26 with its SLA deadlines set, at a site, needing printers; and a
 * North-zone technician with an 8-hour day. Override what a test cares about.
 */
export function makeJob(overrides: Partial<Job> = {}): Job {
  return baseJob({
    siteId: 'site-1',
    title: 'Printer jams on every page',
    requiredSkills: ['printers'],
    receivedAt: '2026-11-26T08:00:00Z',
    responseDueAt: '2026-11-26T12:00:00Z',
    resolutionDueAt: '2026-11-27T12:00:00Z',
    createdAt: '2026-11-26T08:00:00Z',
    updatedAt: '2026-11-26T08:00:00Z',
    ...overrides,
  });
}

export function makeTechnician(overrides: Partial<Technician> = {}): Technician {
  return baseTechnician({ id: 'tech-1', name: 'Ada Lovelace', zone: 'North', dailyCapacityHours: 8, ...overrides });
}

export function makeDirectory(): Directory {
  return {
    clients: [
      { id: 'client-1', name: 'Acme Dental', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 9500 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' },
      { id: 'client-2', name: 'Brightside Law', contract: makeContract({ type: 'managed', hourlyRateMinor: 0, includedCategories: ['hardware', 'software', 'network', 'printer', 'security', 'other'] }), blockTopUps: [], slaTier: 'priority', environmentNotes: '' },
    ],
    sites: [
      { id: 'site-1', clientId: 'client-1', name: 'Main surgery', address: '1 High St', zone: 'North', accessNotes: '' },
      { id: 'site-2', clientId: 'client-2', name: 'Chambers', address: '2 Court Rd', zone: 'South', accessNotes: '' },
    ],
    contacts: [],
    revision: 1,
  };
}
