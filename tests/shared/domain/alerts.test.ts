import { describe, expect, it } from 'vitest';
import { compareBanner, decideAlerts, describeMinutes, emptyAlertMemory, inQuietHours } from '../../../shared/domain/alerts';
import type { AlertDecision, AlertMemory, AlertPolicyInput, UrgentAlert } from '../../../shared/domain/alerts';
import type { AlertState } from '../../../shared/schemas/alerts';
import type { Job } from '../../../shared/schemas/job';
import type { AlertSettings } from '../../../shared/schemas/settings';
import { makeJob } from '../../support/factories';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const settings: AlertSettings = { repeatMinutes: 5, quietHours: null, sound: true };
const noAlerts: AlertState = { acknowledged: [], snoozedUntil: null };

/** A P1 received at T0 with a 60 min response clock (at risk from 45 min, breached at 60). */
function p1(id: string, overrides: Partial<Job> = {}): Job {
  return makeJob({
    id,
    number: `J-${id.replace(/\D/g, '') || '1'}`,
    priority: 'P1',
    receivedAt: T0.toISOString(),
    responseDueAt: at(60).toISOString(),
    resolutionDueAt: at(240).toISOString(),
    ...overrides,
  });
}
/** A P3 with a 100 min response clock from T0. */
function p3(id: string, overrides: Partial<Job> = {}): Job {
  return p1(id, { priority: 'P3', responseDueAt: at(100).toISOString(), resolutionDueAt: at(1000).toISOString(), ...overrides });
}

function decide(jobs: Job[], now: Date, memory: AlertMemory = emptyAlertMemory, extra: Partial<AlertPolicyInput> = {}): AlertDecision {
  return decideAlerts({ jobs, alertState: noAlerts, settings, timeZone: 'UTC', now, memory, ...extra });
}

describe('decideAlerts: raise', () => {
  it('raises for a new unassigned P1 and names it', () => {
    const d = decide([p1('j1')], T0);
    expect(d.urgent.map((u) => [u.jobId, u.reason])).toEqual([['j1', 'new-p1']]);
    expect(d.raise).toMatchObject({ title: 'New P1 job J-1', jobIds: ['j1'], count: 1, hasP1: true, sound: true });
    expect(d.raise?.body).toContain('J-1 (P1)');
  });

  it('does not raise for a fresh P3, but does once it is at risk and again once breached', () => {
    const job = p3('j3');
    expect(decide([job], T0).raise).toBeNull();
    const risky = decide([job], at(80));
    expect(risky.urgent[0]).toMatchObject({ reason: 'at-risk', clock: 'response', minutesLeft: 20 });
    expect(risky.raise?.title).toBe('J-3 is at risk of breaching its SLA');
    expect(risky.raise?.hasP1).toBe(false);
    const breached = decide([job], at(101), risky.memory);
    expect(breached.urgent[0]).toMatchObject({ reason: 'breached', minutesLeft: -1 });
    expect(breached.raise?.title).toBe('J-3 has breached its SLA');
  });

  it('uses the resolution clock once the response is owed no more', () => {
    const job = p3('j4', { status: 'on-hold', assignment: null, responseDueAt: null, resolutionDueAt: at(100).toISOString() });
    expect(decide([job], at(90)).urgent[0]).toMatchObject({ reason: 'at-risk', clock: 'resolution' });
  });

  it('ignores jobs whose SLA clock is paused', () => {
    const job = p3('j5', { status: 'on-hold', slaPausedSince: at(10).toISOString() });
    expect(decide([job], at(200)).urgent).toEqual([]);
  });

  it('does not raise the same thing twice before the repeat interval', () => {
    const first = decide([p1('j1')], T0);
    const second = decide([p1('j1')], at(4), first.memory);
    expect(second.raise).toBeNull();
    expect(second.urgent).toHaveLength(1);
  });
});

describe('decideAlerts: coalesce', () => {
  it('turns a burst into one alert naming the most urgent job', () => {
    const jobs = [
      ...Array.from({ length: 10 }, (_, i) => p1(`j${i + 10}`)),
      p3('j2', { receivedAt: at(-200).toISOString(), responseDueAt: at(-5).toISOString() }),
      p3('j3', { receivedAt: at(-100).toISOString(), responseDueAt: at(10).toISOString() }),
    ];
    const d = decide(jobs, T0);
    expect(d.raise?.title).toBe('12 new urgent jobs');
    expect(d.raise?.count).toBe(12);
    expect(d.raise?.jobIds[0]).toBe('j2');
    expect(d.raise?.body).toMatch(/^J-2 \(P3\) .*response SLA breached, overdue by 5 min \(and 11 more urgent jobs\)$/);
    expect(d.urgent.map((u) => u.reason).slice(0, 2)).toEqual(['breached', 'at-risk']);
  });

  it('raises only the new ones as "new" when the list grows', () => {
    const first = decide([p1('j1')], T0);
    const d = decide([p1('j1'), p1('j2')], at(1), first.memory);
    expect(d.raise?.title).toBe('New P1 job J-2');
    expect(d.raise?.count).toBe(2);
    expect(d.raise?.jobIds).toEqual(['j2', 'j1']);
  });
});

describe('urgent order', () => {
  it('lists breached first, then least time left, so a P1 due soon beats a P4 at risk with hours left', () => {
    const p4 = p1('j4', { priority: 'P4', receivedAt: at(-600).toISOString(), responseDueAt: at(120).toISOString(), resolutionDueAt: at(2000).toISOString() });
    const breached = p3('j2', { receivedAt: at(-200).toISOString(), responseDueAt: at(-5).toISOString() });
    const d = decide([p4, p1('j1', { responseDueAt: at(15).toISOString() }), breached], T0);
    expect(d.urgent.map((u) => [u.jobId, u.reason, u.minutesLeft])).toEqual([
      ['j2', 'breached', -5],
      ['j1', 'new-p1', 15],
      ['j4', 'at-risk', 120],
    ]);
  });
});

describe('decideAlerts: repeat, acknowledge, snooze', () => {
  it('repeats every repeatMinutes until acknowledged', () => {
    const first = decide([p1('j1')], T0);
    const repeat = decide([p1('j1')], at(5), first.memory);
    expect(repeat.raise?.title).toBe('1 urgent job is still unassigned');
    expect(decide([p1('j1')], at(9), repeat.memory).raise).toBeNull();
    expect(decide([p1('j1')], at(10), repeat.memory).raise).not.toBeNull();
  });

  it('stops repeating once acknowledged, and keeps the job listed as acknowledged', () => {
    const first = decide([p1('j1')], T0);
    const acked: AlertState = { acknowledged: [{ jobId: 'j1', reason: 'new-p1', at: at(1).toISOString() }], snoozedUntil: null };
    const d = decide([p1('j1')], at(30), first.memory, { alertState: acked });
    expect(d.raise).toBeNull();
    expect(d.urgent[0]).toMatchObject({ jobId: 'j1', acknowledged: true });
  });

  it('alerts again for a new reason even though the earlier one was acknowledged', () => {
    const first = decide([p1('j1')], T0);
    const acked: AlertState = { acknowledged: [{ jobId: 'j1', reason: 'new-p1', at: at(1).toISOString() }], snoozedUntil: null };
    const risky = decide([p1('j1')], at(46), first.memory, { alertState: acked });
    expect(risky.urgent[0]).toMatchObject({ reason: 'at-risk', acknowledged: false });
    expect(risky.raise?.title).toBe('J-1 is at risk of breaching its SLA');
    const acked2: AlertState = { ...acked, acknowledged: [...acked.acknowledged, { jobId: 'j1', reason: 'at-risk', at: at(47).toISOString() }] };
    expect(decide([p1('j1')], at(50), risky.memory, { alertState: acked2 }).raise).toBeNull();
    expect(decide([p1('j1')], at(60), risky.memory, { alertState: acked2 }).raise?.title).toBe('J-1 has breached its SLA');
  });

  it('snooze suppresses until snoozedUntil, then raises what is pending', () => {
    const snoozed: AlertState = { acknowledged: [], snoozedUntil: at(15).toISOString() };
    const during = decide([p1('j1')], at(1), emptyAlertMemory, { alertState: snoozed });
    expect(during.raise).toBeNull();
    expect(during.snoozedUntil).toBe(at(15).toISOString());
    expect(during.urgent).toHaveLength(1);
    const after = decide([p1('j1')], at(15), during.memory, { alertState: snoozed });
    expect(after.snoozedUntil).toBeNull();
    expect(after.raise?.title).toBe('New P1 job J-1');
  });
});

describe('decideAlerts: quiet hours', () => {
  const quiet: AlertSettings = { ...settings, quietHours: { start: '22:00', end: '07:00' } };
  const night = new Date('2026-03-02T23:30:00.000Z');
  const breachedP3 = p3('j3', { receivedAt: '2026-03-02T20:00:00.000Z', responseDueAt: '2026-03-02T21:00:00.000Z' });

  it('holds back non-P1 alerts in a window spanning midnight, but not P1', () => {
    const d = decide([breachedP3], night, emptyAlertMemory, { settings: quiet });
    expect(d.quiet).toBe(true);
    expect(d.raise).toBeNull();
    expect(d.urgent).toHaveLength(1);
    const p1night = p1('j1', { receivedAt: night.toISOString(), responseDueAt: '2026-03-03T09:00:00.000Z', resolutionDueAt: '2026-03-03T12:00:00.000Z' });
    const withP1 = decide([breachedP3, p1night], night, d.memory, { settings: quiet });
    expect(withP1.raise).toMatchObject({ title: 'New P1 job J-1', jobIds: ['j1'], count: 1 });
  });

  it('raises the held-back alert when quiet hours end (after midnight, in shop time)', () => {
    const d = decide([breachedP3], new Date('2026-03-03T06:59:00.000Z'), emptyAlertMemory, { settings: quiet });
    expect(d.raise).toBeNull();
    const morning = decide([breachedP3], new Date('2026-03-03T07:00:00.000Z'), d.memory, { settings: quiet });
    expect(morning.quiet).toBe(false);
    expect(morning.raise?.title).toBe('J-3 has breached its SLA');
  });

  it('reads quiet hours in the shop time zone', () => {
    const window = { start: '22:00', end: '07:00' };
    // 05:30 UTC is 00:30 in New York (EST): inside; 13:00 UTC is 08:00 there: outside.
    expect(inQuietHours(window, 'America/New_York', new Date('2026-03-02T05:30:00Z'))).toBe(true);
    expect(inQuietHours(window, 'America/New_York', new Date('2026-03-02T13:00:00Z'))).toBe(false);
    expect(inQuietHours({ start: '12:00', end: '13:00' }, 'UTC', new Date('2026-03-02T12:59:00Z'))).toBe(true);
    expect(inQuietHours({ start: '12:00', end: '13:00' }, 'UTC', new Date('2026-03-02T13:00:00Z'))).toBe(false);
    expect(inQuietHours({ start: '12:00', end: '12:00' }, 'UTC', new Date('2026-03-02T12:00:00Z'))).toBe(false);
    expect(inQuietHours(null, 'UTC', new Date('2026-03-02T12:00:00Z'))).toBe(false);
  });
});

describe('decideAlerts: assignment clears', () => {
  it('drops an assigned or closed job from the list and stops repeating', () => {
    const first = decide([p1('j1')], T0);
    const assigned = p1('j1', { status: 'scheduled', assignment: { technicianId: 't', start: at(10).toISOString(), end: at(70).toISOString() } });
    const d = decide([assigned], at(10), first.memory);
    expect(d.urgent).toEqual([]);
    expect(d.raise).toBeNull();
    expect(d.memory.raisedKeys).toEqual([]);
    expect(decide([p1('j1', { status: 'done' })], at(10), first.memory).urgent).toEqual([]);
  });

  it('alerts again if the job is unassigned later', () => {
    const first = decide([p1('j1')], T0);
    const cleared = decide([], at(1), first.memory);
    expect(decide([p1('j1')], at(2), cleared.memory).raise?.title).toBe('New P1 job J-1');
  });
});

describe('describeMinutes', () => {
  it('reads as a dispatcher would say it', () => {
    expect(describeMinutes(12)).toBe('due in 12 min');
    expect(describeMinutes(125)).toBe('due in 2 h 5 min');
    expect(describeMinutes(0)).toBe('due now');
    expect(describeMinutes(-60)).toBe('overdue by 1 h');
  });
});

describe('compareBanner', () => {
  const alert = (number: string, priority: UrgentAlert['priority'], minutesLeft: number | null): UrgentAlert => ({
    jobId: number, number, title: number, clientId: 'c', priority, reason: 'at-risk', clock: minutesLeft === null ? null : 'response',
    dueAt: null, minutesLeft, acknowledged: false,
  });

  it('lists P1s first, then least time left (overdue first), then no clock, then priority and job number', () => {
    const list = [
      alert('J-7', 'P3', -40),
      alert('J-2', 'P1', 90),
      alert('J-3', 'P2', 5),
      alert('J-10', 'P1', -5),
      alert('J-4', 'P1', null),
      alert('J-5', 'P4', 5),
      alert('J-9', 'P1', 90),
      alert('J-6', 'P2', null),
      alert('J-8', 'P2', 5),
    ];
    expect(list.sort(compareBanner).map((a) => a.number)).toEqual(['J-10', 'J-2', 'J-9', 'J-4', 'J-7', 'J-3', 'J-8', 'J-5', 'J-6']);
  });
});
