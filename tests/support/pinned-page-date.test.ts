import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPinnedDate } from './pinned-page-date';

const RealDate = Date;
const PINNED = RealDate.parse('2026-12-09T09:30:00Z');

describe('the pinned page Date', () => {
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('starts at the pinned instant and moves on with real time', () => {
    installPinnedDate(PINNED);
    expect(Math.abs(Date.now() - PINNED)).toBeLessThan(1_000);
    expect(Math.abs(new Date().getTime() - PINNED)).toBeLessThan(1_000);
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new Date(2026, 2, 29, 10).getDate()).toBe(29);
    expect(typeof (Date as unknown as () => string)()).toBe('string');
    expect(new RealDate(0) instanceof Date).toBe(true);
  });

  it('keeps Date subclasses whole: TZDate defined in the page still reads the shop zone', async () => {
    installPinnedDate(PINNED);
    // As in the page: the library's class is defined after the pinned Date is in place.
    vi.resetModules();
    const { TZDate } = await import('@date-fns/tz');
    class Tagged extends Date {
      tag(): string {
        return 'mine';
      }
    }
    expect(new Tagged(0).tag()).toBe('mine');
    expect(new TZDate(RealDate.parse('2026-12-09T15:00:00Z'), 'America/New_York').getHours()).toBe(10);
  });
});
