import { describe, expect, it } from 'vitest';
import { nextWorkingDay, worksOn } from '../../../shared/domain/working-days';

const weekdays = { active: true, timeOff: [], workingHours: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }] };
const saturdays = { active: true, timeOff: [], workingHours: [{ days: [6], start: '08:00', end: '12:00' }] };

describe('worksOn', () => {
  it('follows the weekday of the working hours', () => {
    expect(worksOn(weekdays, '2026-12-07')).toBe(true); // Monday
    expect(worksOn(weekdays, '2026-12-06')).toBe(false); // Sunday
    expect(worksOn(saturdays, '2026-12-05')).toBe(true);
  });

  it('is false on time off (inclusive) and for an inactive technician', () => {
    const away = { ...weekdays, timeOff: [{ start: '2026-12-07', end: '2026-12-08', reason: 'Leave' }] };
    expect(worksOn(away, '2026-12-07')).toBe(false);
    expect(worksOn(away, '2026-12-08')).toBe(false);
    expect(worksOn(away, '2026-12-09')).toBe(true);
    expect(worksOn({ ...weekdays, active: false }, '2026-12-07')).toBe(false);
  });

  it('ignores an empty interval (start = end)', () => {
    expect(worksOn({ ...weekdays, workingHours: [{ days: [0], start: '09:00', end: '09:00' }] }, '2026-12-06')).toBe(false);
  });
});

describe('nextWorkingDay', () => {
  it('skips the weekend to Monday, and stops at a Saturday crew', () => {
    expect(nextWorkingDay([weekdays], '2026-12-05')).toBe('2026-12-07');
    expect(nextWorkingDay([weekdays], '2026-12-04')).toBe('2026-12-07');
    expect(nextWorkingDay([weekdays, saturdays], '2026-12-04')).toBe('2026-12-05');
  });

  it('is the day after, never the day itself', () => {
    expect(nextWorkingDay([weekdays], '2026-12-07')).toBe('2026-12-08');
  });

  it('skips everyone\'s time off and gives up past the horizon', () => {
    const away = { ...weekdays, timeOff: [{ start: '2026-12-07', end: '2026-12-18', reason: 'Leave' }] };
    expect(nextWorkingDay([away], '2026-12-06')).toBe('2026-12-21');
    expect(nextWorkingDay([away], '2026-12-06', 10)).toBeNull();
    expect(nextWorkingDay([], '2026-12-06')).toBeNull();
  });
});
