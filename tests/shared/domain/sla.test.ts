import { describe, expect, it } from 'vitest';
import { compareSlaRisk, dueTimes, slaClocks, slaRisk } from '../../../shared/domain/sla';
import { defaultSlaPolicies } from '../../../shared/domain/sla-defaults';
import type { Priority } from '../../../shared/schemas/common';
import type { SlaPolicy } from '../../../shared/schemas/sla';
import { makeJob } from '../../support/factories';

const LONDON = 'Europe/London';
const [STANDARD, PRIORITY, MANAGED] = defaultSlaPolicies() as [SlaPolicy, SlaPolicy, SlaPolicy];

const due = (policy: SlaPolicy, priority: Priority, receivedAt: string, zone = LONDON) => {
  const d = dueTimes(policy, priority, new Date(receivedAt), zone);
  return [d.responseDueAt.toISOString(), d.resolutionDueAt.toISOString()];
};

describe('dueTimes', () => {
  it.each<[string, SlaPolicy, Priority, string, string, string]>([
    // Standard: Mon–Fri 08:00–18:00. London is GMT (= UTC) in early March.
    ['P1 late in the day runs on next morning', STANDARD, 'P1', '2026-03-02T17:30:00.000Z',
      '2026-03-03T08:30:00.000Z', '2026-03-03T11:30:00.000Z'],
    ['P2 on Friday afternoon runs over the weekend', STANDARD, 'P2', '2026-03-06T16:00:00.000Z',
      '2026-03-06T18:00:00.000Z', '2026-03-09T14:00:00.000Z'],
    ['P3 received on Saturday starts at Monday opening', STANDARD, 'P3', '2026-03-07T10:00:00.000Z',
      '2026-03-09T12:00:00.000Z', '2026-03-11T12:00:00.000Z'],
    ['P4 over the spring DST change keeps 08:00–18:00 wall clock', STANDARD, 'P4', '2026-03-27T14:00:00.000Z',
      '2026-03-30T11:00:00.000Z', '2026-04-02T13:00:00.000Z'],
    // Priority: Mon–Fri 07:00–20:00 and Saturday 09:00–13:00.
    ['P2 on Friday evening uses Saturday morning', PRIORITY, 'P2', '2026-03-06T19:30:00.000Z',
      '2026-03-07T09:30:00.000Z', '2026-03-09T10:30:00.000Z'],
    // Managed 24×7: every minute counts.
    ['24×7 P1 overnight', MANAGED, 'P1', '2026-03-07T23:50:00.000Z',
      '2026-03-08T00:20:00.000Z', '2026-03-08T03:50:00.000Z'],
  ])('%s', (_name, policy, priority, receivedAt, response, resolution) => {
    expect(due(policy, priority, receivedAt)).toEqual([response, resolution]);
  });

  it('skips the policy holidays', () => {
    const withHoliday: SlaPolicy = { ...STANDARD, holidays: ['2026-03-09'] };
    expect(due(withHoliday, 'P2', '2026-03-06T16:00:00.000Z')).toEqual([
      '2026-03-06T18:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
    ]);
  });

  it('counts real hours on 24×7 across the New York spring change', () => {
    // P4 resolution is 4,320 minutes = 72 real hours: 07:00 EST Saturday → 08:00 EDT Tuesday.
    expect(due(MANAGED, 'P4', '2026-03-07T12:00:00.000Z', 'America/New_York')).toEqual([
      '2026-03-07T20:00:00.000Z',
      '2026-03-10T12:00:00.000Z',
    ]);
  });

  it('reads business hours in the shop zone (New York), across its spring change', () => {
    // 17:30 EST Friday (22:30Z): 30 min before closing, then 30 min from 08:00 Monday 9 March, now EDT.
    expect(due(STANDARD, 'P1', '2026-03-06T22:30:00.000Z', 'America/New_York')).toEqual([
      '2026-03-09T12:30:00.000Z',
      '2026-03-09T15:30:00.000Z',
    ]);
  });

  it('fails clearly for a policy without hours', () => {
    expect(() => due({ ...STANDARD, businessHours: [] }, 'P1', '2026-03-02T09:00:00.000Z')).toThrow(
      'no business hours defined',
    );
  });
});

describe('slaClocks', () => {
  const job = makeJob({
    receivedAt: '2026-03-02T09:00:00.000Z',
    responseDueAt: '2026-03-02T10:00:00.000Z',
    resolutionDueAt: '2026-03-02T13:00:00.000Z',
  });
  const at = (iso: string, j = job) => slaClocks(j, new Date(iso));

  it('reads both clocks of a new job', () => {
    expect(at('2026-03-02T09:30:00.000Z')).toEqual({
      response: { dueAt: '2026-03-02T10:00:00.000Z', state: 'ok', minutesLeft: 30, fractionUsed: 0.5, paused: false },
      resolution: { dueAt: '2026-03-02T13:00:00.000Z', state: 'ok', minutesLeft: 210, fractionUsed: 0.125, paused: false },
    });
  });

  it.each([
    ['before receipt', '2026-03-02T08:00:00.000Z', 'ok', 120, 0],
    ['just under 75 %', '2026-03-02T09:44:59.000Z', 'ok', 16, 2699 / 3600],
    ['at 75 %', '2026-03-02T09:45:00.000Z', 'at-risk', 15, 0.75],
    ['seconds before due', '2026-03-02T09:59:30.000Z', 'at-risk', 1, 3570 / 3600],
    ['exactly at due', '2026-03-02T10:00:00.000Z', 'breached', 0, 1],
    ['past due', '2026-03-02T10:10:30.000Z', 'breached', -10, 4230 / 3600],
  ])('response clock %s', (_name, now, state, minutesLeft, fractionUsed) => {
    expect(at(now).response).toEqual({ dueAt: '2026-03-02T10:00:00.000Z', state, minutesLeft, fractionUsed, paused: false });
  });

  it('marks the resolution clock at risk at 75 % of its own span', () => {
    expect(at('2026-03-02T12:00:00.000Z').resolution).toEqual({
      dueAt: '2026-03-02T13:00:00.000Z',
      state: 'at-risk',
      minutesLeft: 60,
      fractionUsed: 0.75,
      paused: false,
    });
  });

  describe('while paused (on hold, waiting on the customer)', () => {
    const held = { ...job, status: 'on-hold' as const, statusReason: 'Waiting on customer', slaPausedSince: '2026-03-02T09:40:00.000Z' };

    it('freezes both clocks at the pause instant and marks them paused', () => {
      const frozen = {
        response: { dueAt: '2026-03-02T10:00:00.000Z', state: 'ok', minutesLeft: 20, fractionUsed: 40 / 60, paused: true },
        resolution: { dueAt: '2026-03-02T13:00:00.000Z', state: 'ok', minutesLeft: 200, fractionUsed: 40 / 240, paused: true },
      };
      expect(at('2026-03-02T09:50:00.000Z', held)).toEqual(frozen);
      // Hours later, and past the stored due time, it reads the same: the clock stands still.
      expect(at('2026-03-02T16:00:00.000Z', held)).toEqual(frozen);
    });

    it('keeps the state it had when paused (at risk stays at risk, breached stays breached)', () => {
      expect(at('2026-03-03T09:00:00.000Z', { ...held, slaPausedSince: '2026-03-02T09:50:00.000Z' }).response).toMatchObject({
        state: 'at-risk',
        minutesLeft: 10,
        paused: true,
      });
      expect(at('2026-03-03T09:00:00.000Z', { ...held, slaPausedSince: '2026-03-02T10:05:00.000Z' }).response).toMatchObject({
        state: 'breached',
        minutesLeft: -5,
        paused: true,
      });
    });

    it('ignores a pause stamped after now (clock skew between machines)', () => {
      expect(at('2026-03-02T09:30:00.000Z', held).response).toMatchObject({ minutesLeft: 30, paused: false });
    });

    it('sorts a paused job by its frozen time left', () => {
      const now = new Date('2026-03-02T16:00:00.000Z');
      expect(slaRisk(held, now)).toBe(20 + 0.2);
    });
  });

  const assignment = { technicianId: 'tech-sam', start: '2026-03-02T11:00:00.000Z', end: '2026-03-02T12:00:00.000Z' };
  it.each([
    ['new', null, true, true],
    // A booking is not a response: the response clock runs until someone sets off or responds.
    ['scheduled', assignment, true, true],
    ['dispatched', assignment, true, true],
    ['en-route', assignment, false, true],
    ['on-site', assignment, false, true],
    ['on-hold', null, true, true],
    ['on-hold', assignment, true, true],
    ['done', assignment, false, false],
    ['cancelled', null, false, false],
  ] as const)('status %s (assignment: %o) runs response %s, resolution %s', (status, a, response, resolution) => {
    const clocks = at('2026-03-02T09:30:00.000Z', { ...job, status, assignment: a });
    expect(clocks.response?.dueAt ?? null).toBe(response ? '2026-03-02T10:00:00.000Z' : null);
    expect(clocks.resolution?.dueAt ?? null).toBe(resolution ? '2026-03-02T13:00:00.000Z' : null);
  });

  it.each(['new', 'scheduled', 'dispatched', 'on-hold'] as const)('stops the response clock of a %s job once a response is recorded', (status) => {
    const open = { ...job, status, assignment: status === 'new' ? null : assignment };
    expect(at('2026-03-02T09:30:00.000Z', open).response).toMatchObject({ dueAt: '2026-03-02T10:00:00.000Z', minutesLeft: 30 });
    const responded = at('2026-03-02T09:30:00.000Z', { ...open, respondedAt: '2026-03-02T09:20:00.000Z' });
    expect(responded.response).toBeNull();
    expect(responded.resolution?.dueAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('keeps a booked job\'s response clock running past its due time: breached, not "responded"', () => {
    const booked = { ...job, status: 'scheduled' as const, assignment };
    expect(at('2026-03-02T10:15:00.000Z', booked).response).toMatchObject({ state: 'breached', minutesLeft: -15 });
  });

  it('has no clock without a due time', () => {
    expect(at('2026-03-02T09:30:00.000Z', { ...job, responseDueAt: null, resolutionDueAt: null })).toEqual({
      response: null,
      resolution: null,
    });
  });
});

describe('slaRisk and compareSlaRisk', () => {
  const now = new Date('2026-03-02T09:30:00.000Z');
  const dues = { receivedAt: '2026-03-02T09:00:00.000Z', resolutionDueAt: '2026-03-02T13:00:00.000Z' };
  const p4Soon = makeJob({ id: 'a', number: 'J-1', priority: 'P4', ...dues, responseDueAt: '2026-03-02T10:00:00.000Z' });
  const p1Soon = makeJob({ id: 'b', number: 'J-2', priority: 'P1', ...dues, responseDueAt: '2026-03-02T10:00:00.000Z' });
  const breached = makeJob({ id: 'c', number: 'J-3', priority: 'P2', ...dues, responseDueAt: '2026-03-02T09:20:00.000Z' });
  const scheduled = makeJob({
    id: 'd', number: 'J-4', priority: 'P3', ...dues, status: 'scheduled', responseDueAt: '2026-03-02T09:20:00.000Z',
    respondedAt: '2026-03-02T09:10:00.000Z',
  });
  const doneP1 = makeJob({ id: 'e', number: 'J-5', priority: 'P1', ...dues, status: 'done' });
  const noSlaP2 = makeJob({ id: 'f', number: 'J-6', priority: 'P2' });
  const noSlaP2b = makeJob({ id: 'g', number: 'J-10', priority: 'P2' });

  it('is minutes left on the earliest running clock plus a tenth per priority step', () => {
    expect(slaRisk(p1Soon, now)).toBe(30);
    expect(slaRisk(p4Soon, now)).toBe(30.3);
    expect(slaRisk(breached, now)).toBe(-10 + 0.1);
    expect(slaRisk(scheduled, now)).toBe(210 + 0.2); // responded: only the resolution clock runs
    expect(slaRisk(doneP1, now)).toBe(Infinity);
    expect(slaRisk(noSlaP2, now)).toBe(Infinity);
  });

  it('orders the queue: breached first, then least time left, then priority and number', () => {
    const sorted = [noSlaP2b, doneP1, scheduled, p4Soon, noSlaP2, breached, p1Soon].sort((a, b) =>
      compareSlaRisk(a, b, now),
    );
    expect(sorted.map((j) => j.number)).toEqual(['J-3', 'J-2', 'J-1', 'J-4', 'J-5', 'J-6', 'J-10']);
  });
});
