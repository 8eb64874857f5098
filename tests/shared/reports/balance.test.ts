import { describe, expect, it } from 'vitest';
import { balanceReport } from '../../../shared/reports/balance';
import { shopClock } from '../../../shared/reports/shop-clock';
import { makeVisit } from '../../support/factories';
import { reportJob } from './support';

const clock = shopClock('Europe/London');
const t1 = { id: 't1', name: 'Alex', workingHours: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }], timeOff: [] };
const t2 = { id: 't2', name: 'Sam', workingHours: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }], timeOff: [] };
const visited = (technicianId: string, arrivedAt: string, departedAt: string) =>
  reportJob({ status: 'done', visits: [makeVisit({ technicianId, arrivedAt, departedAt, outcome: 'done' })] });

const jobs = [
  // Tuesday 22:00 BST to Wednesday 02:00 BST: over midnight, all outside hours (240 min).
  visited('t1', '2026-10-20T21:00:00Z', '2026-10-21T01:00:00Z'),
  // Wednesday 16:30–18:00 BST: 30 min inside, 60 outside.
  visited('t1', '2026-10-21T15:30:00Z', '2026-10-21T17:00:00Z'),
  // The DST Sunday: 01:30 BST to 02:30 GMT is two real hours, all outside.
  visited('t1', '2026-10-25T00:30:00Z', '2026-10-25T02:30:00Z'),
  // Next Tuesday 09:00–10:00 GMT: inside.
  visited('t1', '2026-10-27T09:00:00Z', '2026-10-27T10:00:00Z'),
  // Sam: Monday 17:00–17:30 BST, 30 min outside.
  visited('t2', '2026-10-19T16:00:00Z', '2026-10-19T16:30:00Z'),
];

describe('work-life balance', () => {
  const r = balanceReport(jobs, { from: '2026-10-19', to: '2026-11-01' }, clock, { technicians: [t1, t2], weeklyLimitMinutes: 60 });

  it('counts overtime minutes and after-hours visits per technician and week', () => {
    expect(r.weeks).toEqual(['2026-10-19', '2026-10-26']);
    const alex = r.rows.find((row) => row.technicianId === 't1');
    expect(alex?.weeks).toEqual([
      { weekStart: '2026-10-19', overtimeMinutes: 420, afterHoursVisits: 3, over: true },
      { weekStart: '2026-10-26', overtimeMinutes: 0, afterHoursVisits: 0, over: false },
    ]);
    expect(alex).toMatchObject({ totalOvertimeMinutes: 420, totalAfterHoursVisits: 3, weeksOver: 1 });
  });

  it('draws the shop limit and names who is over it', () => {
    expect(r.weeklyLimitMinutes).toBe(60);
    const sam = r.rows.find((row) => row.technicianId === 't2');
    expect(sam?.weeks[0]).toEqual({ weekStart: '2026-10-19', overtimeMinutes: 30, afterHoursVisits: 1, over: false });
    expect(r.overLimit).toEqual(['t1']);
  });

  it('counts only the days of a span inside the range', () => {
    const wednesday = balanceReport(jobs, { from: '2026-10-21', to: '2026-10-21' }, clock, { technicians: [t1], weeklyLimitMinutes: 60 });
    // 00:00–02:00 BST of the overnight visit, and the 60 min after 17:00; the overnight visit began on Tuesday.
    expect(wednesday.rows[0]?.weeks[0]).toEqual({ weekStart: '2026-10-19', overtimeMinutes: 180, afterHoursVisits: 1, over: true });
  });
});
