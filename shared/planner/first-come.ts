/**
 * First-come dispatch, the baseline the planner is measured against: existing bookings stay where
 * they are, then each job in order of arrival goes to the qualified technician who can start it
 * earliest, under the same hard rules; the result is judged by the same objective.
 */
import { buildModel, MINUTE, type Model } from './model';
import { describePlan } from './describe';
import { bestAnywhere, initialState, insert, type State } from './state';
import type { Plan, PlanInput } from './types';

/** Existing movable bookings kept where they are (the state every plan starts from when nothing moves). */
export function keepCurrent(m: Model, s: State): void {
  const techIndex = new Map(m.input.technicians.map((t, i) => [t.id, i]));
  m.jobs.forEach((j, i) => {
    const tech = j.current ? techIndex.get(j.current.technicianId) : undefined;
    if (!j.current || tech === undefined || s.placed[i]) return;
    const day = m.dayIndex(j.current.start);
    if (day < 0) return;
    const w = m.windows[tech]!.find((x) => x.day === day && x.start <= j.current!.start && j.current!.start < x.end);
    const ot = w ? Math.max(0, j.current.end - Math.max(j.current.start, w.hoursEnd)) / MINUTE : 0;
    insert(m, s, i, { tech, start: j.current.start, end: j.current.end, day, ot, delta: 0 });
  });
}

export function firstComeState(m: Model): State {
  const s = initialState(m);
  keepCurrent(m, s);
  const order = m.jobs
    .map((_, i) => i)
    .filter((i) => !s.placed[i])
    .sort((a, b) => m.jobs[a]!.receivedAt - m.jobs[b]!.receivedAt || m.jobs[a]!.number.localeCompare(m.jobs[b]!.number, 'en', { numeric: true }));
  for (const j of order) {
    const c = bestAnywhere(m, s, j, 'start');
    if (c) insert(m, s, j, c);
  }
  return s;
}

/** The first-come plan for `input`, in the same shape as the planner's. */
export function firstComePlan(input: PlanInput): Plan {
  const m = buildModel(input);
  return describePlan(m, firstComeState(m), 0, null);
}
