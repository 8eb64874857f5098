import { describe, expect, it } from 'vitest';
import { shopClock } from '../../../shared/reports/shop-clock';
import { techniciansReport } from '../../../shared/reports/technicians';
import { makeVisit } from '../../support/factories';
import { reportJob } from './support';

const clock = shopClock('Europe/London');
const WEEKDAYS = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }];
const t1 = { id: 't1', name: 'Alex', workingHours: WEEKDAYS, timeOff: [{ start: '2026-10-23', end: '2026-10-23' }] };
const booking = (start: string, end: string) => ({ technicianId: 't1', start, end });
const visit = (arrivedAt: string, departedAt: string, outcome: 'done' | 'another-visit', extra = {}) => makeVisit({ technicianId: 't1', arrivedAt, departedAt, outcome, travelMinutes: 10, ...extra });

// Monday 19 to Sunday 25 October 2026 (BST until the Sunday), Alex off on the Friday.
const jobs = [
  // Charged (time and materials), fixed on the one visit.
  reportJob({ clientId: 'tm', status: 'done', assignment: booking('2026-10-19T08:00:00Z', '2026-10-19T10:00:00Z'), resolvedAt: '2026-10-19T09:30:00Z', visits: [visit('2026-10-19T08:00:00Z', '2026-10-19T09:30:00Z', 'done', { travelMinutes: 20 })] }),
  // Included in the managed contract; two visits, so not a first-time fix.
  reportJob({
    clientId: 'managed',
    category: 'printer',
    status: 'done',
    assignment: booking('2026-10-20T12:00:00Z', '2026-10-20T13:00:00Z'),
    resolvedAt: '2026-10-21T12:30:00Z',
    visits: [visit('2026-10-20T12:00:00Z', '2026-10-20T12:45:00Z', 'another-visit'), visit('2026-10-21T12:00:00Z', '2026-10-21T12:30:00Z', 'done')],
  }),
  // Done without a close-out: its booking stands in for the work.
  reportJob({ clientId: 'tm', status: 'done', assignment: booking('2026-10-22T15:00:00Z', '2026-10-22T17:00:00Z'), resolvedAt: '2026-10-22T17:00:00Z' }),
  // Cancelled: its booking is not load.
  reportJob({ clientId: 'tm', status: 'cancelled', assignment: booking('2026-10-21T09:00:00Z', '2026-10-21T10:00:00Z') }),
  // Someone else's.
  reportJob({ clientId: 'tm', status: 'done', assignment: { technicianId: 't2', start: '2026-10-19T08:00:00Z', end: '2026-10-19T09:00:00Z' }, resolvedAt: '2026-10-19T09:00:00Z' }),
];

describe('technicians', () => {
  const r = techniciansReport(jobs, { from: '2026-10-19', to: '2026-10-25' }, clock, {
    technicians: [t1],
    isBillable: (job) => job.clientId === 'tm',
  });
  const row = r.rows[0];

  it('puts booked and worked time against the hours available', () => {
    // Four working days of 8 hours (Friday off, weekend without hours).
    expect(row).toMatchObject({ availableMinutes: 1920, bookedMinutes: 300, onSiteMinutes: 285, travelMinutes: 40 });
    expect(row?.bookedPercent).toBe(15.6); // 300 / 1920
    expect(row?.workedPercent).toBe(16.9); // (285 + 40) / 1920
  });

  it('splits on-site time into billable and not by the contract', () => {
    expect(row).toMatchObject({ billableMinutes: 210, nonBillableMinutes: 75 });
  });

  it('counts resolved jobs and first-time fixes', () => {
    expect(row).toMatchObject({ jobsResolved: 3, firstVisits: 2, firstTimeFixes: 1, firstTimeFixPercent: 50 });
    expect(r.totals).toMatchObject({ availableMinutes: 1920, jobsResolved: 3, firstTimeFixPercent: 50 });
  });

  it('a visit that began before the range counts only its minutes inside', () => {
    const across = techniciansReport(jobs, { from: '2026-10-20', to: '2026-10-20' }, clock, { technicians: [t1], isBillable: () => true });
    expect(across.rows[0]).toMatchObject({ availableMinutes: 480, bookedMinutes: 60, onSiteMinutes: 45, firstVisits: 1, firstTimeFixes: 0, jobsResolved: 0 });
  });
});
