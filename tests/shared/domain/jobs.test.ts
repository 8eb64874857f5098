import { describe, expect, it } from 'vitest';
import { assignmentEnd, dayBounds, dayOf, formatJobNumber, instantAt, jobsOverlapping } from '../../../shared/domain/jobs';
import { JobNumberSchema } from '../../../shared/schemas/job';
import { bookedJob, makeJob } from '../../support/factories';

describe('formatJobNumber', () => {
  it('formats numbers the schema accepts', () => {
    expect(formatJobNumber(1042)).toBe('J-1042');
    expect(JobNumberSchema.parse(formatJobNumber(999_999_999))).toBe('J-999999999');
  });

  it.each([1.5, -1, 1_000_000_000, Number.NaN])('refuses %s', (n) => {
    expect(() => formatJobNumber(n)).toThrow(RangeError);
  });
});

describe('assignmentEnd', () => {
  it('adds the estimate as elapsed time', () => {
    expect(assignmentEnd(new Date('2026-03-02T09:00:00.000Z'), 90).toISOString()).toBe('2026-03-02T10:30:00.000Z');
  });

  it('takes two real hours across the spring change (01:00 GMT → 04:00 BST)', () => {
    expect(assignmentEnd(new Date('2026-03-29T01:00:00.000Z'), 120).toISOString()).toBe('2026-03-29T03:00:00.000Z');
  });
});

describe('jobsOverlapping', () => {
  const a = bookedJob('a', 'J-1', '2026-03-02T08:00:00.000Z', '2026-03-02T10:00:00.000Z');
  const b = bookedJob('b', 'J-2', '2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z');
  const c = bookedJob('c', 'J-3', '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z');
  const unassigned = makeJob({ id: 'u' });
  const jobs = [a, b, c, unassigned];
  const ids = (from: string, to: string) => jobsOverlapping(jobs, new Date(from), new Date(to)).map((j) => j.id);

  it('uses half-open ranges, so touching is not overlapping', () => {
    expect(ids('2026-03-02T10:00:00.000Z', '2026-03-02T12:00:00.000Z')).toEqual(['b']);
    expect(ids('2026-03-02T09:59:00.000Z', '2026-03-02T12:01:00.000Z')).toEqual(['a', 'b', 'c']);
    expect(ids('2026-03-02T11:00:00.000Z', '2026-03-02T12:00:00.000Z')).toEqual([]);
  });

  it('finds a job that contains the whole range', () => {
    expect(ids('2026-03-02T08:30:00.000Z', '2026-03-02T08:45:00.000Z')).toEqual(['a']);
  });
});

describe('dayBounds and dayOf', () => {
  it.each([
    ['an ordinary London day', '2026-03-02', 'Europe/London', '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z'],
    ['the 23-hour London day', '2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['the 23-hour New York day', '2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['the 25-hour New York day', '2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ['a day east of UTC', '2026-03-02', 'Asia/Tokyo', '2026-03-01T15:00:00.000Z', '2026-03-02T15:00:00.000Z'],
    ['the end of a year', '2026-12-31', 'UTC', '2026-12-31T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ])('%s', (_name, day, zone, start, end) => {
    const bounds = dayBounds(day, zone);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
    expect(dayOf(bounds.start, zone)).toBe(day);
    expect(dayOf(new Date(bounds.end.getTime() - 1), zone)).toBe(day);
  });

  it('reads the day in the zone, not in UTC', () => {
    expect(dayOf(new Date('2026-03-03T03:30:00.000Z'), 'America/New_York')).toBe('2026-03-02');
    expect(dayOf(new Date('2026-03-02T23:30:00.000Z'), 'Asia/Tokyo')).toBe('2026-03-03');
  });

  it('refuses malformed days and unknown zones', () => {
    expect(() => dayBounds('2026-02-30', 'UTC')).toThrow(RangeError);
    expect(() => dayBounds('2 March', 'UTC')).toThrow(RangeError);
    expect(() => dayOf(new Date('2026-03-02T00:00:00.000Z'), 'Nowhere/Special')).toThrow('Unknown time zone');
  });
});

describe('instantAt', () => {
  it.each([
    ['EU spring-forward day', '2026-03-29', '10:00', 'Europe/London', '2026-03-29T09:00:00.000Z'],
    ['EU spring-forward day, before the change', '2026-03-29', '00:30', 'Europe/London', '2026-03-29T00:30:00.000Z'],
    ['EU spring-forward gap, moved forward', '2026-03-29', '01:30', 'Europe/London', '2026-03-29T01:30:00.000Z'],
    ['US fall-back day', '2026-11-01', '10:00', 'America/New_York', '2026-11-01T15:00:00.000Z'],
    ['US fall-back day, before the change', '2026-11-01', '00:30', 'America/New_York', '2026-11-01T04:30:00.000Z'],
    ['an ordinary winter day', '2026-12-09', '09:30', 'Europe/London', '2026-12-09T09:30:00.000Z'],
  ])('reads the wall clock on the %s', (_, day, hhmm, zone, expected) => {
    expect(instantAt(day, hhmm, zone).toISOString()).toBe(expected);
    if (!hhmm.startsWith('01:30')) expect(formatInZone(instantAt(day, hhmm, zone), zone)).toBe(`${day} ${hhmm}`);
  });

  it('refuses malformed days, times and zones', () => {
    expect(() => instantAt('2026-02-30', '10:00', 'Europe/London')).toThrow(RangeError);
    expect(() => instantAt('2026-03-29', '10', 'Europe/London')).toThrow(RangeError);
    expect(() => instantAt('2026-03-29', '10:00', 'Nowhere/Else')).toThrow(RangeError);
  });
});

function formatInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
