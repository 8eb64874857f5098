import { describe, expect, it } from 'vitest';
import { namedTimeZonePlugin } from '../../../../renderer/src/features/board/time-zone-plugin';

type Impl = { offsetForArray(a: number[]): number; timestampToArray(ms: number): number[] };
const Impl = namedTimeZonePlugin.namedTimeZonedImpl as unknown as new (zone: string) => Impl;

describe('named time zone plugin', () => {
  it('gives the UTC offset of a wall-clock time, DST included', () => {
    const ny = new Impl('America/New_York');
    expect(ny.offsetForArray([2026, 10, 26, 9, 0, 0, 0])).toBe(-300);
    expect(ny.offsetForArray([2026, 6, 1, 9, 0, 0, 0])).toBe(-240);
    expect(new Impl('Europe/Berlin').offsetForArray([2026, 6, 1, 9, 0, 0, 0])).toBe(120);
  });

  it('turns an instant into wall-clock fields in the zone', () => {
    const berlin = new Impl('Europe/Berlin');
    expect(berlin.timestampToArray(Date.parse('2026-11-26T23:30:00Z'))).toEqual([2026, 10, 27, 0, 30, 0, 0]);
  });

  it('round-trips', () => {
    const zone = new Impl('Australia/Sydney');
    const ms = Date.parse('2026-04-05T15:45:00Z');
    const fields = zone.timestampToArray(ms);
    const [y, mo, d, h, mi] = fields as [number, number, number, number, number];
    expect(Date.UTC(y, mo, d, h, mi) - zone.offsetForArray(fields) * 60_000).toBe(ms);
  });
});
