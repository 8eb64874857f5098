import { describe, expect, it } from 'vitest';
import { emptyDocument, type DispatchDocument } from '../../../shared/schemas/document';
import { planInputFromDocument, planQueue } from '../../../shared/planner';
import { bookedJob, makeJob, makeTechnician } from '../../support/factories';

// Monday 7 December 2026, 09:00 in London (UTC+0 in winter).
const now = new Date('2026-12-07T09:00:00Z');

function shop(jobs = [makeJob()], technicians = [makeTechnician()]): DispatchDocument {
  const doc = emptyDocument('Europe/London');
  doc.technicians = technicians;
  doc.jobs = jobs;
  doc.sites = [{ id: 'site-north', clientId: 'client-1', name: 'North office', address: '', zone: 'North', accessNotes: '' }];
  return doc;
}

describe('planInputFromDocument', () => {
  it('derives working intervals for today and the next working day, skipping the weekend', () => {
    // Friday 11 December 16:00: the next working day is Monday 14th.
    const input = planInputFromDocument(shop(), { now: new Date('2026-12-11T16:00:00Z'), mayMove: false });
    expect(input.days.map((d) => d.key)).toEqual(['2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14']);
    expect(input.technicians[0]!.shifts).toEqual([
      { day: '2026-12-11', start: Date.parse('2026-12-11T16:00:00Z'), end: Date.parse('2026-12-11T17:00:00Z') },
      { day: '2026-12-14', start: Date.parse('2026-12-14T08:00:00Z'), end: Date.parse('2026-12-14T17:00:00Z') },
    ]);
  });

  it('reads working hours on the wall clock on DST change days (23- and 25-hour days)', () => {
    const everyDay = makeTechnician({ workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '08:00', end: '17:00' }] });
    const spring = planInputFromDocument(shop([], [everyDay]), {
      now: new Date('2026-03-29T00:00:00Z'),
      horizon: { start: new Date('2026-03-29T00:00:00Z'), end: new Date('2026-03-29T23:00:00Z') },
      mayMove: false,
    });
    expect(spring.days).toEqual([{ key: '2026-03-29', start: Date.parse('2026-03-29T00:00:00Z'), end: Date.parse('2026-03-29T23:00:00Z') }]);
    // 08:00 BST is 07:00 UTC.
    expect(spring.technicians[0]!.shifts).toEqual([{ day: '2026-03-29', start: Date.parse('2026-03-29T07:00:00Z'), end: Date.parse('2026-03-29T16:00:00Z') }]);
    const autumn = planInputFromDocument(shop([makeJob({ estimateMinutes: 60 })], [everyDay]), {
      now: new Date('2026-10-25T06:50:00Z'),
      horizon: { start: new Date('2026-10-24T23:00:00Z'), end: new Date('2026-10-26T00:00:00Z') },
      mayMove: false,
    });
    expect(autumn.days[0]!.end - autumn.days[0]!.start).toBe(25 * 3_600_000);
    expect(autumn.technicians[0]!.shifts[0]).toMatchObject({ start: Date.parse('2026-10-25T08:00:00Z') });
    // Slots count from the local midnight, so the first booking starts at 08:00 GMT, on the grid.
    expect(planQueue(autumn).bookings[0]!.start).toBe('2026-10-25T08:00:00.000Z');
  });

  it('keeps dispatched, pinned and in-progress bookings fixed and moves scheduled ones only when allowed', () => {
    const jobs = [
      makeJob({ id: 'q', number: 'J-1', siteId: 'site-north' }),
      bookedJob('s', 'J-2', '2026-12-07T13:00:00Z', '2026-12-07T14:00:00Z'),
      bookedJob('p', 'J-3', '2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z', { pinned: true }),
      bookedJob('d', 'J-4', '2026-12-07T10:00:00Z', '2026-12-07T11:00:00Z', { status: 'dispatched' }),
      bookedJob('o', 'J-5', '2026-12-07T08:00:00Z', '2026-12-07T09:30:00Z', { status: 'on-site' }),
    ];
    const off = planInputFromDocument(shop(jobs), { now, mayMove: false });
    expect(off.jobs.map((j) => j.number)).toEqual(['J-1']);
    expect(off.jobs[0]!.zone).toBe('North');
    expect(off.fixed.map((f) => [f.number, f.why])).toEqual([
      ['J-2', 'moving bookings is off'],
      ['J-3', 'pinned'],
      ['J-4', 'dispatched'],
      ['J-5', 'on site'],
    ]);
    const on = planInputFromDocument(shop(jobs), { now, mayMove: true });
    expect(on.jobs.map((j) => j.number)).toEqual(['J-1', 'J-2']);
    expect(on.jobs[1]!.current).toEqual({ technicianId: 'tech-sam', start: Date.parse('2026-12-07T13:00:00Z'), end: Date.parse('2026-12-07T14:00:00Z') });
  });

  it('plans a queued job into the first free slot on the grid', () => {
    const plan = planQueue(planInputFromDocument(shop([makeJob({ receivedAt: '2026-12-07T08:52:00Z' })]), { now: new Date('2026-12-07T09:07:00Z'), mayMove: false }));
    expect(plan.bookings.map((b) => [b.number, b.start, b.end])).toEqual([['J-1001', '2026-12-07T09:15:00.000Z', '2026-12-07T10:15:00.000Z']]);
    expect(plan.unplaced).toEqual([]);
  });
});
