import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isWithinHours } from '../../../shared/domain/business-time';
import type { WeeklyHours } from '../../../shared/schemas/common';

// March 2026: Mon 2 … Fri 6, Sat 7, Sun 8. London is on GMT (= UTC) until Sun 29 March, so the
// ISO strings before that date read as shop wall-clock time. New York changes on 8 March and 1 November.
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const OFFICE: WeeklyHours = [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }];
const ALWAYS: WeeklyHours = [{ days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }];

const add = (start: string, minutes: number, hours = OFFICE, holidays: string[] = [], zone = LONDON) =>
  addBusinessMinutes(new Date(start), minutes, hours, holidays, zone).toISOString();

describe('addBusinessMinutes', () => {
  it.each([
    ['inside one day', '2026-03-02T09:00:00.000Z', 60, '2026-03-02T10:00:00.000Z'],
    ['over closing time into the next morning', '2026-03-02T17:30:00.000Z', 60, '2026-03-03T08:30:00.000Z'],
    ['exactly to closing time (due at closing, not at the next opening)', '2026-03-02T17:00:00.000Z', 60, '2026-03-02T18:00:00.000Z'],
    ['over a weekend', '2026-03-06T17:00:00.000Z', 120, '2026-03-09T09:00:00.000Z'],
    ['from before opening', '2026-03-02T06:00:00.000Z', 30, '2026-03-02T08:30:00.000Z'],
    ['from after closing', '2026-03-02T19:00:00.000Z', 30, '2026-03-03T08:30:00.000Z'],
    ['from a Saturday', '2026-03-07T11:00:00.000Z', 45, '2026-03-09T08:45:00.000Z'],
    ['from exactly opening time', '2026-03-02T08:00:00.000Z', 600, '2026-03-02T18:00:00.000Z'],
    ['several days', '2026-03-02T08:00:00.000Z', 601, '2026-03-03T08:01:00.000Z'],
    ['fractional minutes', '2026-03-02T08:00:00.000Z', 0.5, '2026-03-02T08:00:30.000Z'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(add(start, minutes)).toBe(expected);
  });

  it('returns the start itself for zero minutes, even outside hours', () => {
    expect(add('2026-03-07T11:00:00.000Z', 0)).toBe('2026-03-07T11:00:00.000Z');
  });

  it('skips holidays', () => {
    expect(add('2026-03-06T17:00:00.000Z', 120, OFFICE, ['2026-03-09'])).toBe('2026-03-10T09:00:00.000Z');
    expect(add('2026-03-02T17:00:00.000Z', 120, OFFICE, ['2026-03-03', '2026-03-04'])).toBe('2026-03-05T09:00:00.000Z');
  });

  it('skips a holiday the start falls on', () => {
    expect(add('2026-03-02T10:00:00.000Z', 30, OFFICE, ['2026-03-02'])).toBe('2026-03-03T08:30:00.000Z');
  });

  it('counts every minute on a 24×7 schedule', () => {
    expect(add('2026-03-07T23:00:00.000Z', 240, ALWAYS)).toBe('2026-03-08T03:00:00.000Z');
    expect(add('2026-03-07T23:00:00.000Z', 3 * 24 * 60, ALWAYS)).toBe('2026-03-10T23:00:00.000Z');
  });

  it('merges overlapping intervals so no minute counts twice', () => {
    const hours: WeeklyHours = [
      { days: [1], start: '08:00', end: '12:00' },
      { days: [1, 1], start: '10:00', end: '14:00' },
    ];
    expect(add('2026-03-02T08:00:00.000Z', 300, hours)).toBe('2026-03-02T13:00:00.000Z');
    expect(add('2026-03-02T08:00:00.000Z', 361, hours)).toBe('2026-03-09T08:01:00.000Z');
  });

  it('runs across intervals that meet at midnight', () => {
    const nights: WeeklyHours = [
      { days: [1], start: '22:00', end: '24:00' },
      { days: [2], start: '00:00', end: '06:00' },
    ];
    expect(add('2026-03-02T23:00:00.000Z', 120, nights)).toBe('2026-03-03T01:00:00.000Z');
  });

  it('keeps opening hours on the wall clock across the spring DST change (London)', () => {
    // Fri 27 Mar 17:00 GMT + 2 h: one hour on Friday, one from 08:00 BST (= 07:00Z) on Monday 30 March.
    expect(add('2026-03-27T17:00:00.000Z', 120)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('counts real elapsed time on a 24×7 schedule across DST changes', () => {
    // 00:00 GMT on 29 March + 3 h = 04:00 BST = 03:00Z (the 01:00–02:00 hour does not exist).
    expect(add('2026-03-29T00:00:00.000Z', 180, ALWAYS)).toBe('2026-03-29T03:00:00.000Z');
    // New York falls back on 1 Nov: 00:00 EDT (04:00Z) + 24 h lands at 23:00 EST the same day.
    expect(add('2026-11-01T04:00:00.000Z', 24 * 60, ALWAYS, [], NEW_YORK)).toBe('2026-11-02T04:00:00.000Z');
  });

  it('keeps opening hours on the wall clock across the autumn DST change (New York)', () => {
    // Fri 30 Oct 17:00 EDT (21:00Z) + 2 h → Mon 2 Nov 09:00 EST (14:00Z).
    expect(add('2026-10-30T21:00:00.000Z', 120, OFFICE, [], NEW_YORK)).toBe('2026-11-02T14:00:00.000Z');
    // Fri 6 Mar 17:00 EST (22:00Z) + 2 h → Mon 9 Mar 09:00 EDT (13:00Z).
    expect(add('2026-03-06T22:00:00.000Z', 120, OFFICE, [], NEW_YORK)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('handles 60 business days and the largest target exactly', () => {
    // 36,000 minutes = 60 ten-hour days = 12 full weeks, ending Fri 22 May 18:00 BST (17:00Z).
    expect(add('2026-03-02T08:00:00.000Z', 36_000)).toBe('2026-05-22T17:00:00.000Z');
    // The largest target the schema allows: 525,600 min = 876 days = 175 weeks + 1 day → Mon 9 Jul 2029 18:00 BST.
    expect(add('2026-03-02T08:00:00.000Z', 60 * 24 * 365)).toBe('2029-07-09T17:00:00.000Z');
  });

  it('throws a clear error without business hours', () => {
    expect(() => add('2026-03-02T08:00:00.000Z', 60, [])).toThrow('no business hours defined');
    expect(() => add('2026-03-02T08:00:00.000Z', 60, [{ days: [], start: '08:00', end: '18:00' }])).toThrow(
      'no business hours defined',
    );
  });

  it('refuses negative minutes and unknown zones', () => {
    expect(() => add('2026-03-02T08:00:00.000Z', -1)).toThrow(RangeError);
    expect(() => add('2026-03-02T08:00:00.000Z', 10, OFFICE, [], 'Mars/Olympus')).toThrow('Unknown time zone');
  });
});

describe('businessMinutesBetween', () => {
  const between = (from: string, to: string, hours = OFFICE, holidays: string[] = [], zone = LONDON) =>
    businessMinutesBetween(new Date(from), new Date(to), hours, holidays, zone);

  it('counts only business time', () => {
    expect(between('2026-03-06T17:00:00.000Z', '2026-03-09T09:00:00.000Z')).toBe(120);
    expect(between('2026-03-02T06:00:00.000Z', '2026-03-02T20:00:00.000Z')).toBe(600);
    expect(between('2026-03-02T08:00:00.000Z', '2026-03-02T08:00:30.000Z')).toBe(0.5);
  });

  it('is 0 when to is not after from', () => {
    expect(between('2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z')).toBe(0);
    expect(between('2026-03-02T11:00:00.000Z', '2026-03-02T10:00:00.000Z')).toBe(0);
  });

  it('leaves out holidays and is 0 without hours', () => {
    expect(between('2026-03-06T17:00:00.000Z', '2026-03-10T09:00:00.000Z', OFFICE, ['2026-03-09'])).toBe(120);
    expect(between('2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z', [])).toBe(0);
  });

  it('sees 23- and 25-hour days on DST change days', () => {
    expect(between('2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', ALWAYS, [], NEW_YORK)).toBe(23 * 60);
    expect(between('2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', ALWAYS, [], NEW_YORK)).toBe(25 * 60);
  });

  it('inverts addBusinessMinutes', () => {
    const start = new Date('2026-03-05T16:10:00.000Z');
    const due = addBusinessMinutes(start, 2400, OFFICE, ['2026-03-09'], LONDON);
    expect(due.toISOString()).toBe('2026-03-12T16:10:00.000Z');
    expect(businessMinutesBetween(start, due, OFFICE, ['2026-03-09'], LONDON)).toBe(2400);
  });
});

describe('isWithinHours', () => {
  const SPLIT: WeeklyHours = [
    { days: [1, 2, 3, 4, 5], start: '08:00', end: '12:00' },
    { days: [1, 2, 3, 4, 5], start: '13:00', end: '17:00' },
  ];
  const TOUCHING: WeeklyHours = [...SPLIT, { days: [1], start: '12:00', end: '13:00' }];
  const within = (start: string, end: string, hours = SPLIT, zone = LONDON) =>
    isWithinHours(new Date(start), new Date(end), hours, zone);

  it.each([
    ['inside the morning', '2026-03-02T09:00:00.000Z', '2026-03-02T11:00:00.000Z', SPLIT, true],
    ['exactly the morning', '2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z', SPLIT, true],
    ['across the lunch gap', '2026-03-02T11:00:00.000Z', '2026-03-02T13:30:00.000Z', SPLIT, false],
    ['across touching intervals', '2026-03-02T11:00:00.000Z', '2026-03-02T13:30:00.000Z', TOUCHING, true],
    ['a minute past closing', '2026-03-02T16:00:00.000Z', '2026-03-02T17:01:00.000Z', SPLIT, false],
    ['before opening', '2026-03-02T07:30:00.000Z', '2026-03-02T08:30:00.000Z', SPLIT, false],
    ['on a Saturday', '2026-03-07T09:00:00.000Z', '2026-03-07T10:00:00.000Z', SPLIT, false],
    ['without any hours', '2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', [], false],
  ])('%s → %s', (_name, start, end, hours, expected) => {
    expect(within(start, end, hours)).toBe(expected);
  });

  it('joins intervals that meet at midnight', () => {
    const nights: WeeklyHours = [
      { days: [1], start: '22:00', end: '24:00' },
      { days: [2], start: '00:00', end: '06:00' },
    ];
    expect(within('2026-03-02T23:00:00.000Z', '2026-03-03T01:00:00.000Z', nights)).toBe(true);
    expect(within('2026-03-03T23:00:00.000Z', '2026-03-04T01:00:00.000Z', nights)).toBe(false);
  });

  it('reads hours in the zone across DST (New York)', () => {
    // 08:00 EST on Fri 6 March is 13:00Z; 08:00 EDT on Mon 9 March is 12:00Z.
    expect(within('2026-03-06T13:00:00.000Z', '2026-03-06T14:00:00.000Z', SPLIT, NEW_YORK)).toBe(true);
    expect(within('2026-03-06T12:00:00.000Z', '2026-03-06T13:00:00.000Z', SPLIT, NEW_YORK)).toBe(false);
    expect(within('2026-03-09T12:00:00.000Z', '2026-03-09T13:00:00.000Z', SPLIT, NEW_YORK)).toBe(true);
  });

  it('is false for an empty or inverted range', () => {
    expect(within('2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z')).toBe(false);
    expect(within('2026-03-02T10:00:00.000Z', '2026-03-02T09:00:00.000Z')).toBe(false);
  });
});
