import { describe, expect, it } from 'vitest';
import { formatArchiveTime } from '../../../../renderer/src/features/archive/archive-format';

describe('archive dates', () => {
  it('carry the year and read in the shop zone', () => {
    expect(formatArchiveTime('2025-10-23T13:56:00.000Z', 'UTC')).toBe('23 Oct 2025, 13:56');
    expect(formatArchiveTime('2025-12-31T23:30:00.000Z', 'Europe/Berlin')).toBe('1 Jan 2026, 00:30');
  });
});
