import { describe, expect, it } from 'vitest';
import { statusActions } from '../../../../renderer/src/features/jobs/status-actions';
import { bookedJob, makeJob } from '../../../support/factories';

const summary = (job: Parameters<typeof statusActions>[0]) => statusActions(job).map((a) => [a.label, a.needsReason, a.blockedBecause === null]);

describe('statusActions', () => {
  it('walks the field flow one step at a time', () => {
    const booked = bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z');
    expect(summary(booked)).toEqual([
      ['Mark dispatched', false, true],
      ['Put on hold…', true, true],
      ['Cancel job…', true, true],
    ]);
    expect(summary({ ...booked, status: 'dispatched' }).map((a) => a[0])).toEqual(['Mark en route', 'Recall to scheduled', 'Put on hold…', 'Cancel job…']);
    expect(summary({ ...booked, status: 'en-route' }).map((a) => a[0])).toEqual(['Mark on site', 'Put on hold…', 'Cancel job…']);
    expect(summary({ ...booked, status: 'on-site' }).map((a) => a[0])).toEqual(['Mark done', 'Put on hold…', 'Cancel job…']);
    expect(statusActions({ ...booked, status: 'done' })).toEqual([]);
    expect(statusActions({ ...booked, status: 'cancelled' })).toEqual([]);
  });

  it('offers only the way to resume from hold that fits the booking', () => {
    const held = makeJob({ status: 'on-hold', number: 'J-1042' });
    expect(statusActions(held).map((a) => [a.label, a.blockedBecause])).toEqual([
      ['Resume to queue', null],
      ['Cancel job…', null],
    ]);
    const booked = bookedJob('j1', 'J-1042', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', { status: 'on-hold' });
    expect(statusActions(booked).map((a) => a.label)).toEqual(['Resume as scheduled', 'Cancel job…']);
  });

  it('says why a step is not possible yet', () => {
    // Only reachable with odd data (dispatched without a booking), but never shown as usable.
    const odd = makeJob({ status: 'dispatched', number: 'J-7' });
    expect(statusActions(odd).find((a) => a.to === 'en-route')?.blockedBecause).toBe(
      'J-7 has no technician; schedule it on one before marking it en route.',
    );
  });
});
