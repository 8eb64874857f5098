import { describe, expect, it } from 'vitest';
import { findConflicts, isBlocking } from '../../../shared/domain/conflicts';
import type { Conflict } from '../../../shared/domain/conflict-types';
import type { Job } from '../../../shared/schemas/job';
import type { Technician } from '../../../shared/schemas/technician';
import { bookedJob, makeJob, makeTechnician } from '../../support/factories';

// Monday 2 March 2026; London is on GMT, so the Z times below are the shop's wall clock.
const LONDON = 'Europe/London';
const job = makeJob({ id: 'job-new', number: 'J-2000', requiredSkills: ['network'] });
const sam = makeTechnician();

function check(start: string, end: string, opts: { jobs?: Job[]; tech?: Technician; now?: string; zone?: string; j?: Job } = {}) {
  return findConflicts({
    job: opts.j ?? job,
    technician: opts.tech ?? sam,
    start: new Date(start),
    end: new Date(end),
    technicianJobs: opts.jobs ?? [],
    now: new Date(opts.now ?? '2026-03-01T12:00:00.000Z'),
    timeZone: opts.zone ?? LONDON,
  });
}

const morning = bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z');
const lateMorning = bookedJob('j2', 'J-1002', '2026-03-02T10:45:00.000Z', '2026-03-02T11:15:00.000Z');

describe('findConflicts', () => {
  it('finds nothing wrong with a clean slot', () => {
    expect(check('2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z', { jobs: [morning] })).toEqual([]);
  });

  it('reports an overlap with the other job number and its times', () => {
    expect(check('2026-03-02T10:00:00.000Z', '2026-03-02T10:40:00.000Z', { jobs: [morning, lateMorning] })).toEqual([
      { kind: 'overlap', message: 'Overlaps J-1001 (09:00–10:30).', jobIds: ['j1'] },
    ]);
  });

  it('lists every overlapping job in time order', () => {
    expect(check('2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', { jobs: [lateMorning, morning] })).toEqual([
      { kind: 'overlap', message: 'Overlaps J-1001 (09:00–10:30) and J-1002 (10:45–11:15).', jobIds: ['j1', 'j2'] },
    ]);
  });

  it('does not call back-to-back jobs an overlap', () => {
    expect(check('2026-03-02T10:30:00.000Z', '2026-03-02T10:45:00.000Z', { jobs: [morning, lateMorning] })).toEqual([]);
  });

  it('ignores the job itself when it is moved', () => {
    const itself = bookedJob('job-new', 'J-2000', '2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z', {
      requiredSkills: ['network'],
    });
    expect(check('2026-03-02T13:30:00.000Z', '2026-03-02T14:30:00.000Z', { jobs: [itself], j: itself })).toEqual([]);
  });

  it('ignores done and cancelled jobs, and jobs booked on someone else', () => {
    const jobs = [
      { ...morning, status: 'done' as const },
      { ...lateMorning, status: 'cancelled' as const },
      bookedJob('j3', 'J-1003', '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z', {
        assignment: { technicianId: 'tech-kim', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T12:00:00.000Z' },
      }),
    ];
    expect(check('2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z', { jobs })).toEqual([]);
  });

  it('reports work outside the technician hours, naming the hours of that day', () => {
    expect(check('2026-03-02T16:30:00.000Z', '2026-03-02T17:30:00.000Z')).toEqual([
      { kind: 'outside-hours', message: "16:30–17:30 is outside Sam's working hours (Monday 08:00–17:00)." },
    ]);
    const split = makeTechnician({
      workingHours: [
        { days: [1], start: '13:00', end: '17:00' },
        { days: [1], start: '08:00', end: '12:00' },
      ],
    });
    expect(check('2026-03-02T11:30:00.000Z', '2026-03-02T12:30:00.000Z', { tech: split })).toEqual([
      { kind: 'outside-hours', message: "11:30–12:30 is outside Sam's working hours (Monday 08:00–12:00, 13:00–17:00)." },
    ]);
  });

  it('says when the technician does not work that weekday', () => {
    expect(check('2026-03-07T09:00:00.000Z', '2026-03-07T10:00:00.000Z')).toEqual([
      { kind: 'outside-hours', message: 'Sam does not work on Saturdays (2026-03-07).' },
    ]);
  });

  it('reports time off with its reason', () => {
    const away = makeTechnician({
      timeOff: [
        { start: '2026-02-20', end: '2026-02-27', reason: 'Skiing' },
        { start: '2026-03-02', end: '2026-03-06', reason: 'Annual leave' },
        { start: '2026-03-09', end: '2026-03-09', reason: '' },
      ],
    });
    expect(check('2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', { tech: away })).toEqual([
      { kind: 'time-off', message: 'Sam is off from 2026-03-02 to 2026-03-06: Annual leave.' },
    ]);
    expect(check('2026-03-09T09:00:00.000Z', '2026-03-09T10:00:00.000Z', { tech: away })).toEqual([
      { kind: 'time-off', message: 'Sam is off on 2026-03-09.' },
    ]);
  });

  it('reports time off on any day the slot touches', () => {
    const nights = makeTechnician({
      workingHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }],
      timeOff: [{ start: '2026-03-03', end: '2026-03-03', reason: 'Dentist' }],
      dailyCapacityHours: 24,
    });
    expect(check('2026-03-02T23:00:00.000Z', '2026-03-03T01:00:00.000Z', { tech: nights })).toEqual([
      { kind: 'time-off', message: 'Sam is off on 2026-03-03: Dentist.' },
    ]);
    // Ending exactly at midnight does not touch the next day.
    expect(check('2026-03-02T23:00:00.000Z', '2026-03-03T00:00:00.000Z', { tech: nights })).toEqual([]);
  });

  it('names missing skills, comparing case-insensitively', () => {
    const j = makeJob({ id: 'job-new', number: 'J-2000', requiredSkills: ['Network', 'Server', 'printers', 'Cabling'] });
    const tech = makeTechnician({ skills: ['network', 'PRINTERS'] });
    expect(check('2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', { j, tech })).toEqual([
      { kind: 'missing-skills', message: 'Sam lacks the required skills: Server, Cabling.' },
    ]);
  });

  it('reports booked hours over the daily capacity', () => {
    const jobs = [
      bookedJob('j1', 'J-1001', '2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z'),
      bookedJob('j2', 'J-1002', '2026-03-02T12:00:00.000Z', '2026-03-02T14:30:00.000Z'),
      bookedJob('j3', 'J-1003', '2026-03-03T08:00:00.000Z', '2026-03-03T16:00:00.000Z'), // another day
    ];
    expect(check('2026-03-02T14:30:00.000Z', '2026-03-02T15:30:00.000Z', { jobs })).toEqual([
      { kind: 'over-capacity', message: 'Sam would have 7.5 h booked of 6 h.' },
    ]);
  });

  it('accepts a day booked exactly to capacity', () => {
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T08:00:00.000Z', '2026-03-02T13:00:00.000Z')];
    expect(check('2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z', { jobs })).toEqual([]);
  });

  it('reports a start in the past, with the day when it is not today', () => {
    expect(check('2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', { now: '2026-03-02T12:00:00.000Z' })).toEqual([
      { kind: 'in-past', message: 'Starts in the past (10:00; it is now 12:00).' },
    ]);
    expect(check('2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', { now: '2026-03-03T08:15:00.000Z' })).toEqual([
      { kind: 'in-past', message: 'Starts in the past (2026-03-02 10:00; it is now 2026-03-03 08:15).' },
    ]);
    // Starting exactly now is not in the past.
    expect(check('2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z', { now: '2026-03-02T10:00:00.000Z' })).toEqual([]);
  });

  it('reports an inactive technician', () => {
    expect(check('2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', { tech: makeTechnician({ active: false }) })).toEqual([
      { kind: 'inactive', message: 'Sam is marked inactive.' },
    ]);
  });

  it('reports several problems together, in a fixed order', () => {
    const tech = makeTechnician({
      active: false,
      skills: [],
      dailyCapacityHours: 1,
      timeOff: [{ start: '2026-03-02', end: '2026-03-02', reason: 'Training' }],
    });
    const kinds = check('2026-03-02T16:00:00.000Z', '2026-03-02T18:00:00.000Z', {
      tech,
      jobs: [bookedJob('j9', 'J-1009', '2026-03-02T15:00:00.000Z', '2026-03-02T16:30:00.000Z')],
      now: '2026-03-02T17:00:00.000Z',
    });
    expect(kinds).toEqual<Conflict[]>([
      { kind: 'overlap', message: 'Overlaps J-1009 (15:00–16:30).', jobIds: ['j9'] },
      { kind: 'outside-hours', message: "16:00–18:00 is outside Sam's working hours (Monday 08:00–17:00)." },
      { kind: 'time-off', message: 'Sam is off on 2026-03-02: Training.' },
      { kind: 'missing-skills', message: 'Sam lacks the required skills: network.' },
      { kind: 'over-capacity', message: 'Sam would have 3.5 h booked of 1 h.' },
      { kind: 'in-past', message: 'Starts in the past (16:00; it is now 17:00).' },
      { kind: 'inactive', message: 'Sam is marked inactive.' },
    ]);
  });

  it('formats times in the shop zone (New York, after the spring change)', () => {
    const other = bookedJob('j1', 'J-1001', '2026-03-09T13:00:00.000Z', '2026-03-09T14:30:00.000Z');
    expect(check('2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z', { jobs: [other], zone: 'America/New_York' })).toEqual([
      { kind: 'overlap', message: 'Overlaps J-1001 (09:00–10:30).', jobIds: ['j1'] },
    ]);
  });

  it('refuses an empty slot', () => {
    expect(() => check('2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z')).toThrow(RangeError);
  });
});

describe('isBlocking', () => {
  const overlap: Conflict = { kind: 'overlap', message: 'Overlaps J-1001 (09:00–10:30).', jobIds: ['j1'] };
  const others: Conflict[] = [
    { kind: 'outside-hours', message: 'x' },
    { kind: 'time-off', message: 'x' },
    { kind: 'missing-skills', message: 'x' },
    { kind: 'over-capacity', message: 'x' },
    { kind: 'in-past', message: 'x' },
    { kind: 'inactive', message: 'x' },
  ];

  it.each([
    ['an overlap under block', [overlap], 'block', true],
    ['an overlap among others under block', [...others, overlap], 'block', true],
    ['an overlap under warn', [overlap], 'warn', false],
    ['everything but an overlap under block', others, 'block', false],
    ['nothing', [], 'block', false],
  ] as const)('%s → %s', (_name, conflicts, policy, expected) => {
    expect(isBlocking([...conflicts], policy)).toBe(expected);
  });
});
