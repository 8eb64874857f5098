import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatClock,
  formatDayTime,
  formatDayTitle,
  formatEstimate,
  formatMinutes,
  formatTimeLeft,
  formatWeekTitle,
} from '../../../renderer/src/lib/format';

describe('formatTimeLeft', () => {
  it('shows hours and zero-padded minutes while time is left', () => {
    expect(formatTimeLeft(65)).toBe('1 h 05 m');
    expect(formatTimeLeft(120)).toBe('2 h 00 m');
    expect(formatTimeLeft(45)).toBe('45 m');
    expect(formatTimeLeft(1)).toBe('1 m');
  });

  it('says overdue once the clock is breached (0 or fewer minutes left)', () => {
    expect(formatTimeLeft(-12)).toBe('overdue 12 m');
    expect(formatTimeLeft(-75)).toBe('overdue 1 h 15 m');
    // The domain rounds up, so 0 already means "past due by under a minute".
    expect(formatTimeLeft(0)).toBe('overdue 1 m');
  });

  it('switches to days beyond 24 hours', () => {
    expect(formatTimeLeft(26 * 60 + 10)).toBe('1 d 02 h');
    expect(formatTimeLeft(-(3 * 24 * 60))).toBe('overdue 3 d 00 h');
  });
});

describe('formatMinutes and formatEstimate', () => {
  it('formats spans', () => {
    expect(formatMinutes(0)).toBe('0 m');
    expect(formatMinutes(-61)).toBe('1 h 01 m');
    expect(formatEstimate(30)).toBe('30 m');
    expect(formatEstimate(60)).toBe('1 h');
    expect(formatEstimate(90)).toBe('1 h 30 m');
  });
});

describe('clock formatting in the shop zone', () => {
  it('reads instants in the given zone, not the machine zone', () => {
    expect(formatClock('2026-11-26T14:05:00Z', 'UTC')).toBe('14:05');
    expect(formatClock('2026-11-26T14:05:00Z', 'America/New_York')).toBe('09:05');
    expect(formatClock('2026-07-01T23:30:00Z', 'Europe/Berlin')).toBe('01:30');
    expect(formatDayTime('2026-11-24T09:05:00Z', 'UTC')).toBe('Tue 24 Nov 09:05');
  });
});

describe('day titles', () => {
  it('spells a day out', () => {
    expect(formatDayTitle('2026-11-26')).toBe('Thursday 26 November 2026');
  });

  it('spells a week out without repeating the shared month or year', () => {
    expect(formatWeekTitle('2026-11-23', '2026-11-29')).toBe('23 – 29 November 2026');
    expect(formatWeekTitle('2026-11-30', '2026-12-06')).toBe('30 November – 6 December 2026');
    expect(formatWeekTitle('2026-12-28', '2027-01-03')).toBe('28 December 2026 – 3 January 2027');
  });

  it('steps calendar days across month, year and DST boundaries', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-11-26', 7)).toBe('2026-12-03');
  });

  it('refuses a malformed day', () => {
    expect(() => formatDayTitle('26/11/2026')).toThrow(RangeError);
  });
});
