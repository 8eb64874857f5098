import { describe, expect, it } from 'vitest';
import { minuteOfDayIn } from '../../../shared/domain/zoned-time';

describe('minuteOfDayIn', () => {
  it('reads the wall clock of the given zone, not the machine\'s', () => {
    const instant = Date.parse('2026-07-01T06:30:00Z');
    expect(minuteOfDayIn(instant, 'UTC')).toBe(6 * 60 + 30);
    expect(minuteOfDayIn(instant, 'Europe/London')).toBe(7 * 60 + 30); // BST
    expect(minuteOfDayIn(new Date(instant), 'America/New_York')).toBe(2 * 60 + 30); // EDT
  });

  it('follows the zone across a DST change', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 00:59 UTC is 00:59, 01:00 UTC is 02:00.
    expect(minuteOfDayIn(Date.parse('2026-03-29T00:59:00Z'), 'Europe/London')).toBe(59);
    expect(minuteOfDayIn(Date.parse('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(120);
  });
});
