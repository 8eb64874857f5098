/**
 * The exact reference: the planner's problem as a mixed-integer program in CPLEX LP text, for a
 * MILP solver (HiGHS in the tests and the benchmark). Pure: it only writes text and reads back a
 * solver's column values. Sequence-based with big-M disjunctions:
 *
 * - x_j_w = 1 when job j is booked in bookable window w (one technician's working interval);
 *   k_j_w counts slots from that shop day's midnight, so the start sits on the grid;
 * - s_j is the start in minutes from the first day's midnight; a job left unplaced is judged as if
 *   it started at the horizon's end, like the planner does;
 * - two jobs on the same technician and day are ordered (o_i_j) with the travel between their
 *   zones in between; the same for a job and a fixed booking;
 * - daily capacity per technician and day.
 *
 * The objective is the planner's first three tiers with the planner's weights (unplaced,
 * weighted response breaches, weighted resolution breaches); overtime is not modelled, so
 * instances must have overtime off. Travel is enforced as a gap between every ordered pair,
 * which equals the gap between consecutive visits when the matrix obeys the triangle inequality.
 */
import { PRIORITY_WEIGHT, WEIGHTS, resolutionDue } from './objective';
import { buildModel, MINUTE } from './model';
import type { PlanInput } from './types';

export type MilpModel = {
  lp: string;
  /** The objective's constant part (the solver reports the rest), in the planner's cost units. */
  offset: number;
  /** Placements read from a solution's column values (x above ½). */
  decode: (columns: Record<string, { Primal: number }>) => Array<{ jobId: string; technicianId: string; start: number; end: number }>;
};

/** Coefficients are the planner's weights divided by this, to keep the solver's numbers small. */
const SCALE = 1e3;

export function buildMilp(input: PlanInput): MilpModel {
  if (input.overtime.allowed) throw new RangeError('The exact model covers shops with overtime off.');
  const m = buildModel(input);
  const origin = input.days[0]?.start ?? input.horizon.start;
  const min = (t: number) => Math.round((t - origin) / MINUTE);
  const slot = m.slotMs / MINUTE;
  const H = min(input.horizon.end);
  const maxDur = Math.max(0, ...m.dur) / MINUTE;
  const dayLength = Math.max(0, ...input.days.map((d) => (d.end - d.start) / MINUTE));
  const Mo = dayLength + maxDur + m.maxTravel;
  const M2 = H + maxDur + m.maxTravel + Mo;

  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  const bounds: string[] = [];
  let offset = 0;
  const term = (c: number, v: string) => `${c >= 0 ? '+' : '-'} ${fmt(Math.abs(c))} ${v}`;
  const row = (terms: string[], op: '>=' | '<=' | '=', rhs: number) => rows.push(` r${rows.length}: ${terms.join(' ')} ${op} ${fmt(rhs)}`);

  /** Per technician-day key: per job, the x variables putting it there. */
  const onDay = new Map<string, Map<number, string[]>>();
  const xs: Array<Array<{ name: string; tech: number }>> = m.jobs.map(() => []);
  m.jobs.forEach((job, j) => {
    const d = m.dur[j]! / MINUTE;
    const startTerms: string[] = [];
    for (const t of m.qualified[j]!) {
      m.windows[t]!.forEach((w, wi) => {
        const lo = Math.ceil((Math.max(w.start, m.release[j]!) - w.dayStart) / m.slotMs);
        const hi = Math.floor((w.end - m.dur[j]! - w.dayStart) / m.slotMs);
        if (hi < lo) return;
        const x = `x_${j}_${t}_${wi}`;
        const k = `k_${j}_${t}_${wi}`;
        binaries.push(x);
        generals.push(k);
        bounds.push(` 0 <= ${k} <= ${hi}`);
        row([term(1, k), term(-lo, x)], '>=', 0);
        row([term(1, k), term(-hi, x)], '<=', 0);
        startTerms.push(term(min(w.dayStart), x), term(slot, k));
        xs[j]!.push({ name: x, tech: t });
        const key = `${t}_${w.day}`;
        const perJob = onDay.get(key) ?? new Map<number, string[]>();
        perJob.set(j, [...(perJob.get(j) ?? []), x]);
        onDay.set(key, perJob);
      });
    }
    const weight = PRIORITY_WEIGHT[job.priority];
    // At most one booking; a job without one pays the unplaced price.
    const placedTerms = xs[j]!.map((x) => term(1, x.name));
    if (placedTerms.length > 0) row(placedTerms, '<=', 1);
    offset += WEIGHTS.unplaced * weight;
    for (const x of xs[j]!) objective.push(term((-WEIGHTS.unplaced * weight) / SCALE, x.name));
    bounds.push(` 0 <= s_${j} <= ${H}`);
    row([term(1, `s_${j}`), ...startTerms.map((tm) => flip(tm))], '=', 0);
    // Lateness: placed, from the start (end); unplaced, from the horizon's end (plus the estimate).
    const late = (name: string, due: number | null, extra: number, weightOf: number) => {
      if (due === null) return;
      const dueMin = Math.floor((due - origin) / MINUTE);
      const L = `${name}_${j}`;
      const b = `${name}b_${j}`;
      binaries.push(b);
      row([term(1, L), term(-1, `s_${j}`), ...xs[j]!.map((x) => term(H, x.name))], '>=', H + extra - dueMin);
      row([term(1, L), term(-(M2 + Math.max(0, -dueMin)), b)], '<=', 0);
      objective.push(term((weightOf * weight) / SCALE, b), term((weightOf * weight) / 60 / SCALE, L));
    };
    late('lr', job.responseDueAt, 0, WEIGHTS.response);
    late('ls', resolutionDue(job), d, WEIGHTS.resolution);
  });

  // Order on each technician-day; capacity.
  const fixedByTech = new Map<number, typeof input.fixed>();
  const techIndex = new Map(input.technicians.map((t, i) => [t.id, i]));
  for (const f of input.fixed) {
    const t = techIndex.get(f.technicianId);
    if (t !== undefined) fixedByTech.set(t, [...(fixedByTech.get(t) ?? []), f]);
  }
  for (const [key, perJob] of onDay) {
    const [t, day] = key.split('_').map(Number) as [number, number];
    const jobs = [...perJob.keys()];
    const y = (j: number) => perJob.get(j)!;
    const dayFixed = (fixedByTech.get(t) ?? []).filter((f) => m.dayIndex(f.start) === day || m.dayIndex(f.end - 1) === day);
    const fixedMinutes = dayFixed.filter((f) => m.dayIndex(f.start) === day).reduce((sum, f) => sum + (f.end - f.start) / MINUTE, 0);
    row(
      jobs.flatMap((j) => y(j).map((x) => term(m.dur[j]! / MINUTE, x))),
      '<=',
      input.technicians[t]!.dailyCapacityMinutes - fixedMinutes,
    );
    for (let a = 0; a < jobs.length; a++) {
      for (let b = a + 1; b < jobs.length; b++) {
        const [i, j] = [jobs[a]!, jobs[b]!];
        const o = `o_${i}_${j}`;
        binaries.push(o);
        const both = [...y(i), ...y(j)].map((x) => term(-M2, x));
        const tij = m.travel(m.jobs[i]!.zone, m.jobs[j]!.zone);
        const tji = m.travel(m.jobs[j]!.zone, m.jobs[i]!.zone);
        row([term(1, `s_${j}`), term(-1, `s_${i}`), term(-Mo, o), ...both], '>=', m.dur[i]! / MINUTE + tij - Mo - 2 * M2);
        row([term(1, `s_${i}`), term(-1, `s_${j}`), term(Mo, o), ...both], '>=', m.dur[j]! / MINUTE + tji - 2 * M2);
      }
      const i = jobs[a]!;
      dayFixed.forEach((f, fi) => {
        const o = `of_${i}_${t}_${day}_${fi}`;
        binaries.push(o);
        const on = y(i).map((x) => term(-M2, x));
        const gapTo = m.dayIndex(f.start) === day ? m.travel(m.jobs[i]!.zone, f.zone) : 0;
        const gapFrom = m.dayIndex(f.start) === day ? m.travel(f.zone, m.jobs[i]!.zone) : 0;
        // o = 1: the job ends (plus travel) before the booking starts; o = 0: it starts after it ends.
        row([term(-1, `s_${i}`), term(-Mo - H, o), ...on], '>=', m.dur[i]! / MINUTE + gapTo - min(f.start) - Mo - H - M2);
        row([term(1, `s_${i}`), term(Mo + H, o), ...on], '>=', min(f.end) + gapFrom - M2);
      });
    }
  }

  const lp = [
    'Minimize',
    ` obj: ${objective.length ? objective.join(' ') : '0 s_0'}`,
    'Subject To',
    ...(rows.length ? rows : [' r0: s_0 >= 0']),
    'Bounds',
    ...bounds,
    'Binary',
    ...chunks(unique(binaries)),
    'General',
    ...chunks(generals),
    'End',
    '',
  ].join('\n');

  const decode: MilpModel['decode'] = (columns) =>
    m.jobs.flatMap((job, j) => {
      const x = xs[j]!.find((v) => (columns[v.name]?.Primal ?? 0) > 0.5);
      if (!x) return [];
      const start = origin + Math.round(columns[`s_${j}`]!.Primal) * MINUTE;
      return [{ jobId: job.id, technicianId: input.technicians[x.tech]!.id, start, end: start + m.dur[j]! }];
    });
  return { lp, offset: offset / SCALE, decode };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(12).replace(/\.?0+$/, ''));
const flip = (t: string) => (t.startsWith('+') ? `-${t.slice(1)}` : `+${t.slice(1)}`);
const unique = (xs: string[]) => [...new Set(xs)];
const chunks = (xs: string[]) => Array.from({ length: Math.ceil(xs.length / 20) }, (_, i) => ` ${xs.slice(i * 20, i * 20 + 20).join(' ')}`);
