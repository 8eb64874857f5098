import { describe, expect, it } from 'vitest';
import { parsePinnedInstant, pinnedClock } from '../../../electron/core/pinned-clock';

describe('pinned clock', () => {
  it('starts at the given instant and advances with elapsed time, not with the wall clock', () => {
    let elapsed = 5_000;
    const clock = pinnedClock(new Date('2026-12-06T09:30:00Z'), () => elapsed);
    expect(clock.now().toISOString()).toBe('2026-12-06T09:30:00.000Z');
    elapsed += 90_500;
    expect(clock.now().toISOString()).toBe('2026-12-06T09:31:30.500Z');
  });

  it('hands out a fresh Date each time, so a caller cannot move it', () => {
    const clock = pinnedClock(new Date('2026-12-06T09:30:00Z'), () => 0);
    clock.now().setUTCFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-12-06T09:30:00.000Z');
  });

  it('refuses an invalid start', () => {
    expect(() => pinnedClock(new Date('nope'))).toThrow(RangeError);
  });
});

describe('parsePinnedInstant', () => {
  it('reads instants with Z or an offset', () => {
    expect(parsePinnedInstant('2026-11-01T01:30:00-04:00')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(parsePinnedInstant(' 2026-12-09T09:30Z ')?.toISOString()).toBe('2026-12-09T09:30:00.000Z');
  });

  it.each(['2026-12-09T09:30:00', '2026-12-09', '2026-02-30T10:00:00Z', '09:30', ''])('refuses %j', (text) => {
    expect(parsePinnedInstant(text)).toBeNull();
  });
});
