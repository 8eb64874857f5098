import { describe, expect, it } from 'vitest';
import { eventUid, technicianEvents } from '../../../shared/calendar/feed-events';
import type { FeedSource } from '../../../shared/calendar/feed-events';
import type { Job } from '../../../shared/schemas/job';
import type { Visit } from '../../../shared/schemas/visit';
import { bookedJob, makeClient, makeContract, makeJob } from '../../support/factories';

const directory: Omit<FeedSource, 'jobs'> = {
  clients: [makeClient({ name: 'Harbour Dental', contract: makeContract({ type: 'managed' }) })],
  sites: [{ id: 'site-1', clientId: 'client-1', name: 'Surgery', address: '14 Quay Street, Bristol', zone: '', accessNotes: 'Alarm code from reception' }],
  contacts: [{ id: 'contact-1', clientId: 'client-1', name: 'Megan Doyle', phone: '01632 960102', email: '' }],
};
const source = (...jobs: Job[]): FeedSource => ({ ...directory, jobs });
const march = { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-04-01T00:00:00Z') };
const booked = (overrides: Partial<Job> = {}) =>
  bookedJob('job-7', 'J-1007', '2026-03-10T09:00:00.000Z', '2026-03-10T10:30:00.000Z', { siteId: 'site-1', contactId: 'contact-1', ...overrides });

function visit(overrides: Partial<Visit>): Visit {
  return {
    id: 'visit-a',
    technicianId: 'tech-sam',
    arrivedAt: '2026-03-10T09:10:00.000Z',
    departedAt: '2026-03-10T10:40:00.000Z',
    travelMinutes: 20,
    workDone: 'Replaced fuser',
    parts: [],
    signedBy: 'M Doyle',
    outcome: 'done',
    followUpJobId: null,
    billedBatchId: null,
    recordedAt: '2026-03-10T17:00:00.000Z',
    ...overrides,
  };
}

describe('technicianEvents', () => {
  it('carries the job number, client, site address, contact phone and access notes', () => {
    const [event] = technicianEvents(source(booked()), 'tech-sam', march);
    expect(event).toMatchObject({ uid: 'job-7.visit-1@dispatch-console', start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T10:30:00.000Z', kind: 'booking' });
    expect(event?.summary).toBe('J-1007 Harbour Dental: Printer jams');
    expect(event?.location).toBe('14 Quay Street, Bristol');
    expect(event?.description.split('\n')).toEqual([
      'Job J-1007 (P3, scheduled)',
      'Client: Harbour Dental',
      'Site: Surgery, 14 Quay Street, Bristol',
      'Contact: Megan Doyle, 01632 960102',
      'Access: Alarm code from reception',
      'Problem: Printer jams',
    ]);
  });

  it('keeps the UID when the booking moves or the job changes, and raises the sequence', () => {
    const before = technicianEvents(source(booked()), 'tech-sam', march)[0];
    const moved = booked({ assignment: { technicianId: 'tech-sam', start: '2026-03-12T13:00:00.000Z', end: '2026-03-12T14:00:00.000Z' }, revision: 4, title: 'Printer jams again' });
    const after = technicianEvents(source(moved), 'tech-sam', march)[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.start).toBe('2026-03-12T13:00:00.000Z');
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity);
  });

  it('drops cancelled and unassigned jobs and other technicians’ bookings', () => {
    expect(technicianEvents(source(booked({ status: 'cancelled' })), 'tech-sam', march)).toEqual([]);
    expect(technicianEvents(source(booked({ assignment: null, status: 'new' })), 'tech-sam', march)).toEqual([]);
    expect(technicianEvents(source(booked()), 'tech-ana', march)).toEqual([]);
  });

  it('keeps only what overlaps the range, bounds exclusive', () => {
    const endsAtStart = booked({ assignment: { technicianId: 'tech-sam', start: '2026-02-28T23:00:00.000Z', end: '2026-03-01T00:00:00.000Z' } });
    const crossesStart = booked({ id: 'job-8', assignment: { technicianId: 'tech-sam', start: '2026-02-28T23:30:00.000Z', end: '2026-03-01T00:30:00.000Z' } });
    const startsAtEnd = booked({ id: 'job-9', assignment: { technicianId: 'tech-sam', start: '2026-04-01T00:00:00.000Z', end: '2026-04-01T01:00:00.000Z' } });
    expect(technicianEvents(source(endsAtStart, crossesStart, startsAtEnd), 'tech-sam', march).map((e) => e.uid)).toEqual([eventUid('job-8', 1)]);
  });

  it('turns a closed-out booking into its recorded visit under the same UID, and a later booking into the next visit', () => {
    const open = technicianEvents(source(booked()), 'tech-sam', march);
    const closed = booked({ status: 'done', visits: [visit({})] });
    const afterCloseOut = technicianEvents(source(closed), 'tech-sam', march);
    expect(afterCloseOut.map((e) => [e.uid, e.kind, e.start])).toEqual([[open[0]?.uid, 'visit', '2026-03-10T09:10:00.000Z']]);
    expect(afterCloseOut[0]?.description).toContain('Work done: Replaced fuser');

    const rebooked = booked({
      status: 'scheduled',
      visits: [visit({ outcome: 'waiting-parts' })],
      assignment: { technicianId: 'tech-sam', start: '2026-03-17T09:00:00.000Z', end: '2026-03-17T10:00:00.000Z' },
    });
    expect(technicianEvents(source(rebooked), 'tech-sam', march).map((e) => [e.uid, e.kind])).toEqual([
      ['job-7.visit-1@dispatch-console', 'visit'],
      ['job-7.visit-2@dispatch-console', 'booking'],
    ]);
  });

  it('lists a visit under the technician who made it, and sorts by start', () => {
    const byAna = booked({ visits: [visit({ technicianId: 'tech-ana', recordedAt: '2026-03-05T17:00:00.000Z', arrivedAt: '2026-03-05T09:00:00.000Z', departedAt: '2026-03-05T10:00:00.000Z' })] });
    const early = makeJob({ id: 'job-1', number: 'J-1001', status: 'scheduled', assignment: { technicianId: 'tech-sam', start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T09:00:00.000Z' } });
    expect(technicianEvents(source(byAna, early), 'tech-sam', march).map((e) => e.uid)).toEqual([eventUid('job-1', 1), eventUid('job-7', 2)]);
    expect(technicianEvents(source(byAna, early), 'tech-ana', march).map((e) => e.uid)).toEqual([eventUid('job-7', 1)]);
  });

  it('names an unknown client and leaves out a site, contact or access line it does not have', () => {
    const bare = makeJob({ clientId: 'gone', status: 'scheduled', assignment: { technicianId: 'tech-sam', start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T09:00:00.000Z' } });
    const [event] = technicianEvents(source(bare), 'tech-sam', march);
    expect(event?.summary).toBe('J-1001 Unknown client: Printer jams');
    expect(event?.location).toBe('');
    expect(event?.description).not.toMatch(/Site:|Contact:|Access:/);
  });
});
