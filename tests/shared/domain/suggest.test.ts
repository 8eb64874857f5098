import { describe, expect, it } from 'vitest';
import { compareSuggestions, suggestSlots } from '../../../shared/domain/suggest';
import type { SuggestInput } from '../../../shared/domain/suggest';
import type { Job } from '../../../shared/schemas/job';
import { bookedJob, makeJob, makeTechnician } from '../../support/factories';

// Monday 2 March 2026; London is on GMT, so the Z times below are the shop's wall clock.
const LONDON = 'Europe/London';
const job = makeJob({ id: 'job-new', number: 'J-2000', estimateMinutes: 60 });
const sam = makeTechnician();
const alex = makeTechnician({ id: 'tech-alex', name: 'Alex', skills: ['printers'] });

function suggest(overrides: Partial<SuggestInput> = {}) {
  return suggestSlots({
    job,
    technicians: [sam],
    jobs: [],
    siteZone: '',
    now: new Date('2026-03-02T09:07:00.000Z'),
    timeZone: LONDON,
    slotMinutes: 15,
    ...overrides,
  });
}

const slots = (r: ReturnType<typeof suggestSlots>) => r.suggestions.map((s) => [s.technicianName, s.start, s.end]);
const on = (tech: string, j: Job): Job => ({ ...j, assignment: j.assignment && { ...j.assignment, technicianId: tech } });

describe('suggestSlots', () => {
  it('starts at now rounded up to the slot size and books the estimate', () => {
    expect(slots(suggest())).toEqual([['Sam', '2026-03-02T09:15:00.000Z', '2026-03-02T10:15:00.000Z']]);
    expect(slots(suggest({ slotMinutes: 30 }))).toEqual([['Sam', '2026-03-02T09:30:00.000Z', '2026-03-02T10:30:00.000Z']]);
  });

  it('keeps a start that is already on the grid', () => {
    expect(suggest({ now: new Date('2026-03-02T11:00:00.000Z') }).suggestions[0]?.start).toBe('2026-03-02T11:00:00.000Z');
  });

  it('waits for the shift to open, and skips the weekend', () => {
    expect(suggest({ now: new Date('2026-03-02T06:00:00.000Z') }).suggestions[0]?.start).toBe('2026-03-02T08:00:00.000Z');
    // Friday 16:30: an hour no longer fits before 17:00, Saturday and Sunday are off.
    expect(suggest({ now: new Date('2026-03-06T16:30:00.000Z') }).suggestions[0]?.start).toBe('2026-03-09T08:00:00.000Z');
  });

  it('finds the gap between two jobs when it is long enough, and the end of the last one when not', () => {
    const jobs = [
      bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z'),
      bookedJob('j2', 'J-1002', '2026-03-02T11:30:00.000Z', '2026-03-02T12:00:00.000Z'),
    ];
    expect(slots(suggest({ jobs }))).toEqual([['Sam', '2026-03-02T10:30:00.000Z', '2026-03-02T11:30:00.000Z']]);
    const longer = { ...job, estimateMinutes: 90 };
    expect(slots(suggest({ jobs, job: longer }))).toEqual([['Sam', '2026-03-02T12:00:00.000Z', '2026-03-02T13:30:00.000Z']]);
  });

  it('rounds the end of an earlier job up to the slot grid', () => {
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:10:00.000Z')];
    expect(suggest({ jobs }).suggestions[0]?.start).toBe('2026-03-02T10:15:00.000Z');
  });

  it("ignores done and cancelled jobs and the job's own booking", () => {
    const jobs = [
      bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z', { status: 'done' }),
      bookedJob('job-new', 'J-2000', '2026-03-02T09:15:00.000Z', '2026-03-02T10:15:00.000Z'),
    ];
    expect(suggest({ jobs }).suggestions[0]?.start).toBe('2026-03-02T09:15:00.000Z');
  });

  it('skips days off', () => {
    const off = makeTechnician({ timeOff: [{ start: '2026-03-02', end: '2026-03-03', reason: 'Training' }] });
    expect(suggest({ technicians: [off] }).suggestions[0]?.start).toBe('2026-03-04T08:00:00.000Z');
  });

  it('respects the daily capacity', () => {
    const twoHours = makeTechnician({ dailyCapacityHours: 2 });
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z')];
    // 1.5 h booked + 1 h would be 2.5 h of 2 h on Monday: Tuesday's opening is the first fit.
    expect(suggest({ technicians: [twoHours], jobs }).suggestions[0]?.start).toBe('2026-03-03T08:00:00.000Z');
    const short = { ...job, estimateMinutes: 30 };
    expect(suggest({ technicians: [twoHours], jobs, job: short }).suggestions[0]?.start).toBe('2026-03-02T10:30:00.000Z');
  });

  it('ranks a technician with the required skills above one in the right zone', () => {
    const network = { ...job, requiredSkills: ['network'] };
    // Alex is in the site's zone and free now, Sam has the skill but is busy until 12:00.
    const west = { ...alex, zone: 'West' };
    const east = { ...sam, zone: 'East' };
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z')];
    const r = suggest({ job: network, technicians: [west, east], jobs, siteZone: 'west' });
    expect(slots(r)).toEqual([
      ['Sam', '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z'],
      ['Alex', '2026-03-02T09:15:00.000Z', '2026-03-02T10:15:00.000Z'],
    ]);
    expect(r.suggestions[1]).toMatchObject({ hasSkills: false, missingSkills: ['network'], sameZone: true });
    expect(r.suggestions[1]?.reasons.map((x) => [x.kind, x.met, x.text])).toEqual([
      ['skills', false, 'lacks network'],
      ['zone', true, 'West zone'],
      ['start', true, 'free 09:15'],
      ['load', true, 'nothing booked that day'],
    ]);
  });

  it('ranks the same zone above an earlier start', () => {
    const jobs = [on('tech-alex', bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z'))];
    const r = suggest({ technicians: [{ ...sam, zone: 'East' }, { ...alex, zone: 'West' }], jobs, siteZone: 'West' });
    expect(r.suggestions.map((s) => s.technicianName)).toEqual(['Alex', 'Sam']);
  });

  it('prefers a start before the response is due, and says so', () => {
    const due = makeJob({ ...job, responseDueAt: '2026-03-02T10:00:00.000Z' });
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z')];
    const r = suggest({ job: due, technicians: [sam, alex], jobs });
    expect(r.suggestions.map((s) => [s.technicianName, s.beforeResponseDue])).toEqual([
      ['Alex', true],
      ['Sam', false],
    ]);
    expect(r.suggestions[1]?.reasons.map((x) => x.text)).toEqual(['free 10:30', 'misses response due by 30 m', '1 h 30 m booked that day']);
    expect(r.suggestions[1]?.deadlines).toEqual({ response: { dueAt: '2026-03-02T10:00:00.000Z', lateMinutes: 30 }, resolution: null, ok: false });
  });

  it('puts a slot that meets the response due time above one that misses it, before skills and zone', () => {
    // Sam has the skill and the zone but is busy until 10:30; Alex lacks the skill, is in another
    // zone, and is free now: only Alex can answer before 10:00.
    const due = makeJob({ ...job, requiredSkills: ['network'], responseDueAt: '2026-03-02T10:00:00.000Z' });
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z')];
    const r = suggest({ job: due, technicians: [{ ...sam, zone: 'West' }, { ...alex, zone: 'East' }], jobs, siteZone: 'West' });
    expect(r.suggestions.map((s) => [s.technicianName, s.start, s.beforeResponseDue, s.hasSkills, s.sameZone])).toEqual([
      ['Alex', '2026-03-02T09:15:00.000Z', true, false, false],
      ['Sam', '2026-03-02T10:30:00.000Z', false, true, true],
    ]);
  });

  it('puts a slot that ends before the resolution is due above one that ends after it', () => {
    const due = makeJob({ ...job, resolutionDueAt: '2026-03-02T11:00:00.000Z' });
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T10:30:00.000Z')];
    const r = suggest({ job: due, technicians: [{ ...sam, zone: 'West' }, alex], jobs, siteZone: 'West' });
    expect(r.suggestions.map((s) => [s.technicianName, s.deadlines.ok])).toEqual([
      ['Alex', true],
      ['Sam', false],
    ]);
    expect(r.suggestions[1]?.reasons.at(-2)).toEqual({ kind: 'resolution-due', met: false, text: 'misses resolution due by 30 m' });
  });

  it('for a P1, the earliest slot that meets the deadline wins over the same zone; other priorities keep zone first', () => {
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T09:00:00.000Z', '2026-03-02T09:45:00.000Z')];
    const techs = [{ ...sam, zone: 'West' }, { ...alex, zone: 'East' }];
    const due = { ...job, responseDueAt: '2026-03-02T12:00:00.000Z' };
    const p1 = suggest({ job: { ...due, priority: 'P1' }, technicians: techs, jobs, siteZone: 'West' });
    expect(p1.suggestions.map((s) => [s.technicianName, s.start])).toEqual([
      ['Alex', '2026-03-02T09:15:00.000Z'],
      ['Sam', '2026-03-02T09:45:00.000Z'],
    ]);
    const p3 = suggest({ job: due, technicians: techs, jobs, siteZone: 'West' });
    expect(p3.suggestions.map((s) => s.technicianName)).toEqual(['Sam', 'Alex']);
  });

  it('breaks a tie on start by the lighter day', () => {
    const jobs = [bookedJob('j1', 'J-1001', '2026-03-02T14:00:00.000Z', '2026-03-02T16:00:00.000Z')];
    const r = suggest({ technicians: [sam, { ...alex, name: 'Zed' }], jobs });
    expect(r.suggestions.map((s) => [s.technicianName, s.bookedMinutes])).toEqual([
      ['Zed', 0],
      ['Sam', 120],
    ]);
  });

  it('names later days in the start reason, in the shop time zone', () => {
    const ny = 'America/New_York';
    // 22:00 in New York on Monday: the next opening is Tuesday 08:00 EST (13:00Z).
    const r = suggest({ timeZone: ny, now: new Date('2026-03-03T03:00:00.000Z') });
    expect(r.suggestions[0]?.start).toBe('2026-03-03T13:00:00.000Z');
    expect(r.suggestions[0]?.reasons.find((x) => x.kind === 'start')?.text).toBe('free Tue 3 Mar 08:00');
  });

  it('leaves out inactive technicians and honours the limit', () => {
    const techs = [sam, { ...alex, active: false }, makeTechnician({ id: 't3', name: 'Kim' }), makeTechnician({ id: 't4', name: 'Lee' })];
    const r = suggest({ technicians: techs, limit: 2 });
    expect(r.suggestions.map((s) => s.technicianName)).toEqual(['Kim', 'Lee']);
  });

  it('returns nothing, with a reason, when no slot exists', () => {
    const r = suggest({ technicians: [makeTechnician({ dailyCapacityHours: 0.5 })], days: 7 });
    expect(r).toEqual({
      suggestions: [],
      emptyReason:
        'No technician has 1 h free in the next 7 days (working hours, time off, other jobs and daily capacity considered).',
      days: 7,
    });
    expect(suggest({ technicians: [{ ...sam, active: false }] }).emptyReason).toBe('There are no active technicians to suggest.');
    expect(suggest({ job: { ...job, status: 'done' } }).emptyReason).toBe('J-2000 is done, so it cannot be scheduled.');
  });

  it('searches only the requested number of days', () => {
    const away = makeTechnician({ timeOff: [{ start: '2026-03-02', end: '2026-03-10', reason: '' }] });
    expect(suggest({ technicians: [away], days: 5 }).suggestions).toEqual([]);
    expect(suggest({ technicians: [away], days: 14 }).suggestions[0]?.start).toBe('2026-03-11T08:00:00.000Z');
  });
});

describe('compareSuggestions', () => {
  it('orders by response due, resolution due, skills, zone, start, load, then name', () => {
    const base = {
      technicianId: 'a',
      technicianName: 'A',
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-02T10:00:00.000Z',
      hasSkills: true,
      missingSkills: [],
      sameZone: true,
      beforeResponseDue: true,
      deadlines: { response: null, resolution: null, ok: true },
      inWindow: null,
      preferred: false,
      urgent: false,
      bookedMinutes: 0,
      reasons: [],
    };
    const lateEnd = { ...base, deadlines: { response: null, resolution: { dueAt: base.start, lateMinutes: 60 }, ok: false } };
    const worse = [
      { ...base, beforeResponseDue: false, hasSkills: true },
      { ...lateEnd, beforeResponseDue: true },
      { ...base, hasSkills: false },
      { ...base, sameZone: false },
      { ...base, beforeResponseDue: false },
      { ...base, inWindow: false },
      { ...base, start: '2026-03-02T09:15:00.000Z' },
      { ...base, bookedMinutes: 30 },
      { ...base, technicianName: 'B' },
    ];
    for (const w of worse) expect(compareSuggestions(base, w)).toBeLessThan(0);
    // The plan's preferred technician comes after skills and before the zone.
    expect(compareSuggestions({ ...base, preferred: true, sameZone: false }, base)).toBeLessThan(0);
    expect(compareSuggestions({ ...base, preferred: true, hasSkills: false }, base)).toBeGreaterThan(0);
    // A deadline kept beats a deadline missed, whatever else either has.
    const keepsButWeak = { ...base, hasSkills: false, sameZone: false, start: '2026-03-02T12:00:00.000Z', bookedMinutes: 300, technicianName: 'Z' };
    expect(compareSuggestions(keepsButWeak, { ...base, beforeResponseDue: false })).toBeLessThan(0);
    expect(compareSuggestions({ ...base, beforeResponseDue: false }, keepsButWeak)).toBeGreaterThan(0);
    expect(compareSuggestions(keepsButWeak, lateEnd)).toBeLessThan(0);
    // A null response (no clock) counts as meeting it.
    expect(compareSuggestions({ ...base, beforeResponseDue: null }, { ...base, beforeResponseDue: false })).toBeLessThan(0);
    // A P1 takes the earlier start before the same zone; others the zone first.
    const early = { ...base, sameZone: false };
    const late = { ...base, start: '2026-03-02T09:15:00.000Z' };
    expect(compareSuggestions({ ...early, urgent: true }, { ...late, urgent: true })).toBeLessThan(0);
    expect(compareSuggestions(early, late)).toBeGreaterThan(0);
  });
});

describe('suggestSlots for a maintenance visit', () => {
  // Wednesday 4 March, 13:00–15:00: the visit's window, two days after "now".
  const visit = makeJob({
    id: 'job-visit',
    number: 'J-2001',
    estimateMinutes: 60,
    category: 'maintenance',
    priority: 'P4',
    maintenance: { planId: 'plan-1', occurrenceDate: '2026-03-04', windowStart: '2026-03-04T13:00:00.000Z', windowEnd: '2026-03-04T15:00:00.000Z' },
  });

  it('looks from the window on, says the slot is in it, and puts the plan’s technician first', () => {
    const result = suggest({ job: visit, technicians: [sam, alex], preferredTechnicianId: 'tech-alex' });
    expect(slots(result)).toEqual([
      ['Alex', '2026-03-04T13:00:00.000Z', '2026-03-04T14:00:00.000Z'],
      ['Sam', '2026-03-04T13:00:00.000Z', '2026-03-04T14:00:00.000Z'],
    ]);
    expect(result.suggestions[0]?.reasons).toEqual(expect.arrayContaining([
      { kind: 'window', met: true, text: 'in the visit window' },
      { kind: 'preferred', met: true, text: 'preferred by the plan' },
    ]));
  });

  it('ranks a slot inside the window above one outside it, whoever is preferred', () => {
    // Alex is booked through the window, so Alex's first slot is after it.
    const busy = on('tech-alex', bookedJob('busy', 'J-3000', '2026-03-04T13:00:00.000Z', '2026-03-04T15:00:00.000Z'));
    const result = suggest({ job: visit, technicians: [sam, alex], jobs: [busy], preferredTechnicianId: 'tech-alex' });
    expect(result.suggestions.map((s) => [s.technicianName, s.inWindow])).toEqual([
      ['Sam', true],
      ['Alex', false],
    ]);
  });
});
