/**
 * An independent check of a plan against the hard rules, written without the search's data
 * structures so it can judge the planner, the first-come baseline and the exact model alike:
 * skills, working hours (plus the overtime cap), time off, daily capacity, the slot grid, the
 * horizon, no overlaps with travel between visits of a day, and fixed bookings left alone.
 */
import { travelMatrix } from './objective';
import type { PlanInput } from './types';

const MINUTE = 60_000;

export type Placement = { jobId: string; technicianId: string; start: number; end: number };

/** Every broken rule, in words; empty when the placements keep them all. */
export function planViolations(input: PlanInput, placements: readonly Placement[]): string[] {
  const problems: string[] = [];
  const travel = travelMatrix(input.travel);
  const jobs = new Map(input.jobs.map((j) => [j.id, j]));
  const techs = new Map(input.technicians.map((t) => [t.id, t]));
  const dayOf = (t: number) => input.days.find((d) => d.start <= t && t < d.end)?.key ?? null;
  const otCap = input.overtime.allowed ? input.overtime.dailyCapMinutes : 0;
  const seen = new Set<string>();
  const rows = new Map<string, Array<{ id: string; start: number; end: number; zone: string; fixed: boolean }>>();
  for (const f of input.fixed) {
    const row = rows.get(f.technicianId) ?? [];
    row.push({ id: f.number, start: f.start, end: f.end, zone: f.zone, fixed: true });
    rows.set(f.technicianId, row);
  }
  const booked = new Map<string, { inHours: number; overtime: number }>();
  const keptMinutes: Array<{ key: string; minutes: number }> = [];
  for (const p of placements) {
    const job = jobs.get(p.jobId);
    const tech = techs.get(p.technicianId);
    if (!job || !tech) {
      problems.push(`${p.jobId}: unknown job or technician`);
      continue;
    }
    if (seen.has(p.jobId)) problems.push(`${job.number} is booked twice`);
    seen.add(p.jobId);
    const missing = job.requiredSkills.filter((s) => !tech.skills.includes(s.toLowerCase()));
    if (missing.length) problems.push(`${job.number}: ${tech.name} lacks ${missing.join(', ')}`);
    if (p.end - p.start !== job.estimateMinutes * MINUTE) problems.push(`${job.number}: length is not the estimate`);
    // A movable booking left where it is stands like a fixed one: the dispatcher put it there.
    const kept = job.current !== null && job.current.technicianId === p.technicianId && job.current.start === p.start;
    if (kept) {
      const row = rows.get(tech.id) ?? [];
      row.push({ id: job.number, start: p.start, end: p.end, zone: job.zone, fixed: true });
      rows.set(tech.id, row);
      keptMinutes.push({ key: `${tech.id} ${dayOf(p.start)}`, minutes: job.estimateMinutes });
      continue;
    }
    if (p.start < Math.max(input.now, input.horizon.start) || p.end > input.horizon.end) problems.push(`${job.number}: outside the horizon`);
    if (job.window && p.start < job.window.start) problems.push(`${job.number}: starts before its visit window`);
    const day = dayOf(p.start);
    const dayStart = input.days.find((d) => d.key === day)?.start ?? 0;
    if ((p.start - dayStart) % (input.slotMinutes * MINUTE) !== 0) problems.push(`${job.number}: not on the slot grid`);
    const shifts = tech.shifts.filter((s) => s.day === day);
    const last = shifts.at(-1);
    const inside = shifts.some((s) => s.start <= p.start && p.end <= (s === last ? s.end + otCap * MINUTE : s.end));
    if (!inside) problems.push(`${job.number}: outside ${tech.name}'s working hours or on time off`);
    const overtime = last && p.end > last.end && p.start >= shifts[0]!.start ? (p.end - Math.max(p.start, last.end)) / MINUTE : 0;
    const key = `${tech.id} ${day}`;
    const b = booked.get(key) ?? { inHours: 0, overtime: 0 };
    b.inHours += job.estimateMinutes - overtime;
    b.overtime += overtime;
    booked.set(key, b);
    const row = rows.get(tech.id) ?? [];
    row.push({ id: job.number, start: p.start, end: p.end, zone: job.zone, fixed: false });
    rows.set(tech.id, row);
  }
  for (const f of input.fixed) {
    const key = `${f.technicianId} ${dayOf(f.start)}`;
    const b = booked.get(key);
    if (b) b.inHours += (f.end - f.start) / MINUTE;
  }
  for (const k of keptMinutes) {
    const b = booked.get(k.key);
    if (b) b.inHours += k.minutes;
  }
  for (const [key, b] of booked) {
    const tech = techs.get(key.split(' ')[0]!)!;
    if (b.inHours > tech.dailyCapacityMinutes + 1e-9) problems.push(`${key}: ${b.inHours} min booked of ${tech.dailyCapacityMinutes}`);
    if (b.overtime > otCap + 1e-9) problems.push(`${key}: ${b.overtime} min overtime, cap ${otCap}`);
  }
  for (const [techId, row] of rows) {
    row.sort((a, b) => a.start - b.start);
    for (let i = 1; i < row.length; i++) {
      const [a, b] = [row[i - 1]!, row[i]!];
      if (a.fixed && b.fixed) continue;
      const gap = dayOf(a.start) === dayOf(b.start) ? travel(a.zone, b.zone) * MINUTE : 0;
      if (b.start < a.end + gap) problems.push(`${techId}: ${a.id} and ${b.id} overlap or leave no time to travel`);
    }
  }
  return problems;
}
