import { describe, expect, it } from 'vitest';
import {
  buildFollowUp,
  closeOutJobs,
  followUpTitle,
  partAmountMinor,
  pausesSla,
  respondedAtWith,
  sortVisits,
  statusAfter,
  visitMinutes,
  visitOfDay,
} from '../../../shared/domain/visits';
import { JobSchema } from '../../../shared/schemas/job';
import { bookedJob, makeJob, makeVisit as visitRecord } from '../../support/factories';
import type { Visit } from '../../../shared/schemas/visit';

/** The close-out tests' day: Monday 2 March 2026, Sam on site 09:30–10:45 UTC. */
const makeVisit = (o: Partial<Visit> = {}): Visit =>
  visitRecord({ arrivedAt: '2026-03-02T09:30:00.000Z', departedAt: '2026-03-02T10:45:00.000Z', signedBy: 'Megan Doyle', recordedAt: '2026-03-02T17:00:00.000Z', ...o });

const tz = 'Europe/London';

describe('closeOutJobs', () => {
  it("puts the sheet's jobs first in sheet order, then jobs with a visit that day that left the sheet, by arrival", () => {
    const second = bookedJob('b', 'J-1002', '2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z');
    const first = bookedJob('a', 'J-1010', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z');
    const tie = bookedJob('c', 'J-999', '2026-03-02T13:00:00.000Z', '2026-03-02T13:30:00.000Z');
    const moved = makeJob({ id: 'm', number: 'J-1003', status: 'on-hold', visits: [makeVisit({ arrivedAt: '2026-03-02T15:00:00.000Z', departedAt: '2026-03-02T15:30:00.000Z' })] });
    const movedEarlier = makeJob({ id: 'n', number: 'J-1004', visits: [makeVisit({ arrivedAt: '2026-03-02T08:00:00.000Z', departedAt: '2026-03-02T08:30:00.000Z' })] });
    const otherTech = makeJob({ id: 'o', number: 'J-1005', visits: [makeVisit({ technicianId: 'tech-kim' })] });
    const otherDay = makeJob({ id: 'p', number: 'J-1006', visits: [makeVisit({ arrivedAt: '2026-03-03T09:00:00.000Z', departedAt: '2026-03-03T10:00:00.000Z' })] });
    const cancelled = bookedJob('x', 'J-1007', '2026-03-02T11:00:00.000Z', '2026-03-02T12:00:00.000Z', { status: 'cancelled' });
    const jobs = [second, moved, otherTech, first, cancelled, tie, otherDay, movedEarlier];
    expect(closeOutJobs(jobs, 'tech-sam', '2026-03-02', tz).map((j) => j.number)).toEqual(['J-1010', 'J-999', 'J-1002', 'J-1004', 'J-1003']);
  });

  it("finds the day's latest visit of the technician to edit", () => {
    const early = makeVisit({ id: 'v1' });
    const late = makeVisit({ id: 'v2', arrivedAt: '2026-03-02T14:00:00.000Z', departedAt: '2026-03-02T15:00:00.000Z' });
    const job = makeJob({ visits: [early, late, makeVisit({ id: 'v3', technicianId: 'tech-kim', arrivedAt: '2026-03-02T16:00:00.000Z', departedAt: '2026-03-02T17:00:00.000Z' })] });
    expect(visitOfDay(job, 'tech-sam', '2026-03-02', tz)?.id).toBe('v2');
    expect(visitOfDay(job, 'tech-sam', '2026-03-03', tz)).toBeNull();
  });
});

describe('outcomes', () => {
  it('done and another visit finish the job; waiting puts it on hold, pausing the SLA only for the customer', () => {
    expect(statusAfter('done')).toBe('done');
    expect(statusAfter('another-visit')).toBe('done');
    expect(statusAfter('waiting-parts')).toBe('on-hold');
    expect(statusAfter('waiting-customer')).toBe('on-hold');
    expect(pausesSla('waiting-customer')).toBe(true);
    expect(pausesSla('waiting-parts')).toBe(false);
  });
});

describe('SLA record', () => {
  it('takes the earliest arrival unless a response was recorded earlier', () => {
    const visits = [{ arrivedAt: '2026-03-02T11:00:00.000Z' }, { arrivedAt: '2026-03-02T09:30:00.000Z' }];
    expect(respondedAtWith(null, visits)).toBe('2026-03-02T09:30:00.000Z');
    expect(respondedAtWith('2026-03-02T09:00:00.000Z', visits)).toBe('2026-03-02T09:00:00.000Z');
    expect(respondedAtWith('2026-03-02T10:00:00.000Z', visits)).toBe('2026-03-02T09:30:00.000Z');
    expect(respondedAtWith(null, [])).toBeNull();
  });
});

describe('amounts and minutes', () => {
  it('multiplies quantity by unit price, rounding half away from zero to whole minor units', () => {
    expect(partAmountMinor({ quantity: 3, unitPriceMinor: 1250 })).toBe(3750);
    expect(partAmountMinor({ quantity: 0.5, unitPriceMinor: 333 })).toBe(167);
    expect(partAmountMinor({ quantity: 0.25, unitPriceMinor: 2 })).toBe(1);
    expect(partAmountMinor({ quantity: 1.5, unitPriceMinor: 0 })).toBe(0);
    expect(visitMinutes(makeVisit())).toBe(75);
  });

  it('sorts visits by arrival, then id', () => {
    const a = makeVisit({ id: 'b', arrivedAt: '2026-03-02T09:00:00.000Z' });
    const b = makeVisit({ id: 'a', arrivedAt: '2026-03-02T09:00:00.000Z' });
    const c = makeVisit({ id: 'c', arrivedAt: '2026-03-01T09:00:00.000Z' });
    expect(sortVisits([a, b, c]).map((v) => v.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('buildFollowUp', () => {
  it('continues the call: same client, site, skills and SLA promise, unassigned and linked', () => {
    const job = makeJob({
      id: 'orig',
      number: 'J-1001',
      siteId: 's1',
      contactId: 'p1',
      requiredSkills: ['printers'],
      priority: 'P2',
      status: 'done',
      respondedAt: '2026-03-02T09:30:00.000Z',
      responseDueAt: '2026-03-02T13:00:00.000Z',
      resolutionDueAt: '2026-03-03T09:00:00.000Z',
      description: 'Tray 2 jams',
      assignment: { technicianId: 'tech-sam', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T10:00:00.000Z' },
    });
    const follow = buildFollowUp(job, { workDone: ' Ordered a fuser ' }, { id: 'f', number: 'J-1050' }, '2026-03-02T17:00:00.000Z', 'dispatcher');
    expect(JobSchema.parse(follow)).toEqual(follow);
    expect(follow).toMatchObject({
      id: 'f',
      number: 'J-1050',
      status: 'new',
      assignment: null,
      followUpOf: 'orig',
      siteId: 's1',
      contactId: 'p1',
      requiredSkills: ['printers'],
      priority: 'P2',
      receivedAt: job.receivedAt,
      respondedAt: '2026-03-02T09:30:00.000Z',
      resolutionDueAt: '2026-03-03T09:00:00.000Z',
      resolvedAt: null,
      visits: [],
      title: 'Follow-up to J-1001: Printer jams',
    });
    expect(follow.description).toBe('Continues J-1001 after the visit of 2026-03-02.\n\nDone so far: Ordered a fuser\n\nTray 2 jams');
  });

  it('keeps a long title within the limit', () => {
    const title = followUpTitle({ number: 'J-1001', title: 'x'.repeat(200) });
    expect(title).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });
});
