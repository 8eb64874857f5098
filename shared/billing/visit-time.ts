/**
 * How long a visit took, and how much of it fell after hours. "After hours" is outside the client's
 * SLA tier business hours, or on one of the tier's holidays, read as wall-clock time in the shop's
 * zone; a visit that crosses the boundary (an evening call running past closing, a night spanning
 * midnight, a DST change) is split minute by minute, never billed wholesale at one rate.
 */
import { businessMinutesBetween } from '../domain/business-time';
import type { WeeklyHours } from '../schemas/common';

const MINUTE_MS = 60_000;

/** What decides "after hours": the client's SLA tier. */
export type TierHours = { businessHours: WeeklyHours; holidays: readonly string[] };

export type VisitTime = {
  /** Whole minutes on site: arrival rounded down and departure up to the minute. */
  minutes: number;
  /** Of those, minutes outside business hours or on a holiday. */
  afterHoursMinutes: number;
  /** Whether the visit's last minute was after hours (the rounding up is billed at that rate). */
  endsAfterHours: boolean;
};

/** Split [arrivedAt, departedAt) into business and after-hours minutes (see the module comment). */
export function visitTime(arrivedAt: string, departedAt: string, tier: TierHours, timeZone: string): VisitTime {
  const start = Math.floor(Date.parse(arrivedAt) / MINUTE_MS) * MINUTE_MS;
  const end = Math.ceil(Date.parse(departedAt) / MINUTE_MS) * MINUTE_MS;
  if (!(end > start)) return { minutes: 0, afterHoursMinutes: 0, endsAfterHours: false };
  const minutes = (end - start) / MINUTE_MS;
  const business = Math.round(businessMinutesBetween(new Date(start), new Date(end), tier.businessHours, tier.holidays, timeZone));
  const lastMinute = businessMinutesBetween(new Date(end - MINUTE_MS), new Date(end), tier.businessHours, tier.holidays, timeZone);
  return { minutes, afterHoursMinutes: minutes - business, endsAfterHours: lastMinute === 0 };
}

/** Billable minutes: every started `increment` in full (`increment` 15: 1 → 15, 15 → 15, 16 → 30). */
export function roundUpToIncrement(minutes: number, increment: number): number {
  if (!Number.isInteger(increment) || increment < 1) throw new RangeError(`A billing increment must be a whole number of minutes ≥ 1, got ${increment}.`);
  if (minutes <= 0) return 0;
  return Math.ceil(minutes / increment) * increment;
}

export type BillableTime = { minutes: number; afterHoursMinutes: number };

/**
 * Round a visit's time up to the increment. The minutes added by rounding are billed at the rate of
 * the visit's last minute (the increment that was started), so a visit that ends at 18:05 with
 * closing at 18:00 pays its rounding at the after-hours rate, and one that starts early pays it
 * at the normal rate.
 */
export function billableTime(time: VisitTime, increment: number): BillableTime {
  const minutes = roundUpToIncrement(time.minutes, increment);
  const extra = minutes - time.minutes;
  return { minutes, afterHoursMinutes: time.afterHoursMinutes + (time.endsAfterHours ? extra : 0) };
}
