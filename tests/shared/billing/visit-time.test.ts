import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billableTime, roundUpToIncrement, visitTime } from '../../../shared/billing/visit-time';
import type { TierHours } from '../../../shared/billing/visit-time';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
/** Mon–Fri 08:00–18:00, as the standard tier. */
const weekdays: TierHours = { businessHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], holidays: [] };
/** Every day 09:00–17:00, so DST Sundays have business hours too. */
const everyDay: TierHours = { businessHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: '09:00', end: '17:00' }], holidays: [] };

describe('time on site, split at the business-hours boundary', () => {
  it('a visit inside business hours has no after-hours minutes', () => {
    expect(visitTime('2026-12-08T10:00:00Z', '2026-12-08T11:05:00Z', weekdays, LONDON)).toEqual({ minutes: 65, afterHoursMinutes: 0, endsAfterHours: false });
  });

  it('an evening visit running past closing is split at 18:00', () => {
    // Tuesday 17:30–18:45 London (GMT): 30 normal + 45 after hours.
    expect(visitTime('2026-12-08T17:30:00Z', '2026-12-08T18:45:00Z', weekdays, LONDON)).toEqual({ minutes: 75, afterHoursMinutes: 45, endsAfterHours: true });
  });

  it('a night visit across midnight into Saturday is after hours throughout', () => {
    expect(visitTime('2026-12-11T23:00:00Z', '2026-12-12T01:30:00Z', weekdays, LONDON)).toEqual({ minutes: 150, afterHoursMinutes: 150, endsAfterHours: true });
  });

  it('a night visit across midnight into a working morning is split at 08:00', () => {
    // Sunday 23:00 → Monday 09:00 London: 9 h after hours, then 1 h normal.
    expect(visitTime('2026-12-06T23:00:00Z', '2026-12-07T09:00:00Z', weekdays, LONDON)).toEqual({ minutes: 600, afterHoursMinutes: 540, endsAfterHours: false });
  });

  it('a holiday is after hours all day', () => {
    const tier = { ...weekdays, holidays: ['2026-12-25'] };
    expect(visitTime('2026-12-25T10:00:00Z', '2026-12-25T11:00:00Z', tier, LONDON).afterHoursMinutes).toBe(60);
  });

  it('counts real minutes across the spring-forward gap and splits at the wall-clock opening', () => {
    // Sunday 29 March 2026, London: 00:30 GMT (00:30Z) to 10:00 BST (09:00Z) is 8 h 30 min of real time;
    // business hours start at 09:00 BST (08:00Z): 60 normal minutes, 450 after hours.
    expect(visitTime('2026-03-29T00:30:00Z', '2026-03-29T09:00:00Z', everyDay, LONDON)).toEqual({ minutes: 510, afterHoursMinutes: 450, endsAfterHours: false });
  });

  it('counts the repeated hour when the clocks fall back', () => {
    // Sunday 1 November 2026, New York: 00:30 EDT (04:30Z) to 09:30 EST (14:30Z) is 10 h of real time;
    // business opens 09:00 EST (14:00Z): 30 normal minutes.
    expect(visitTime('2026-11-01T04:30:00Z', '2026-11-01T14:30:00Z', everyDay, NEW_YORK)).toEqual({ minutes: 600, afterHoursMinutes: 570, endsAfterHours: false });
  });

  it('rounds arrival down and departure up to the whole minute', () => {
    expect(visitTime('2026-12-08T10:00:30Z', '2026-12-08T10:10:10Z', weekdays, LONDON).minutes).toBe(11);
  });

  it('splits additively: the after-hours minutes of two halves sum to the whole, across midnight and DST (property)', () => {
    const start = Date.parse('2026-03-20T00:00:00Z');
    const span = 250 * 24 * 60; // through both 2026 DST changes
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 2, max: 3 * 24 * 60 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom(LONDON, NEW_YORK),
        fc.constantFrom(weekdays, everyDay),
        (offset, length, cutPercent, zone, tier) => {
          const a = start + offset * 60_000;
          const b = a + length * 60_000;
          const cut = a + Math.max(1, Math.min(length - 1, Math.round((length * cutPercent) / 100))) * 60_000;
          const iso = (t: number) => new Date(t).toISOString();
          const whole = visitTime(iso(a), iso(b), tier, zone);
          const first = visitTime(iso(a), iso(cut), tier, zone);
          const second = visitTime(iso(cut), iso(b), tier, zone);
          expect(whole.minutes).toBe(length);
          expect(first.minutes + second.minutes).toBe(length);
          expect(first.afterHoursMinutes + second.afterHoursMinutes).toBe(whole.afterHoursMinutes);
          expect(whole.afterHoursMinutes).toBeGreaterThanOrEqual(0);
          expect(whole.afterHoursMinutes).toBeLessThanOrEqual(length);
          expect(whole.endsAfterHours).toBe(second.endsAfterHours);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('billing increments', () => {
  it('bills every started increment in full', () => {
    expect(roundUpToIncrement(1, 15)).toBe(15);
    expect(roundUpToIncrement(15, 15)).toBe(15);
    expect(roundUpToIncrement(16, 15)).toBe(30);
    expect(roundUpToIncrement(0, 15)).toBe(0);
    expect(roundUpToIncrement(59, 60)).toBe(60);
    expect(() => roundUpToIncrement(10, 0)).toThrow(RangeError);
  });

  it('rounds up to the next multiple, never by a whole increment or more (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 240 }), (minutes, inc) => {
        const r = roundUpToIncrement(minutes, inc);
        expect(r % inc).toBe(0);
        expect(r).toBeGreaterThanOrEqual(minutes);
        expect(r - minutes).toBeLessThan(inc);
        expect(roundUpToIncrement(r, inc)).toBe(r);
      }),
    );
  });

  it('bills the rounding at the rate of the last minute', () => {
    // 17:30–18:05: 30 normal + 5 after hours; rounded to 45, the 10 extra minutes are after hours.
    expect(billableTime({ minutes: 35, afterHoursMinutes: 5, endsAfterHours: true }, 15)).toEqual({ minutes: 45, afterHoursMinutes: 15 });
    // 07:50–08:20: 10 after hours + 20 normal; rounded to 30 (no extra); ends in hours.
    expect(billableTime({ minutes: 30, afterHoursMinutes: 10, endsAfterHours: false }, 15)).toEqual({ minutes: 30, afterHoursMinutes: 10 });
    expect(billableTime({ minutes: 31, afterHoursMinutes: 10, endsAfterHours: false }, 15)).toEqual({ minutes: 45, afterHoursMinutes: 10 });
  });

  it('keeps after-hours minutes between the raw after-hours time and the billed total (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), fc.integer({ min: 1, max: 120 }), (minutes, pct, ends, inc) => {
        const after = Math.floor((minutes * pct) / 100);
        const billed = billableTime({ minutes, afterHoursMinutes: after, endsAfterHours: ends }, inc);
        expect(billed.afterHoursMinutes).toBeGreaterThanOrEqual(after);
        expect(billed.afterHoursMinutes).toBeLessThanOrEqual(billed.minutes);
        expect(billed.minutes - billed.afterHoursMinutes).toBeGreaterThanOrEqual(minutes - after - (ends ? 0 : inc));
      }),
    );
  });
});
