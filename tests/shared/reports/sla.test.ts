import { describe, expect, it } from 'vitest';
import { shopClock } from '../../../shared/reports/shop-clock';
import { slaReport } from '../../../shared/reports/sla';
import { makeVisit } from '../../support/factories';
import { line, reportJob } from './support';

const clock = shopClock('Europe/London');
const NOW = Date.parse('2026-03-30T12:00:00Z');
const tierOf = (clientId: string) => (clientId === 'gone' ? null : { id: 'standard', name: 'Standard' });

// The week of Monday 23 March 2026; British Summer Time starts at 01:00 UTC on Sunday the 29th.
const jobs = [
  // A: both met.
  reportJob({ number: 'J-1001', priority: 'P2', status: 'done', receivedAt: '2026-03-23T09:00:00Z', responseDueAt: '2026-03-23T10:00:00Z', respondedAt: '2026-03-23T09:30:00Z', resolutionDueAt: '2026-03-23T17:00:00Z', resolvedAt: '2026-03-23T16:00:00Z', history: [line('2026-03-23T09:10:00Z', 'assigned')] }),
  // B: nobody booked until after the response was due.
  reportJob({ number: 'J-1002', priority: 'P2', status: 'done', receivedAt: '2026-03-24T09:00:00Z', responseDueAt: '2026-03-24T10:00:00Z', respondedAt: '2026-03-24T11:00:00Z', resolutionDueAt: '2026-03-24T17:00:00Z', resolvedAt: '2026-03-24T16:00:00Z', history: [line('2026-03-24T10:30:00Z', 'assigned')] }),
  // C: booked at 09:30 for 14:00 (response due 13:00: booked late); 14:00 + 60 min estimate meets 15:00, the visit ran to 15:30 (ran over).
  reportJob({
    number: 'J-1003',
    priority: 'P3',
    status: 'done',
    receivedAt: '2026-03-25T09:00:00Z',
    responseDueAt: '2026-03-25T13:00:00Z',
    respondedAt: '2026-03-25T14:00:00Z',
    resolutionDueAt: '2026-03-25T15:00:00Z',
    resolvedAt: '2026-03-25T15:30:00Z',
    assignment: { technicianId: 't1', start: '2026-03-25T14:00:00Z', end: '2026-03-25T15:00:00Z' },
    visits: [makeVisit({ technicianId: 't1', arrivedAt: '2026-03-25T14:00:00Z', departedAt: '2026-03-25T15:30:00Z', outcome: 'done' })],
    history: [line('2026-03-25T09:30:00Z', 'assigned')],
  }),
  // D: on hold since before its resolution was due: the clock stands still, not measured.
  reportJob({ number: 'J-1004', priority: 'P3', status: 'on-hold', receivedAt: '2026-03-26T09:00:00Z', responseDueAt: '2026-03-26T10:00:00Z', respondedAt: '2026-03-26T09:45:00Z', resolutionDueAt: '2026-03-26T12:00:00Z', slaPausedSince: '2026-03-26T11:00:00Z', slaPausedMinutes: 30 }),
  // E: paused only after it was already late: a breach, still owed, never booked.
  reportJob({ number: 'J-1005', priority: 'P3', status: 'on-hold', receivedAt: '2026-03-27T09:00:00Z', responseDueAt: '2026-03-27T10:00:00Z', respondedAt: '2026-03-27T09:10:00Z', resolutionDueAt: '2026-03-27T11:00:00Z', slaPausedSince: '2026-03-27T12:00:00Z' }),
  // F: cancelled: not measured at all.
  reportJob({ number: 'J-1006', priority: 'P3', status: 'cancelled', receivedAt: '2026-03-27T09:00:00Z', responseDueAt: '2026-03-27T10:00:00Z', resolutionDueAt: '2026-03-27T11:00:00Z' }),
  // G: received 00:30 GMT on the DST Sunday, answered 02:30 BST (01:30 UTC), half an hour early.
  reportJob({ number: 'J-1007', priority: 'P3', status: 'scheduled', receivedAt: '2026-03-29T00:30:00Z', responseDueAt: '2026-03-29T02:00:00Z', respondedAt: '2026-03-29T01:30:00Z' }),
  // H: 23:30 UTC on the 29th is 00:30 BST on Monday the 30th: outside the range.
  reportJob({ number: 'J-1008', priority: 'P3', status: 'new', receivedAt: '2026-03-29T23:30:00Z', responseDueAt: '2026-03-30T01:00:00Z' }),
  // I: archived, client since removed; visited from 10:20 (no booking line), an hour's estimate, finished 15:00 against 14:00.
  reportJob(
    {
      number: 'J-1009',
      clientId: 'gone',
      priority: 'P1',
      status: 'done',
      receivedAt: '2026-03-28T10:00:00Z',
      responseDueAt: '2026-03-28T10:30:00Z',
      respondedAt: '2026-03-28T10:20:00Z',
      resolutionDueAt: '2026-03-28T14:00:00Z',
      resolvedAt: '2026-03-28T15:00:00Z',
      visits: [makeVisit({ technicianId: 't1', arrivedAt: '2026-03-28T10:20:00Z', departedAt: '2026-03-28T15:00:00Z', outcome: 'done' })],
    },
    { archived: true, clientName: 'Old Client' },
  ),
];

describe('SLA compliance', () => {
  const r = slaReport(jobs, { from: '2026-03-23', to: '2026-03-29' }, clock, NOW, { tierOf });

  it('measures response and resolution over the jobs received in the range', () => {
    expect(r.overall).toEqual({ jobs: 7, responseMeasured: 7, responseMet: 5, responsePercent: 71.4, resolutionMeasured: 5, resolutionMet: 2, resolutionPercent: 40 });
  });

  it('groups by priority (all four, percent null when nothing was measured), tier and week', () => {
    expect(r.byPriority.map((g) => [g.key, g.jobs, g.responseMet, g.responseMeasured, g.resolutionMet, g.resolutionMeasured])).toEqual([
      ['P1', 1, 1, 1, 0, 1],
      ['P2', 2, 1, 2, 2, 2],
      ['P3', 4, 3, 4, 0, 2],
      ['P4', 0, 0, 0, 0, 0],
    ]);
    expect(r.byPriority[3]?.responsePercent).toBeNull();
    expect(r.byTier.map((g) => [g.label, g.jobs])).toEqual([
      ['No tier (client removed)', 1],
      ['Standard', 6],
    ]);
    expect(r.byWeek.map((g) => [g.key, g.jobs])).toEqual([['2026-03-23', 7]]);
    expect(r.byClient.map((g) => [g.label, g.jobs])).toEqual([
      ['Client One', 6],
      ['Old Client', 1],
    ]);
  });

  it('lists each breach with its cause, most late first', () => {
    expect(r.breaches.map((b) => [b.number, b.kind, b.cause, b.lateMinutes, b.archived])).toEqual([
      ['J-1005', 'resolution', 'queued-too-long', 4380, false],
      ['J-1002', 'response', 'queued-too-long', 60, false],
      ['J-1003', 'response', 'booked-late', 60, false],
      ['J-1009', 'resolution', 'ran-over', 60, true],
      ['J-1003', 'resolution', 'ran-over', 30, false],
    ]);
    expect(r.breaches[0]?.doneAt).toBeNull();
    expect(r.causes).toEqual({ 'queued-too-long': 2, 'booked-late': 1, 'ran-over': 2 });
  });

  it('counts a week with no jobs as a row with null percents', () => {
    const wide = slaReport(jobs, { from: '2026-03-23', to: '2026-04-12' }, clock, NOW, { tierOf });
    expect(wide.byWeek.map((g) => [g.key, g.jobs, g.responsePercent])).toEqual([
      ['2026-03-23', 7, 71.4],
      // H: still not answered at noon, due at 01:00 UTC: late, though nobody has closed it.
      ['2026-03-30', 1, 0],
      ['2026-04-06', 0, null],
    ]);
  });

  it('lists at most 500 breaches, most late first, and counts the rest', () => {
    const late = Array.from({ length: 501 }, (_, i) =>
      reportJob({ priority: 'P3', status: 'done', receivedAt: '2026-03-24T09:00:00Z', responseDueAt: '2026-03-24T10:00:00Z', respondedAt: new Date(Date.parse('2026-03-24T10:00:00Z') + (i + 1) * 60_000).toISOString() }),
    );
    const many = slaReport(late, { from: '2026-03-23', to: '2026-03-29' }, clock, NOW, { tierOf });
    expect(many.breaches).toHaveLength(500);
    expect(many.breaches[0]?.lateMinutes).toBe(501);
    expect(many.breaches.at(-1)?.lateMinutes).toBe(2);
    expect(many.breachesNotListed).toBe(1);
    expect(many.causes['ran-over'] + many.causes['queued-too-long'] + many.causes['booked-late']).toBe(501);
  });
});
