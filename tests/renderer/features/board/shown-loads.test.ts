import { describe, expect, it } from 'vitest';
import { daysOf, loadWords, periodPhrase, periodWord, shownLoadTexts, shownLoads } from '../../../../renderer/src/features/board/shown-loads';
import { makeJob, makeTechnician } from '../../support/factories';

const asg = (technicianId: string, start: string, end: string) => ({ technicianId, start, end });
// Mon–Fri 08:00–17:00 capped at 8 h a day; London is on UTC in winter. Wednesday 2 December 2026.
const ada = makeTechnician({ id: 't1', name: 'Ada', workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }], dailyCapacityHours: 8 });
const booked = (id: string, start: string, end: string, status: 'scheduled' | 'cancelled' = 'scheduled') => makeJob({ id, status, assignment: asg('t1', start, end) });
const jobs = [
  booked('mon', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z'),
  booked('wed', '2026-12-02T09:00:00Z', '2026-12-02T11:30:00Z'),
  booked('wed-cancelled', '2026-12-02T13:00:00Z', '2026-12-02T14:00:00Z', 'cancelled'),
  // Across midnight Thursday → Friday: counted on each day for its own part.
  booked('late', '2026-12-03T23:00:00Z', '2026-12-04T01:00:00Z'),
];

describe('shownLoads', () => {
  it("counts the shown day's bookings against that day's hours, not another day's", () => {
    expect(shownLoads([ada], jobs, { from: '2026-12-02', to: '2026-12-02' }, 'Europe/London').get('t1')).toEqual({ bookedMinutes: 150, availableMinutes: 480 });
    expect(shownLoads([ada], jobs, { from: '2026-11-30', to: '2026-11-30' }, 'Europe/London').get('t1')).toEqual({ bookedMinutes: 60, availableMinutes: 480 });
    // Saturday: no working hours, nothing booked.
    expect(shownLoads([ada], jobs, { from: '2026-12-05', to: '2026-12-05' }, 'Europe/London').get('t1')).toEqual({ bookedMinutes: 0, availableMinutes: 0 });
  });

  it('sums a week: every booking in it against five working days', () => {
    expect(shownLoads([ada], jobs, { from: '2026-11-30', to: '2026-12-06' }, 'Europe/London').get('t1')).toEqual({ bookedMinutes: 60 + 150 + 120, availableMinutes: 5 * 480 });
    expect(shownLoadTexts([ada], jobs, { from: '2026-11-30', to: '2026-12-06' }, 'Europe/London').get('t1')).toBe('5½ h booked · 34½ h free');
  });

  it('lists a technician with nothing booked', () => {
    const ben = makeTechnician({ id: 't2', name: 'Ben', workingHours: [{ days: [3], start: '09:00', end: '12:00' }], dailyCapacityHours: 8 });
    expect(shownLoadTexts([ada, ben], jobs, { from: '2026-12-02', to: '2026-12-02' }, 'Europe/London').get('t2')).toBe('0 h booked · 3 h free');
  });
});

describe('loadWords', () => {
  it('says the booked hours and what is left of the available ones', () => {
    expect(loadWords({ bookedMinutes: 300, availableMinutes: 480 })).toBe('5 h booked · 3 h free');
    expect(loadWords({ bookedMinutes: 75, availableMinutes: 480 })).toBe('1¼ h booked · 6¾ h free');
    expect(loadWords({ bookedMinutes: 30, availableMinutes: 45 })).toBe('½ h booked · ¼ h free');
    expect(loadWords({ bookedMinutes: 480, availableMinutes: 480 })).toBe('8 h booked · 0 h free');
  });
  it('says how far over a technician is booked, never "-1 h free"', () => {
    expect(loadWords({ bookedMinutes: 540, availableMinutes: 480 })).toBe('9 h booked · 1 h over');
    expect(loadWords({ bookedMinutes: 90, availableMinutes: 0 })).toBe('1½ h booked · 1½ h over');
  });
  it('writes quarter hours as fractions and anything else to one decimal', () => {
    expect(loadWords({ bookedMinutes: 20, availableMinutes: 480 })).toBe('0.3 h booked · 7.7 h free');
    expect(loadWords({ bookedMinutes: 2805, availableMinutes: 3360 })).toBe('46¾ h booked · 9¼ h free');
  });
});

describe('daysOf / periodWord', () => {
  it('lists the shown days, both ends included, across a month end', () => {
    expect(daysOf({ from: '2026-11-29', to: '2026-12-02' })).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('says what the hours are for: today, the weekday shown, or the week', () => {
    expect(periodWord({ from: '2026-12-02', to: '2026-12-02' }, '2026-12-02')).toBe('today');
    expect(periodWord({ from: '2026-12-02', to: '2026-12-02' }, '2026-12-06')).toBe('Wed');
    expect(periodWord({ from: '2026-11-30', to: '2026-12-06' }, '2026-12-02')).toBe('week');
  });
  it('puts the period into words that follow the hours', () => {
    expect(periodPhrase('today')).toBe('today');
    expect(periodPhrase('Wed')).toBe('on Wed');
    expect(periodPhrase('week')).toBe('this week');
    expect(periodPhrase('')).toBe('');
  });
});
