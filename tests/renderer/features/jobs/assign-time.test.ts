import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../../../renderer/src/features/jobs/assign-time';

describe('assign dialog start field', () => {
  it('reads and writes wall-clock time in the shop zone, not the browser zone', () => {
    expect(toLocalInput('2026-11-26T15:15:00.000Z', 'America/New_York')).toBe('2026-11-26T10:15');
    expect(fromLocalInput('2026-11-26T10:15', 'America/New_York')).toBe('2026-11-26T15:15:00.000Z');
    expect(fromLocalInput('2026-11-26T10:15', 'Europe/London')).toBe('2026-11-26T10:15:00.000Z');
  });

  it('is right after a DST change on the same day', () => {
    // London springs forward at 01:00 UTC on 29 March 2026: 10:00 is BST (09:00Z).
    expect(fromLocalInput('2026-03-29T10:00', 'Europe/London')).toBe('2026-03-29T09:00:00.000Z');
    // …and falls back on 25 October 2026: 10:00 is GMT again.
    expect(fromLocalInput('2026-10-25T10:00', 'Europe/London')).toBe('2026-10-25T10:00:00.000Z');
    expect(toLocalInput('2026-03-29T09:00:00.000Z', 'Europe/London')).toBe('2026-03-29T10:00');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', '2026-11-26', '2026-11-26T25:00', '2026-02-30T10:00', 'tomorrow at ten']) {
      expect(fromLocalInput(bad, 'Europe/London')).toBeNull();
    }
  });
});
