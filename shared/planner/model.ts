/**
 * The planner's working data, derived once from a {@link PlanInput}: durations, earliest starts,
 * who may do each job, and each technician's bookable windows (working intervals, the last one of
 * a day stretched by the overtime cap when overtime is allowed).
 */
import { resolutionDue, travelMatrix } from './objective';
import type { PlanInput, PlanJob } from './types';

export const MINUTE = 60_000;

/** Where a visit may lie: inside [start, end); minutes after `hoursEnd` are overtime. */
export type Window = { day: number; start: number; end: number; hoursEnd: number; dayStart: number };

export type Model = {
  input: PlanInput;
  jobs: readonly PlanJob[];
  /** Estimate in ms per job. */
  dur: number[];
  /** Earliest start per job: now, the horizon's start, a maintenance window's opening. */
  release: number[];
  /** Indices of the technicians with every required skill, per job. */
  qualified: number[][];
  windows: Window[][];
  travel: (from: string, to: string) => number;
  slotMs: number;
  /** Index of the shop day an instant falls on (-1 outside the horizon's days). */
  dayIndex: (t: number) => number;
  /** The longest drive in the matrix, minutes: how far around a slot neighbours can matter. */
  maxTravel: number;
  /** Per job: how urgent, for ordering ties (earliest meaningful due first). */
  urgency: number[];
};

export function buildModel(input: PlanInput): Model {
  const jobs = input.jobs;
  const slotMs = Math.max(1, input.slotMinutes) * MINUTE;
  const dayIndex = (t: number) => input.days.findIndex((d) => d.start <= t && t < d.end);
  const otCap = input.overtime.allowed ? input.overtime.dailyCapMinutes * MINUTE : 0;
  const windows = input.technicians.map((tech) => {
    const out: Window[] = [];
    tech.shifts.forEach((s, i) => {
      const day = input.days.findIndex((d) => d.key === s.day);
      if (day < 0) return;
      const dayStart = input.days[day]!.start;
      const lastOfDay = tech.shifts[i + 1]?.day !== s.day;
      const end = Math.min(input.horizon.end, lastOfDay ? s.end + otCap : s.end);
      if (end > s.start) out.push({ day, start: s.start, end, hoursEnd: Math.min(s.end, end), dayStart });
    });
    return out;
  });
  const skillSets = input.technicians.map((t) => new Set(t.skills.map((s) => s.toLowerCase())));
  const floor = Math.max(input.now, input.horizon.start);
  return {
    input,
    jobs,
    dur: jobs.map((j) => j.estimateMinutes * MINUTE),
    release: jobs.map((j) => Math.max(floor, j.window ? j.window.start : floor)),
    qualified: jobs.map((j) =>
      input.technicians.flatMap((_, t) => (j.requiredSkills.every((s) => skillSets[t]!.has(s.toLowerCase())) ? [t] : [])),
    ),
    windows,
    travel: memoTravel(travelMatrix(input.travel)),
    maxTravel: Math.max(input.travel.withinZoneMinutes, input.travel.betweenZonesMinutes, ...input.travel.pairs.map((p) => p.minutes)),
    slotMs,
    dayIndex,
    urgency: jobs.map((j) => Math.min(j.responseDueAt ?? Infinity, resolutionDue(j) ?? Infinity, j.receivedAt + 30 * 86_400_000)),
  };
}

/** `t` rounded up to the slot grid counted from `dayStart` (a shop day's local midnight). */
export function snapUp(t: number, dayStart: number, slotMs: number): number {
  return dayStart + Math.ceil((t - dayStart) / slotMs) * slotMs;
}

/**
 * The matrix looked up by the zone texts as they are, remembered: the search asks for the same few
 * pairs millions of times, and normalising the names each time was a good part of its cost.
 */
function memoTravel(travel: (from: string, to: string) => number): (from: string, to: string) => number {
  const rows = new Map<string, Map<string, number>>();
  return (from, to) => {
    let row = rows.get(from);
    if (!row) rows.set(from, (row = new Map()));
    let minutes = row.get(to);
    if (minutes === undefined) row.set(to, (minutes = travel(from, to)));
    return minutes;
  };
}
