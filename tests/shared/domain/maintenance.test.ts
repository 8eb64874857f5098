import { describe, expect, it } from 'vitest';
import {
  dueOccurrences,
  initialCursor,
  maintenanceOverdue,
  occurrenceKey,
  occurrenceKeys,
  upcomingOccurrences,
} from '../../../shared/domain/maintenance';
import type { DueOccurrence } from '../../../shared/domain/maintenance';
import type { MaintenancePlan } from '../../../shared/schemas/maintenance';
import { makeJob, makeMaintenancePlan } from '../../support/factories';

const at = '2026-12-01T10:00:00.000Z';
const keysOf = (occ: DueOccurrence[]) => new Set(occ.map((o) => occurrenceKey(o.planId, o.occurrenceDate)));

/** Run generation day by day from `from` to `to` as the core would, feeding back jobs and cursor. */
function runDays(plan: MaintenancePlan, from: string, to: string, timeZone = 'UTC') {
  let current = plan;
  const created: DueOccurrence[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const today = new Date(t).toISOString().slice(0, 10);
    const result = dueOccurrences(current, today, timeZone, keysOf(created));
    created.push(...result.occurrences);
    current = { ...current, createdThrough: result.createdThrough };
  }
  return { plan: current, created };
}

describe('dueOccurrences', () => {
  it('creates each occurrence lead days ahead, once, however often it runs', () => {
    const plan = makeMaintenancePlan({ leadDays: 7, createdThrough: initialCursor('2026-01-01', '2026-01-01') });
    const { created, plan: after } = runDays(plan, '2026-01-01', '2026-03-31');
    expect(created.map((o) => o.occurrenceDate)).toEqual(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']);
    expect(after.createdThrough).toBe('2026-04-07');
    // Running again on the same day (a restart) finds nothing more to do.
    expect(dueOccurrences(after, '2026-03-31', 'UTC', keysOf(created)).occurrences).toEqual([]);
  });

  it('the first Tuesday job appears exactly lead days ahead, not a day earlier', () => {
    const plan = makeMaintenancePlan({ leadDays: 7, createdThrough: '2026-01-31' });
    expect(dueOccurrences(plan, '2026-01-26', 'UTC', new Set()).occurrences).toEqual([]);
    expect(dueOccurrences(plan, '2026-01-27', 'UTC', new Set()).occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-02-03']);
  });

  it('never creates an occurrence twice when jobs exist but the cursor is behind', () => {
    const plan = makeMaintenancePlan({ leadDays: 0, createdThrough: '2026-01-01' });
    const first = dueOccurrences(plan, '2026-03-04', 'UTC', new Set());
    expect(first.occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-01-06', '2026-02-03', '2026-03-03']);
    expect(dueOccurrences(plan, '2026-03-04', 'UTC', keysOf(first.occurrences)).occurrences).toEqual([]);
  });

  it('catches up occurrences missed while the host was off: no gap', () => {
    const plan = makeMaintenancePlan({ leadDays: 3, createdThrough: '2026-01-10' });
    const { occurrences } = dueOccurrences(plan, '2026-04-01', 'UTC', new Set());
    expect(occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-02-03', '2026-03-03']);
  });

  it('places the window in shop time on DST change days (London, both changes)', () => {
    const plan = makeMaintenancePlan({ rule: 'FREQ=WEEKLY;BYDAY=SU', leadDays: 0, createdThrough: '2026-03-21', windowStart: '09:00', windowEnd: '12:00' });
    const spring = dueOccurrences(plan, '2026-03-29', 'Europe/London', new Set()).occurrences;
    expect(spring.map((o) => [o.occurrenceDate, o.windowStart, o.windowEnd])).toEqual([
      ['2026-03-22', '2026-03-22T09:00:00.000Z', '2026-03-22T12:00:00.000Z'],
      ['2026-03-29', '2026-03-29T08:00:00.000Z', '2026-03-29T11:00:00.000Z'],
    ]);
    const autumn = dueOccurrences({ ...plan, createdThrough: '2026-10-24' }, '2026-10-25', 'Europe/London', new Set()).occurrences;
    expect(autumn.map((o) => [o.windowStart, o.windowEnd])).toEqual([['2026-10-25T09:00:00.000Z', '2026-10-25T12:00:00.000Z']]);
  });

  it('a window across the US spring-forward hour still lasts until its wall-clock end', () => {
    const plan = makeMaintenancePlan({ rule: 'FREQ=DAILY', leadDays: 0, createdThrough: '2026-03-07', windowStart: '01:00', windowEnd: '04:00' });
    const [o] = dueOccurrences(plan, '2026-03-08', 'America/New_York', new Set()).occurrences;
    expect([o?.windowStart, o?.windowEnd]).toEqual(['2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z']);
  });

  it('keeps month-end plans on the last day through February and 30-day months', () => {
    const plan = makeMaintenancePlan({ rule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1', startDay: '2026-01-31', leadDays: 5, createdThrough: '2026-01-30' });
    const { created } = runDays(plan, '2026-01-26', '2026-05-01');
    expect(created.map((o) => o.occurrenceDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('leaves out a skipped occurrence and creates a moved one on its new day', () => {
    const by = { at, by: 'dispatcher', reason: '' };
    const plan = makeMaintenancePlan({
      leadDays: 0,
      createdThrough: '2026-01-01',
      exceptions: [
        { date: '2026-02-03', action: 'skip', to: null, ...by },
        { date: '2026-03-03', action: 'move', to: '2026-03-05', ...by },
      ],
    });
    const { occurrences } = dueOccurrences(plan, '2026-03-10', 'UTC', new Set());
    expect(occurrences.map((o) => [o.occurrenceDate, o.visitDay])).toEqual([
      ['2026-01-06', '2026-01-06'],
      ['2026-03-03', '2026-03-05'],
    ]);
    expect(occurrences[1]?.windowStart).toBe('2026-03-05T09:00:00.000Z');
  });

  it('creates a visit moved into the lead time before its original day comes near, and only once', () => {
    const plan = makeMaintenancePlan({
      leadDays: 2,
      createdThrough: '2026-01-31',
      exceptions: [{ date: '2026-03-03', action: 'move', to: '2026-02-10', at, by: 'dispatcher', reason: 'customer closed in March' }],
    });
    const { created } = runDays(plan, '2026-02-01', '2026-03-10');
    expect(created.map((o) => [o.occurrenceDate, o.visitDay])).toEqual([
      ['2026-02-03', '2026-02-03'],
      ['2026-03-03', '2026-02-10'],
    ]);
  });

  it('an edited rule changes only occurrences the cursor has not passed', () => {
    const ran = runDays(makeMaintenancePlan({ leadDays: 14, createdThrough: '2025-12-31' }), '2026-01-01', '2026-01-25');
    expect(ran.created.map((o) => o.occurrenceDate)).toEqual(['2026-01-06', '2026-02-03']);
    const edited = { ...ran.plan, rule: 'FREQ=WEEKLY;BYDAY=FR' };
    const next = runDays(edited, '2026-01-26', '2026-02-01');
    expect(next.created.map((o) => o.occurrenceDate)).toEqual(['2026-02-13']);
  });

  it('a paused plan creates nothing and keeps its cursor; an ended one stops', () => {
    const paused = makeMaintenancePlan({ active: false, createdThrough: '2026-01-01' });
    expect(dueOccurrences(paused, '2026-06-01', 'UTC', new Set())).toEqual({ occurrences: [], createdThrough: '2026-01-01' });
    const ended = makeMaintenancePlan({ endDay: '2026-02-28', leadDays: 0, createdThrough: '2026-01-01' });
    expect(dueOccurrences(ended, '2026-06-01', 'UTC', new Set()).occurrences.map((o) => o.occurrenceDate)).toEqual(['2026-01-06', '2026-02-03']);
  });

  it('starts a new plan from today, not from a start day in the past', () => {
    expect(initialCursor('2026-01-01', '2026-12-06')).toBe('2026-12-05');
    expect(initialCursor('2027-02-01', '2026-12-06')).toBe('2027-01-31');
  });
});

describe('occurrenceKeys and maintenanceOverdue', () => {
  const maintenance = { planId: 'plan-1', occurrenceDate: '2026-12-01', windowStart: '2026-12-01T09:00:00.000Z', windowEnd: '2026-12-01T12:00:00.000Z' };

  it('keys jobs by plan and occurrence day, ignoring other jobs', () => {
    expect([...occurrenceKeys([makeJob({ maintenance }), makeJob()])]).toEqual(['plan-1|2026-12-01']);
  });

  it('flags an open visit once its window has passed, never a done or cancelled one', () => {
    const job = makeJob({ maintenance, status: 'scheduled' });
    expect(maintenanceOverdue(job, new Date('2026-12-01T11:59:00Z'))).toBe(false);
    expect(maintenanceOverdue(job, new Date('2026-12-01T12:00:00Z'))).toBe(true);
    expect(maintenanceOverdue({ ...job, status: 'done' }, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(maintenanceOverdue({ ...job, status: 'cancelled' }, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(maintenanceOverdue(makeJob(), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('upcomingOccurrences', () => {
  it('lists the next occurrences with their job, skip or move', () => {
    const plan = makeMaintenancePlan({
      exceptions: [
        { date: '2027-02-02', action: 'skip', to: null, at, by: 'dispatcher', reason: '' },
        { date: '2027-03-02', action: 'move', to: '2027-03-04', at, by: 'dispatcher', reason: '' },
      ],
    });
    const job = makeJob({ id: 'job-9', number: 'J-1009', maintenance: { planId: 'plan-1', occurrenceDate: '2027-01-05', windowStart: at, windowEnd: at } });
    expect(upcomingOccurrences(plan, [job], '2026-12-06', 4)).toEqual([
      { occurrenceDate: '2027-01-05', visitDay: '2027-01-05', state: 'created', jobId: 'job-9', jobNumber: 'J-1009' },
      { occurrenceDate: '2027-02-02', visitDay: '2027-02-02', state: 'skipped', jobId: null, jobNumber: null },
      { occurrenceDate: '2027-03-02', visitDay: '2027-03-04', state: 'moved', jobId: null, jobNumber: null },
      { occurrenceDate: '2027-04-06', visitDay: '2027-04-06', state: 'planned', jobId: null, jobNumber: null },
    ]);
  });
});
