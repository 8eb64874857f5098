import { describe, expect, it } from 'vitest';
import { backlogReport } from '../../../shared/reports/backlog';
import { shopClock } from '../../../shared/reports/shop-clock';
import { line, reportJob } from './support';

const clock = shopClock('Europe/London');

// Sunday 25 October 2026: the clocks go back, so the shop day has 25 hours (23:00 UTC on the 24th to midnight UTC).
const jobs = [
  // X: waits 08:00–08:30, done at 10:00.
  reportJob({ status: 'done', receivedAt: '2026-10-25T08:00:00Z', history: [line('2026-10-25T08:30:00Z', 'assigned'), line('2026-10-25T10:00:00Z', 'status', 'On site → Done')] }),
  // Y: waits from 08:10 and is still waiting.
  reportJob({ status: 'new', receivedAt: '2026-10-25T08:10:00Z' }),
  // Z: received the evening before; booked 09:15, taken off the board 09:45, booked again 11:00.
  reportJob({
    status: 'scheduled',
    receivedAt: '2026-10-24T20:00:00Z',
    history: [line('2026-10-25T09:15:00Z', 'assigned'), line('2026-10-25T09:45:00Z', 'unassigned'), line('2026-10-25T11:00:00Z', 'assigned')],
  }),
  // Finished long before: never counted.
  reportJob({ status: 'done', receivedAt: '2026-10-01T08:00:00Z', history: [line('2026-10-01T09:00:00Z', 'status', 'Done')] }),
];

describe('backlog', () => {
  const r = backlogReport(jobs, { from: '2026-10-25', to: '2026-10-25' }, clock);
  const bucket = (iso: string) => r.samples.find((s) => s.at === iso);

  it('samples every real hour of the shop day (25 on the autumn DST Sunday)', () => {
    expect(r.step).toBe('hour');
    expect(r.samples).toHaveLength(25);
    expect(r.samples[0]).toMatchObject({ at: '2026-10-24T23:00:00.000Z', day: '2026-10-25', queue: 1, open: 1 });
  });

  it('rebuilds the queue from received, booked, unassigned and finished times', () => {
    expect(bucket('2026-10-25T08:00:00.000Z')).toMatchObject({ queueMax: 3, queue: 2, open: 3, received: 2, finished: 0 });
    expect(bucket('2026-10-25T09:00:00.000Z')).toMatchObject({ queueMax: 2, queue: 2, open: 3 });
    expect(bucket('2026-10-25T10:00:00.000Z')).toMatchObject({ queue: 2, open: 2, finished: 1 });
    expect(bucket('2026-10-25T11:00:00.000Z')).toMatchObject({ queue: 1, open: 2 });
    expect(r.samples.at(-1)).toMatchObject({ queue: 1, open: 2 });
  });

  it('reports the highest bucket per day as a peak', () => {
    expect(r.peaks).toEqual([{ at: '2026-10-25T08:00:00.000Z', day: '2026-10-25', queue: 3 }]);
  });

  it('samples by shop day beyond 31 days', () => {
    const long = backlogReport(jobs, { from: '2026-10-01', to: '2026-11-09' }, clock);
    expect(long.step).toBe('day');
    expect(long.samples).toHaveLength(40);
    const sunday = long.samples.find((s) => s.day === '2026-10-25');
    expect(sunday).toMatchObject({ at: '2026-10-24T23:00:00.000Z', queueMax: 3, queue: 1, open: 2, received: 2, finished: 1 });
    // The job of 1 October waited 08:00–09:00 (finished without a booking line).
    expect(long.samples[0]).toMatchObject({ queueMax: 1, queue: 0, open: 0, received: 1, finished: 1 });
  });
});
