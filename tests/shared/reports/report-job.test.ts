import { describe, expect, it } from 'vitest';
import { makeVisit } from '../../support/factories';
import { line, reportJob } from './support';

const ms = (iso: string) => Date.parse(iso);

describe('report view of a job', () => {
  it('rebuilds the spans it waited in the queue from its history', () => {
    const job = reportJob({
      status: 'done',
      receivedAt: '2026-10-25T08:00:00Z',
      history: [line('2026-10-25T08:30:00Z', 'assigned'), line('2026-10-25T09:00:00Z', 'unassigned'), line('2026-10-25T09:20:00Z', 'moved'), line('2026-10-25T12:00:00Z', 'status', 'Done')],
    });
    expect(job.firstBooked).toBe(ms('2026-10-25T08:30:00Z'));
    expect(job.waiting).toEqual([
      [ms('2026-10-25T08:00:00Z'), ms('2026-10-25T08:30:00Z')],
      [ms('2026-10-25T09:00:00Z'), ms('2026-10-25T09:20:00Z')],
    ]);
    expect(job.finished).toBe(ms('2026-10-25T12:00:00Z'));
  });

  it('a job unassigned and then cancelled waited until it was cancelled', () => {
    const job = reportJob({ status: 'cancelled', receivedAt: '2026-10-25T08:00:00Z', history: [line('2026-10-25T08:30:00Z', 'assigned'), line('2026-10-25T09:00:00Z', 'unassigned'), line('2026-10-25T10:00:00Z', 'status', 'Cancelled')] });
    expect(job.waiting.at(-1)).toEqual([ms('2026-10-25T09:00:00Z'), ms('2026-10-25T10:00:00Z')]);
  });

  it('without booking lines, waits until its first visit, response or finish', () => {
    const job = reportJob({
      status: 'done',
      receivedAt: '2026-10-25T08:00:00Z',
      updatedAt: '2026-10-25T15:00:00Z',
      visits: [makeVisit({ arrivedAt: '2026-10-25T11:00:00Z', departedAt: '2026-10-25T12:00:00Z', outcome: 'done' })],
    });
    expect(job.waiting).toEqual([[ms('2026-10-25T08:00:00Z'), ms('2026-10-25T11:00:00Z')]]);
    // Older data without respondedAt / resolvedAt: the first arrival answered it, the done visit's departure resolved it.
    expect(job.responded).toBe(ms('2026-10-25T11:00:00Z'));
    expect(job.resolved).toBe(ms('2026-10-25T12:00:00Z'));
    expect(job.finished).toBe(ms('2026-10-25T15:00:00Z'));
  });

  it('an open job still waiting has an open span; a paused clock is kept only while open', () => {
    const open = reportJob({ status: 'on-hold', receivedAt: '2026-10-25T08:00:00Z', slaPausedSince: '2026-10-25T09:00:00Z' });
    expect(open.waiting).toEqual([[ms('2026-10-25T08:00:00Z'), null]]);
    expect(open.pausedSince).toBe(ms('2026-10-25T09:00:00Z'));
    const done = reportJob({ status: 'done', slaPausedSince: '2026-10-25T09:00:00Z' });
    expect(done.pausedSince).toBeNull();
  });
});
