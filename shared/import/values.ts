/**
 * Readers for the free-text cells people put in spreadsheets: "1h30", "Mon-Fri 08:00-16:30",
 * "£95.50", "p2". Each returns the value or a message that completes "row 7, <field>: …".
 * Pure: the shop's time zone and the current time are passed in.
 */
import { parseDayKey, wallClock } from '../domain/zoned-time';
import type { Priority, WeeklyHours } from '../schemas/common';
import type { ContractType } from '../schemas/contract';
import type { JobCategory } from '../schemas/job';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const good = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = (message: string): Read<never> => ({ ok: false, message });
const squash = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '');

const priorityWords: Record<string, Priority> = {
  critical: 'P1',
  urgent: 'P1',
  high: 'P2',
  medium: 'P3',
  normal: 'P3',
  low: 'P4',
};

/** `P1`…`P4`, `1`…`4`, or critical/urgent, high, medium/normal, low. */
export function readPriority(text: string): Read<Priority> {
  const key = squash(text);
  const digit = /^(?:p|priority)?([1-4])$/.exec(key)?.[1];
  if (digit) return good(`P${digit}` as Priority);
  return priorityWords[key] ? good(priorityWords[key]) : bad(`expected P1–P4, got "${clipText(text)}"`);
}

/**
 * Minutes from `90`, `90m`, `90 min`, `1h30`, `1h 30m`, `1.5h`, `2 hours`, `1:30`. Rounded to
 * whole minutes; the 5 minute – 24 hour range is checked with the job schema.
 */
export function readEstimate(text: string): Read<number> {
  const key = squash(text).replace(',', '.');
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(key);
  if (clock) return good(Number(clock[1]) * 60 + Number(clock[2]));
  const m = /^(?:(\d+(?:\.\d+)?)(?:h|hr|hrs|hour|hours))?(?:(\d+)(?:m|min|mins|minute|minutes)?)?$/.exec(key);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
    if (Number.isFinite(minutes)) return good(Math.round(minutes));
  }
  return bad(`expected minutes (90) or hours and minutes (1h30), got "${clipText(text)}"`);
}

/** Skills separated by `;` (or `,` / `|`), trimmed, lower-cased, without repeats. */
export function readSkills(text: string): string[] {
  const skills = text
    .split(/[;,|]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  return [...new Set(skills)];
}

const categoryWords: Record<string, JobCategory> = {
  hardware: 'hardware',
  hw: 'hardware',
  software: 'software',
  sw: 'software',
  network: 'network',
  networking: 'network',
  net: 'network',
  printer: 'printer',
  printers: 'printer',
  printing: 'printer',
  security: 'security',
  sec: 'security',
  maintenance: 'maintenance',
  maint: 'maintenance',
  pm: 'maintenance',
  preventive: 'maintenance',
  other: 'other',
};

/** One of the job categories (or a common short form); blank means `other`. */
export function readCategory(text: string): Read<JobCategory> {
  const key = squash(text);
  if (key === '') return good('other');
  const category = categoryWords[key];
  return category ? good(category) : bad('expected one of hardware, software, network, printer, security, maintenance, other');
}

const contractWords: Record<string, ContractType> = {
  breakfix: 'time-and-materials',
  'time&materials': 'time-and-materials',
  timeandmaterials: 'time-and-materials',
  timematerials: 'time-and-materials',
  't&m': 'time-and-materials',
  tm: 'time-and-materials',
  adhoc: 'time-and-materials',
  blockhours: 'block-hours',
  block: 'block-hours',
  blockofhours: 'block-hours',
  prepaid: 'block-hours',
  managed: 'managed',
  managedservices: 'managed',
  msp: 'managed',
};

/** time-and-materials (also break-fix, T&M), block-hours or managed; blank means time and materials. */
export function readContractType(text: string): Read<ContractType> {
  const key = squash(text).replace(/[-_]/g, '');
  if (key === '') return good('time-and-materials');
  const type = contractWords[key];
  return type ? good(type) : bad('expected time-and-materials (or break-fix, T&M), block-hours or managed');
}

/** A non-negative amount: `95`, `95.50`, `£95`, `1,250.00`, or a decimal comma `95,50`. */
export function readAmount(text: string): Read<number> {
  let key = text.trim().replace(/^[£$€]\s*|\s*[£$€]$/g, '').replace(/\s/g, '');
  if (/^\d+,\d{1,2}$/.test(key)) key = key.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(key)) key = key.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(key)) return bad(`expected an amount such as 95 or 95.50, got "${clipText(text)}"`);
  return good(Number(key));
}

/** A number of hours such as `8` or `7.5`. */
export function readHours(text: string): Read<number> {
  const key = text.trim().replace(',', '.').replace(/\s*(h|hrs?|hours?)$/i, '');
  if (!/^\d+(\.\d+)?$/.test(key)) return bad(`expected a number of hours such as 8 or 7.5, got "${clipText(text)}"`);
  return good(Number(key));
}

/** `#1f77b4`, `1f77b4` or `#abc` → `#1f77b4` form. */
export function readColour(text: string): Read<string> {
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(text.trim())?.[1];
  if (!hex) return bad(`expected a colour such as #1f77b4, got "${clipText(text)}"`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return good(`#${full.toLowerCase()}`);
}

const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 0–6 for a day name or its start (`Mon`, `tues`, `Th`); -1 otherwise. */
function dayIndex(token: string): number {
  const key = token.trim().toLowerCase().replace(/\.$/, '');
  return key.length >= 2 ? dayNames.findIndex((d) => d.startsWith(key)) : -1;
}

function readDays(text: string): number[] | null {
  const key = text.trim().toLowerCase();
  if (key === 'weekdays') return [1, 2, 3, 4, 5];
  if (key === 'weekends') return [0, 6];
  if (key === 'daily' || key === 'everyday' || key === 'every day') return [0, 1, 2, 3, 4, 5, 6];
  const days = new Set<number>();
  for (const part of key.split(/[\s,/+&]+/).filter(Boolean)) {
    const range = part.split(/[-–]/);
    if (range.length === 1) {
      const d = dayIndex(part);
      if (d < 0) return null;
      days.add(d);
    } else if (range.length === 2) {
      const from = dayIndex(range[0] ?? '');
      const to = dayIndex(range[1] ?? '');
      if (from < 0 || to < 0) return null;
      // Mon-Fri walks forward; Fri-Mon wraps over the weekend.
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
    } else return null;
  }
  return days.size > 0 ? [...days].sort((a, b) => a - b) : null;
}

function readTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * Weekly hours from `Mon-Fri 08:00-16:30`, several spans separated by `;` or `|`
 * (`Mon-Thu 08:00-16:30; Fri 08:00-12:00`). Days: names or ranges (Mon, Tue-Thu, Sat/Sun),
 * or weekdays, weekends, daily.
 */
export function readWorkingHours(text: string): Read<WeeklyHours> {
  const hint = 'expected e.g. "Mon-Fri 08:00-16:30" (several spans separated by ;)';
  const hours: WeeklyHours = [];
  for (const span of text.split(/[;|\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s+(\d{1,2}(?:[:.h]?\d{2})?)\s*[-–]\s*(\d{1,2}(?:[:.h]?\d{2})?)$/.exec(span);
    const days = m ? readDays(m[1] ?? '') : null;
    const start = m ? readTime(m[2] ?? '') : null;
    const end = m ? readTime(m[3] ?? '') : null;
    if (!days || !start || !end) return bad(`${hint}, got "${clipText(span)}"`);
    if (start >= end) return bad(`"${clipText(span)}" ends before it starts`);
    hours.push({ days, start, end });
  }
  return hours.length > 0 ? good(hours) : bad(hint);
}

/** Hours in the longest working day, for a default daily capacity. */
export function longestDayHours(hours: WeeklyHours): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const perDay = new Array<number>(7).fill(0);
  for (const span of hours) for (const d of span.days) perDay[d] = (perDay[d] ?? 0) + minutes(span.end) - minutes(span.start);
  return Math.min(24, Math.max(...perDay) / 60);
}

/**
 * When a call came in: ISO 8601 with an offset (`2026-11-26T09:30:00Z`), or a wall-clock time in
 * the shop's time zone (`2026-11-26 09:30`, `2026-11-26T09:30:00`, `2026-11-26`). Refuses times
 * more than five minutes after `now`: a call cannot arrive in the future.
 */
export function readReceivedAt(text: string, timeZone: string, now: Date): Read<string> {
  const key = text.trim();
  const hint = 'expected a date and time such as 2026-11-26 09:30 (shop time) or 2026-11-26T09:30:00Z';
  let instant: number;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(key)) {
    instant = Date.parse(key);
  } else {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(key);
    if (!m) return bad(`${hint}, got "${clipText(text)}"`);
    let day;
    try {
      day = parseDayKey(m[1] ?? '');
    } catch {
      return bad(`${hint}, got "${clipText(text)}"`);
    }
    const hours = Number(m[2] ?? 0);
    const minutes = Number(m[3] ?? 0);
    if (hours > 23 || minutes > 59) return bad(`${hint}, got "${clipText(text)}"`);
    instant = wallClock(day, hours * 60 + minutes, timeZone) + Number(m[4] ?? 0) * 1000;
  }
  if (!Number.isFinite(instant)) return bad(`${hint}, got "${clipText(text)}"`);
  if (instant > now.getTime() + 5 * 60_000) return bad('is in the future; a call cannot have come in yet');
  return good(new Date(instant).toISOString());
}

/** Quote at most 40 characters of a bad value in a message. */
export function clipText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
