/**
 * The Reports view's date ranges: the presets an owner reaches for (the last 4 weeks, the last 3
 * months, this year) and any from–to. Days are the shop's calendar days, `YYYY-MM-DD`, both ends
 * included. Pure, so the presets are unit-tested on month ends and leap years.
 */
import { MAX_REPORT_DAYS } from '../../../../shared/schemas/report-inputs';
import { addDays } from '../../lib/format';

export type Range = { from: string; to: string };
export type PresetName = 'last-4-weeks' | 'last-3-months' | 'this-year';

export const PRESETS: ReadonlyArray<{ name: PresetName; label: string }> = [
  { name: 'last-4-weeks', label: 'Last 4 weeks' },
  { name: 'last-3-months', label: 'Last 3 months' },
  { name: 'this-year', label: 'This year' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The day `months` calendar months before `day`, clamped to the shorter month's end (31 May → 28/29 Feb). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The preset's range ending today (today included). */
export function presetRange(name: PresetName, today: string): Range {
  if (name === 'last-4-weeks') return { from: addDays(today, -27), to: today };
  if (name === 'last-3-months') return { from: addDays(monthsBefore(today, 3), 1), to: today };
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** Which preset `range` is on `today`, or null for a custom range. */
export function presetOf(range: Range, today: string): PresetName | null {
  return PRESETS.find((p) => {
    const r = presetRange(p.name, today);
    return r.from === range.from && r.to === range.to;
  })?.name ?? null;
}

/** Days in the range, both ends included. */
export function rangeDays(range: Range): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Why a typed custom range cannot be used, or null when it can. */
export function rangeProblem(from: string, to: string, today: string): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(from) || !day.test(to) || Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`))) return 'Enter both days.';
  if (from > to) return 'The first day must come before the last.';
  if (from > today) return 'The range must start today or earlier.';
  if (rangeDays({ from, to }) > MAX_REPORT_DAYS) return 'Choose at most two years.';
  return null;
}

/** `1 Nov 2026 – 6 Dec 2026` */
export function rangeLabel(range: Range): string {
  const fmt = (day: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  return `${fmt(range.from)} – ${fmt(range.to)}`;
}
