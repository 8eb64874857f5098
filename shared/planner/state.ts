/**
 * A plan under construction: each technician's visits in time order (fixed bookings and placed
 * jobs), booked and overtime minutes per technician-day, and where each job sits. Insertion only
 * uses gaps that respect every hard rule, so any state reachable through {@link insert} is valid.
 */
import { overtimePenalty, placementCost, unplacedCost } from './objective';
import { MINUTE, snapUp, type Model } from './model';

export type Visit = {
  /** Index into the model's jobs, or -1 for a fixed booking. */
  job: number;
  tech: number;
  start: number;
  end: number;
  zone: string;
  /** Shop day index (-1 outside the horizon's days). */
  day: number;
  /** Overtime minutes of this visit. */
  ot: number;
};

export type State = {
  visits: Visit[][];
  /** Minutes booked inside working hours, per technician and day (fixed bookings count whole). */
  booked: number[][];
  overtime: number[][];
  placed: (Visit | null)[];
};

/** The cheapest way to add a job to one technician's row. */
export type Candidate = { tech: number; start: number; end: number; day: number; ot: number; delta: number };

export function initialState(m: Model): State {
  const nDays = m.input.days.length;
  const s: State = {
    visits: m.input.technicians.map(() => []),
    booked: m.input.technicians.map(() => new Array<number>(nDays).fill(0)),
    overtime: m.input.technicians.map(() => new Array<number>(nDays).fill(0)),
    placed: m.jobs.map(() => null),
  };
  const techIndex = new Map(m.input.technicians.map((t, i) => [t.id, i]));
  for (const f of m.input.fixed) {
    const tech = techIndex.get(f.technicianId);
    if (tech === undefined) continue;
    const day = m.dayIndex(f.start);
    const v: Visit = { job: -1, tech, start: f.start, end: f.end, zone: f.zone, day, ot: 0 };
    addVisit(s, v);
    if (day >= 0) s.booked[tech]![day]! += (f.end - f.start) / MINUTE;
  }
  return s;
}

function addVisit(s: State, v: Visit): void {
  const row = s.visits[v.tech]!;
  let i = row.length;
  while (i > 0 && row[i - 1]!.start > v.start) i--;
  row.splice(i, 0, v);
}

export function insert(m: Model, s: State, job: number, c: Candidate): void {
  const v: Visit = { job, tech: c.tech, start: c.start, end: c.end, zone: m.jobs[job]!.zone, day: c.day, ot: c.ot };
  addVisit(s, v);
  s.booked[c.tech]![c.day]! += (c.end - c.start) / MINUTE - c.ot;
  s.overtime[c.tech]![c.day]! += c.ot;
  s.placed[job] = v;
}

/** Take a placed job off its row; returns the candidate that puts it back. */
export function remove(s: State, job: number): Candidate | null {
  const v = s.placed[job];
  if (!v) return null;
  const row = s.visits[v.tech]!;
  row.splice(row.indexOf(v), 1);
  s.booked[v.tech]![v.day]! -= (v.end - v.start) / MINUTE - v.ot;
  s.overtime[v.tech]![v.day]! -= v.ot;
  s.placed[job] = null;
  return { tech: v.tech, start: v.start, end: v.end, day: v.day, ot: v.ot, delta: 0 };
}

const sameDayTravel = (m: Model, a: Visit | undefined, b: { zone: string; day: number } | undefined) =>
  a && b && a.day === b.day && a.day >= 0 ? m.travel(a.zone, b.zone) : 0;

/**
 * Whether [start, end) keeps clear, travel included, of every visit around gap `p` — not only
 * the nearest two: existing bookings may overlap each other (the board allows it under the "warn"
 * policy), and then the one ending last is not always the one needing the longest drive.
 */
function clearOfNeighbours(m: Model, row: readonly Visit[], p: number, zone: string, day: number, start: number, end: number): boolean {
  const reach = m.maxTravel * MINUTE;
  for (let q = p - 1; q >= 0 && row[q]!.start > start - 86_400_000; q--) {
    const v = row[q]!;
    if (v.end + reach <= start) continue;
    if (v.end + (v.day === day && day >= 0 ? m.travel(v.zone, zone) : 0) * MINUTE > start) return false;
  }
  for (let q = p; q < row.length && row[q]!.start < end + reach; q++) {
    const v = row[q]!;
    if (end + (v.day === day && day >= 0 ? m.travel(zone, v.zone) : 0) * MINUTE > v.start) return false;
  }
  return true;
}

/**
 * The cheapest feasible slot for `job` on technician `tech`: in each bookable window, each gap
 * between visits is tried at its earliest start on the slot grid (later in the same gap is never
 * cheaper: lateness and completion only grow), with travel from the previous and to the next
 * visit of the day, the daily capacity and the overtime cap respected. Null when nothing fits.
 */
export function bestOnTech(m: Model, s: State, job: number, tech: number, by: 'cost' | 'start' = 'cost'): Candidate | null {
  const j = m.jobs[job]!;
  const dur = m.dur[job]!;
  const release = m.release[job]!;
  const row = s.visits[tech]!;
  const capacity = m.input.technicians[tech]!.dailyCapacityMinutes;
  const cap = m.input.overtime.allowed ? m.input.overtime.dailyCapMinutes : 0;
  const techId = m.input.technicians[tech]!.id;
  let best: Candidate | null = null;
  for (const w of m.windows[tech]!) {
    if (w.end - dur < release) continue;
    const bookedToday = s.booked[tech]![w.day]!;
    const otToday = s.overtime[tech]![w.day]!;
    let prev: Visit | undefined;
    let prevEnd = -Infinity;
    for (let p = 0; p <= row.length; p++) {
      const next = row[p];
      if (next && next.end <= w.start) {
        if (next.end > prevEnd) [prev, prevEnd] = [next, next.end];
        continue;
      }
      let lo = Math.max(w.start, release);
      const travelBefore = prev && prev.day === w.day && w.day >= 0 ? m.travel(prev.zone, j.zone) : 0;
      if (prev) lo = Math.max(lo, prevEnd + travelBefore * MINUTE);
      let hi = w.end;
      const travelAfter = next && next.day === w.day && w.day >= 0 ? m.travel(j.zone, next.zone) : 0;
      if (next) hi = Math.min(hi, next.start - travelAfter * MINUTE);
      const start = snapUp(lo, w.dayStart, m.slotMs);
      const end = start + dur;
      if (end <= hi && clearOfNeighbours(m, row, p, j.zone, w.day, start, end)) {
        const ot = Math.max(0, end - Math.max(start, w.hoursEnd)) / MINUTE;
        const inHours = dur / MINUTE - ot;
        if (ot + otToday <= cap && bookedToday + inHours <= capacity + 1e-9) {
          const travelDelta =
            travelBefore +
            travelAfter -
            sameDayTravel(m, prev, next);
          const delta =
            placementCost(j, start, end, m.input.now, techId) +
            travelDelta +
            overtimePenalty(otToday + ot) -
            overtimePenalty(otToday);
          const better = !best || (by === 'cost' ? delta < best.delta : start < best.start || (start === best.start && delta < best.delta));
          if (better) best = { tech, start, end, day: w.day, ot, delta };
        }
      }
      if (!next || next.start >= w.end) break;
      if (next.end > prevEnd) [prev, prevEnd] = [next, next.end];
    }
  }
  return best;
}

/** The cheapest feasible slot over every qualified technician. */
export function bestAnywhere(m: Model, s: State, job: number, by: 'cost' | 'start' = 'cost'): Candidate | null {
  let best: Candidate | null = null;
  for (const t of m.qualified[job]!) {
    const c = bestOnTech(m, s, job, t, by);
    if (!c || !best) best ??= c;
    else if (by === 'cost' ? c.delta < best.delta : c.start < best.start || (c.start === best.start && c.delta < best.delta)) best = c;
  }
  return best;
}

/** The objective of a whole state (see objective.ts). */
export function totalCost(m: Model, s: State): number {
  let total = 0;
  m.jobs.forEach((j, i) => {
    const v = s.placed[i];
    total += v ? placementCost(j, v.start, v.end, m.input.now, m.input.technicians[v.tech]!.id) : unplacedCost(j, m.input.horizon.end);
  });
  s.visits.forEach((row, t) => {
    for (let i = 1; i < row.length; i++) total += sameDayTravel(m, row[i - 1], row[i]);
    for (const ot of s.overtime[t]!) total += overtimePenalty(ot);
  });
  return total;
}
