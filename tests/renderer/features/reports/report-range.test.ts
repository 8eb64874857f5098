import { describe, expect, it } from 'vitest';
import { monthsBefore, presetOf, presetRange, rangeDays, rangeLabel, rangeProblem } from '../../../../renderer/src/features/reports/report-range';

describe('report ranges', () => {
  it('last 4 weeks is the 28 days ending today (a Sunday here)', () => {
    expect(presetRange('last-4-weeks', '2026-12-06')).toEqual({ from: '2026-11-09', to: '2026-12-06' });
    expect(rangeDays(presetRange('last-4-weeks', '2026-12-06'))).toBe(28);
  });

  it('last 3 months starts the day after the same date three months back, clamped at month ends', () => {
    expect(presetRange('last-3-months', '2026-12-06')).toEqual({ from: '2026-09-07', to: '2026-12-06' });
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2028-05-31', 3)).toBe('2028-02-29');
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15');
    expect(presetRange('last-3-months', '2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('this year runs from 1 January to today', () => {
    expect(presetRange('this-year', '2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
    expect(presetRange('this-year', '2027-01-01')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('names the preset a range is, or none for a custom one', () => {
    expect(presetOf({ from: '2026-11-09', to: '2026-12-06' }, '2026-12-06')).toBe('last-4-weeks');
    expect(presetOf({ from: '2026-01-01', to: '2026-12-06' }, '2026-12-06')).toBe('this-year');
    expect(presetOf({ from: '2026-11-10', to: '2026-12-06' }, '2026-12-06')).toBeNull();
  });

  it('counts days across a DST change as calendar days', () => {
    expect(rangeDays({ from: '2026-03-28', to: '2026-03-30' })).toBe(3);
    expect(rangeDays({ from: '2026-10-24', to: '2026-10-26' })).toBe(3);
  });

  it('says why a typed range cannot be used', () => {
    expect(rangeProblem('2026-11-01', '2026-11-30', '2026-12-06')).toBeNull();
    expect(rangeProblem('', '2026-11-30', '2026-12-06')).toMatch(/both days/);
    expect(rangeProblem('2026-12-01', '2026-11-30', '2026-12-06')).toMatch(/before the last/);
    expect(rangeProblem('2026-12-07', '2026-12-08', '2026-12-06')).toMatch(/today or earlier/);
    expect(rangeProblem('2020-01-01', '2026-12-06', '2026-12-06')).toMatch(/two years/);
  });

  it('labels a range in words', () => {
    expect(rangeLabel({ from: '2026-11-09', to: '2026-12-06' })).toBe('9 Nov 2026 – 6 Dec 2026');
  });
});
