import type { Job } from '../schemas/job';
import type { Technician } from '../schemas/technician';
import { bookingDeadlines, lateText } from './booking-deadlines';
import type { BookingDeadlines } from './booking-deadlines';
import { findConflicts } from './conflicts';
import { awaitsResponse } from './sla';
import { assignmentEnd, dayBounds, dayOf, jobsOverlapping } from './jobs';
import { isOpenStatus, statusLabel } from './status';
import { durationText, whenText } from './suggest-text';
import { listText } from './words';
import { MINUTE_MS, dayKey, daySpans, localDayOf, shiftDay, weeklyTable } from './zoned-time';

/** One fact behind a suggestion's rank, as data; `text` is the words the assign dialog shows. */
export type SuggestionReason = {
  kind: 'skills' | 'zone' | 'response-due' | 'resolution-due' | 'window' | 'preferred' | 'start' | 'load';
  /** Whether this fact speaks for the technician (shown plainly) or against them (shown as a warning). */
  met: boolean;
  text: string;
};

/** The earliest clean slot of one technician for a job, with why it ranks where it does. */
export type Suggestion = {
  technicianId: string;
  technicianName: string;
  /** ISO instants; `end` is start + the job's estimate. */
  start: string;
  end: string;
  /** All required skills present (the hard preference). */
  hasSkills: boolean;
  missingSkills: string[];
  /** The technician's zone equals the zone of the job's site. */
  sameZone: boolean;
  /** Starts before the response due time; null when no response is owed or there is no target. */
  beforeResponseDue: boolean | null;
  /** Which deadlines this slot misses (see bookingDeadlines); `deadlines.ok` when none. */
  deadlines: BookingDeadlines;
  /** A maintenance visit: the slot lies inside its due window; null for other jobs. */
  inWindow: boolean | null;
  /** The technician the job's maintenance plan prefers. */
  preferred: boolean;
  /** A P1: among slots that meet the deadlines, the earliest start wins before zone. */
  urgent: boolean;
  /** Minutes already booked for the technician on the shop day the slot starts. */
  bookedMinutes: number;
  reasons: SuggestionReason[];
};

export type SuggestionList = {
  /** Best first, at most `limit`. */
  suggestions: Suggestion[];
  /** Why the list is empty, in words for the dispatcher; null when it is not. */
  emptyReason: string | null;
  /** How many shop days were searched. */
  days: number;
};

export type SuggestInput = {
  job: Job;
  technicians: readonly Technician[];
  /** Every job in the document (or at least those booked in the searched days). */
  jobs: readonly Job[];
  /** Zone of the job's site; '' when it has none. */
  siteZone: string;
  now: Date;
  timeZone: string;
  /** The board's slot size; starts are rounded up to it on the shop's wall clock. */
  slotMinutes: number;
  /** Shop days to search, today included (default 14). */
  days?: number;
  /** Suggestions to return (default 5). */
  limit?: number;
  /** The technician the job's maintenance plan prefers, if any. */
  preferredTechnicianId?: string | null;
};

/** Kinds of conflict that rule a slot out. Missing skills only lower the rank. */
const BLOCKING = new Set(['overlap', 'outside-hours', 'time-off', 'over-capacity', 'in-past', 'inactive']);
const DAY_MS = 24 * 60 * MINUTE_MS;

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `t` rounded up to the next slot boundary of its shop day (slots count from local midnight). */
function roundUpToSlot(t: number, slotMs: number, timeZone: string): number {
  const dayStart = dayBounds(dayOf(new Date(t), timeZone), timeZone).start.getTime();
  return dayStart + Math.ceil((t - dayStart) / slotMs) * slotMs;
}

/** Minutes of the technician's open jobs booked inside [from, to). */
function bookedBetween(jobs: readonly Job[], jobId: string, from: number, to: number): number {
  let total = 0;
  for (const j of jobs) {
    if (j.id === jobId || !j.assignment || !isOpenStatus(j.status)) continue;
    const overlap = Math.min(Date.parse(j.assignment.end), to) - Math.max(Date.parse(j.assignment.start), from);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE_MS;
}

type Found = { start: number; end: number };

/**
 * The earliest start ≥ `floor` on the technician's row where the job fits with no blocking
 * conflict, searching `days` shop days from `floor`'s day. The earliest feasible start always sits
 * on one of three edges (the floor, a shift opening, the end of another job), each rounded up to
 * the slot grid, so only those are tried; {@link findConflicts} is the judge of each.
 */
function earliestSlot(p: SuggestInput, tech: Technician, own: readonly Job[], floor: number, days: number): Found | null {
  const slotMs = p.slotMinutes * MINUTE_MS;
  const estimateMs = p.job.estimateMinutes * MINUTE_MS;
  const table = weeklyTable(tech.workingHours);
  const firstDay = localDayOf(floor, p.timeZone);
  for (let i = 0; i < days; i++) {
    const day = shiftDay(firstDay, i);
    const key = dayKey(day);
    if (tech.timeOff.some((off) => key >= off.start && key <= off.end)) continue;
    const spans = daySpans(table, day, p.timeZone);
    if (spans.length === 0) continue;
    const { start: dayStart, end: dayEnd } = dayBounds(key, p.timeZone);
    const a = dayStart.getTime();
    const b = dayEnd.getTime();
    // Only the neighbours matter to the conflict check: anything the slot could overlap, and the
    // days it touches for capacity (a job is at most 24 h, so ±1 day covers both).
    const near = jobsOverlapping(own, new Date(a - DAY_MS), new Date(b + 2 * DAY_MS));
    const busy = near
      .filter((j) => isOpenStatus(j.status))
      .map((j) => [Date.parse(j.assignment?.start ?? ''), Date.parse(j.assignment?.end ?? '')] as const);
    const edges = [floor, ...spans.map(([open]) => open), ...busy.map(([, end]) => end)];
    // Slots count from the shop day's midnight, which is `a` for every edge inside this day.
    const onGrid = (t: number) => a + Math.ceil((t - a) / slotMs) * slotMs;
    const candidates = [...new Set(edges.filter((t) => t >= a && t < b).map((t) => onGrid(Math.max(t, floor))))]
      .filter((t) => t < b)
      // Cheap necessary conditions first (starts inside a shift, overlaps nothing), so the full
      // check, which also words every finding for the dispatcher, runs on few candidates.
      .filter((t) => spans.some(([open, close]) => open <= t && t < close))
      .filter((t) => !busy.some(([s, e]) => s < t + estimateMs && e > t))
      .sort((x, y) => x - y);
    for (const start of candidates) {
      const end = assignmentEnd(new Date(start), p.job.estimateMinutes);
      const conflicts = findConflicts({
        job: p.job,
        technician: tech,
        start: new Date(start),
        end,
        technicianJobs: near,
        now: p.now,
        timeZone: p.timeZone,
      });
      if (!conflicts.some((c) => BLOCKING.has(c.kind))) return { start, end: end.getTime() };
    }
  }
  return null;
}

function describe(p: SuggestInput, tech: Technician, found: Found, own: readonly Job[]): Suggestion {
  const has = new Set(tech.skills.map((s) => s.trim().toLowerCase()));
  const required = p.job.requiredSkills;
  const missingSkills = required.filter((s) => !has.has(s.trim().toLowerCase()));
  const hasSkills = missingSkills.length === 0;
  const sameZone = p.siteZone.trim() !== '' && sameText(tech.zone, p.siteZone);
  const start = new Date(found.start).toISOString();
  const end = new Date(found.end).toISOString();
  const deadlines = bookingDeadlines(p.job, { start, end });
  const owesResponse = p.job.responseDueAt !== null && awaitsResponse(p.job);
  const beforeResponseDue = owesResponse ? deadlines.response === null : null;
  const day = dayBounds(dayOf(new Date(found.start), p.timeZone), p.timeZone);
  const bookedMinutes = bookedBetween(own, p.job.id, day.start.getTime(), day.end.getTime());

  const reasons: SuggestionReason[] = [];
  if (required.length > 0) {
    reasons.push(
      hasSkills
        ? { kind: 'skills', met: true, text: `has ${listText(required)}` }
        : { kind: 'skills', met: false, text: `lacks ${listText(missingSkills)}` },
    );
  }
  if (p.siteZone.trim() !== '') {
    reasons.push(
      sameZone
        ? { kind: 'zone', met: true, text: `${tech.zone.trim()} zone` }
        : { kind: 'zone', met: false, text: tech.zone.trim() ? `${tech.zone.trim()} zone, site is ${p.siteZone.trim()}` : 'no zone' },
    );
  }
  reasons.push({ kind: 'start', met: true, text: `free ${whenText(found.start, p.now, p.timeZone)}` });
  if (beforeResponseDue !== null) {
    reasons.push(
      beforeResponseDue
        ? { kind: 'response-due', met: true, text: 'before response due' }
        : { kind: 'response-due', met: false, text: `misses response due by ${lateText(deadlines.response?.lateMinutes ?? 0)}` },
    );
  }
  if (deadlines.resolution) {
    reasons.push({ kind: 'resolution-due', met: false, text: `misses resolution due by ${lateText(deadlines.resolution.lateMinutes)}` });
  }
  const visit = p.job.maintenance;
  const inWindow = visit ? found.start >= Date.parse(visit.windowStart) && found.end <= Date.parse(visit.windowEnd) : null;
  if (visit) reasons.push({ kind: 'window', met: inWindow === true, text: inWindow ? 'in the visit window' : 'outside the visit window' });
  const preferred = p.preferredTechnicianId === tech.id;
  if (preferred) reasons.push({ kind: 'preferred', met: true, text: 'preferred by the plan' });
  reasons.push({ kind: 'load', met: true, text: bookedMinutes > 0 ? `${durationText(bookedMinutes)} booked that day` : 'nothing booked that day' });

  return {
    technicianId: tech.id,
    technicianName: tech.name,
    start,
    end,
    hasSkills,
    missingSkills,
    sameZone,
    beforeResponseDue,
    deadlines,
    inWindow,
    preferred,
    urgent: p.job.priority === 'P1',
    bookedMinutes,
    reasons,
  };
}

/**
 * Rank order, deadlines first: a slot that starts before the response is due, then one that ends
 * before the resolution is due (for a maintenance visit: one inside its window), outranks any
 * other; then all required skills (hard preference); then the technician the maintenance plan
 * prefers; then same zone as the site and the earliest start — for a P1 the earliest start comes before
 * the zone —; then the least booked day, then name.
 *
 * Why: a customer waiting on a P1 cares when someone arrives, not which zone they drive from; and
 * a slot that breaks the SLA must never be offered as the best match above one that keeps it.
 */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  const missesResponse = (s: Suggestion) => s.beforeResponseDue === false;
  if (missesResponse(a) !== missesResponse(b)) return missesResponse(a) ? 1 : -1;
  if ((a.deadlines.resolution === null) !== (b.deadlines.resolution === null)) return a.deadlines.resolution === null ? -1 : 1;
  // A maintenance visit's window is its deadline.
  if (a.inWindow === false !== (b.inWindow === false)) return a.inWindow === false ? 1 : -1;
  if (a.hasSkills !== b.hasSkills) return a.hasSkills ? -1 : 1;
  if (a.preferred !== b.preferred) return a.preferred ? -1 : 1;
  const byStart = Date.parse(a.start) - Date.parse(b.start);
  if (a.urgent && byStart !== 0) return byStart;
  if (a.sameZone !== b.sameZone) return a.sameZone ? -1 : 1;
  if (byStart !== 0) return byStart;
  if (a.bookedMinutes !== b.bookedMinutes) return a.bookedMinutes - b.bookedMinutes;
  return a.technicianName.localeCompare(b.technicianName, 'en', { sensitivity: 'base' }) || a.technicianId.localeCompare(b.technicianId);
}

/**
 * Where to book `job`: for each active technician, the earliest start at or after `now` (rounded
 * up to the slot size) where the job's estimate fits inside their working hours, outside time off,
 * without overlapping their other open jobs and within their daily capacity, searching `days` shop
 * days ahead; ranked by {@link compareSuggestions}, with the reasons as data.
 *
 * Why: the keyboard path pre-fills the assign dialog with the first suggestion, so the dispatcher
 * confirms a sensible slot with one key instead of scanning every row. A technician missing a
 * skill is still offered (ranked below everyone who has them): sometimes the only free person is
 * the right call, and the dialog says what they lack. The job's own booking is ignored, so a
 * booked job can be re-planned.
 */
export function suggestSlots(p: SuggestInput): SuggestionList {
  const days = Math.max(1, Math.min(62, Math.floor(p.days ?? 14)));
  const limit = Math.max(1, Math.floor(p.limit ?? 5));
  const empty = (emptyReason: string): SuggestionList => ({ suggestions: [], emptyReason, days });
  if (!isOpenStatus(p.job.status)) return empty(`${p.job.number} is ${statusLabel(p.job.status)}, so it cannot be scheduled.`);
  const active = p.technicians.filter((t) => t.active);
  if (active.length === 0) return empty('There are no active technicians to suggest.');

  const slotMs = Math.max(1, p.slotMinutes) * MINUTE_MS;
  // A maintenance visit is looked for from its window on, not from now: it is due on its day.
  const from = Math.max(p.now.getTime(), p.job.maintenance ? Date.parse(p.job.maintenance.windowStart) : 0);
  const floor = roundUpToSlot(from, slotMs, p.timeZone);
  const found: Suggestion[] = [];
  for (const tech of active) {
    const own = p.jobs.filter((j) => j.assignment?.technicianId === tech.id && j.id !== p.job.id);
    const slot = earliestSlot(p, tech, own, floor, days);
    if (slot) found.push(describe(p, tech, slot, own));
  }
  if (found.length === 0) {
    const estimate = durationText(p.job.estimateMinutes);
    return empty(
      `No technician has ${estimate} free in the next ${days} days (working hours, time off, other jobs and daily capacity considered).`,
    );
  }
  return { suggestions: found.sort(compareSuggestions).slice(0, limit), emptyReason: null, days };
}

