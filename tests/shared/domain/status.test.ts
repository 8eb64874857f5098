import { describe, expect, it } from 'vitest';
import {
  OPEN_STATUSES,
  allowedTransitions,
  checkStatusChange,
  isOpenStatus,
  isUnassignedStatus,
} from '../../../shared/domain/status';
import type { Assignment, JobStatus } from '../../../shared/schemas/job';
import { JobStatusSchema } from '../../../shared/schemas/job';

const ASSIGNED: Assignment = { technicianId: 'tech-sam', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T10:00:00.000Z' };
const ALL = JobStatusSchema.options;

/** The expected table, written out so a change to the rules has to change this test too. */
const EXPECTED: Array<[from: JobStatus, to: JobStatus, assigned: boolean]> = [
  ['new', 'on-hold', false],
  ['new', 'cancelled', false],
  ['scheduled', 'dispatched', true],
  ['scheduled', 'on-hold', true],
  ['scheduled', 'cancelled', true],
  ['dispatched', 'en-route', true],
  ['dispatched', 'scheduled', true],
  ['dispatched', 'on-hold', true],
  ['dispatched', 'cancelled', true],
  ['en-route', 'on-site', true],
  ['en-route', 'on-hold', true],
  ['en-route', 'cancelled', true],
  ['on-site', 'done', true],
  ['on-site', 'on-hold', true],
  ['on-site', 'cancelled', true],
  ['on-hold', 'scheduled', true],
  ['on-hold', 'new', false],
  ['on-hold', 'cancelled', false],
  ['on-hold', 'cancelled', true],
];

describe('allowedTransitions', () => {
  it('is exactly the documented table', () => {
    const listed = Object.entries(allowedTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    const expected = new Set(EXPECTED.map(([from, to]) => `${from}→${to}`));
    expect(new Set(listed)).toEqual(expected);
    expect(Object.keys(allowedTransitions).sort()).toEqual([...ALL].sort());
  });

  it('makes done and cancelled final', () => {
    expect(allowedTransitions.done).toEqual([]);
    expect(allowedTransitions.cancelled).toEqual([]);
  });
});

describe('checkStatusChange', () => {
  it.each(EXPECTED)('allows %s → %s (assigned: %s)', (from, to, assigned) => {
    const job = { status: from, assignment: assigned ? ASSIGNED : null };
    expect(checkStatusChange(job, to, 'waiting on parts')).toEqual({ ok: true });
  });

  const allowed = new Set(EXPECTED.map(([from, to]) => `${from}→${to}`));
  const refused = ALL.flatMap((from) => ALL.filter((to) => !allowed.has(`${from}→${to}`)).map((to) => [from, to] as const));

  it.each(refused)('refuses %s → %s even with an assignment and a reason', (from, to) => {
    const verdict = checkStatusChange({ status: from, assignment: ASSIGNED, number: 'J-1042' }, to, 'because');
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/\S.*\.$/);
  });

  it.each<[string, JobStatus, Assignment | null, JobStatus, string | undefined, string]>([
    ['dispatching an unscheduled job', 'new', null, 'dispatched', undefined,
      'A job must be scheduled on a technician before it can be dispatched.'],
    ['on hold without a reason', 'scheduled', ASSIGNED, 'on-hold', undefined, 'Give a reason for putting J-1042 on hold.'],
    ['on hold with a blank reason', 'on-site', ASSIGNED, 'on-hold', '   ', 'Give a reason for putting J-1042 on hold.'],
    ['cancelling without a reason', 'new', null, 'cancelled', '', 'Give a reason for cancelling J-1042.'],
    ['reopening a done job', 'done', ASSIGNED, 'on-site', undefined,
      'J-1042 is done, which is final. Open a new job for follow-up work.'],
    ['reviving a cancelled job', 'cancelled', null, 'new', undefined,
      'J-1042 is cancelled, which is final. Open a new job if the work is needed.'],
    ['skipping en route', 'dispatched', ASSIGNED, 'on-site', undefined,
      'J-1042 cannot go from dispatched to on site; from dispatched it can go to: en route, scheduled, on hold, cancelled.'],
    ['scheduling by status', 'new', null, 'scheduled', undefined, 'Schedule J-1042 by assigning it to a technician on the board.'],
    ['unscheduling by status', 'scheduled', ASSIGNED, 'new', undefined, 'Return J-1042 to the queue by unassigning it on the board.'],
    ['resuming to scheduled without a technician', 'on-hold', null, 'scheduled', undefined,
      'J-1042 has no technician any more; resume it to the queue (new) or assign it on the board.'],
    ['resuming to the queue while still booked', 'on-hold', ASSIGNED, 'new', undefined,
      'J-1042 is still booked on a technician; resume it as scheduled, or unassign it first.'],
    ['finishing a job nobody was sent to', 'new', null, 'done', undefined,
      'J-1042 has no technician; schedule it on one before marking it done.'],
    ['a no-op change', 'on-hold', null, 'on-hold', 'still waiting', 'J-1042 is already on hold.'],
  ])('explains %s', (_name, status, assignment, to, reason, message) => {
    expect(checkStatusChange({ status, assignment, number: 'J-1042' }, to, reason)).toEqual({ ok: false, message });
  });

  it('says "this job" when no number is given', () => {
    expect(checkStatusChange({ status: 'new', assignment: null }, 'cancelled', undefined)).toEqual({
      ok: false,
      message: 'Give a reason for cancelling this job.',
    });
  });
});

describe('status groups', () => {
  it('lists the open statuses', () => {
    expect(OPEN_STATUSES).toEqual(['new', 'scheduled', 'dispatched', 'en-route', 'on-site', 'on-hold']);
    expect(ALL.filter((s) => !isOpenStatus(s))).toEqual(['done', 'cancelled']);
  });

  it('puts new and on-hold jobs in the queue', () => {
    expect(ALL.filter(isUnassignedStatus)).toEqual(['new', 'on-hold']);
  });
});
