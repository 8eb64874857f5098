/**
 * The planner's entry points. {@link planSteps} is a generator: it yields progress between small
 * chunks of work, so a caller can run it off the UI thread, report progress, show the best plan
 * so far and stop early; {@link planQueue} runs it to the end. Pure: the clock is in the input.
 */
import { regretConstruction } from './construct';
import { describePlan } from './describe';
import { costOf } from './evaluate';
import { firstComeState } from './first-come';
import { localSearch } from './improve';
import { buildModel, type Model } from './model';
import { seededRandom } from './random';
import { initialState, totalCost, type State } from './state';
import type { DraftBooking, Plan, PlanInput, PlanOptions, PlanProgress } from './types';

const DEFAULT_ITERATIONS = 20_000;
const DEFAULT_CHUNK = 200;

function copyState(s: State): State {
  return {
    visits: s.visits.map((row) => [...row]),
    booked: s.booked.map((row) => [...row]),
    overtime: s.overtime.map((row) => [...row]),
    placed: [...s.placed],
  };
}

/** The jobs placed in `s`, by job order: a search move that is not kept is undone before the next step, so this is the best plan so far. */
function draftOf(m: Model, s: State): DraftBooking[] {
  const out: DraftBooking[] = [];
  s.placed.forEach((v, j) => {
    const job = m.jobs[j]!;
    if (v) out.push({ jobId: job.id, number: job.number, technicianId: m.input.technicians[v.tech]!.id, start: new Date(v.start).toISOString(), end: new Date(v.end).toISOString() });
  });
  return out;
}

/**
 * Plan every job of `input`: regret insertion, then local search until `maxIterations` moves were
 * tried or `shouldStop` says so. The search starts from the better of the constructed plan and
 * first-come dispatch, so the proposal is never worse than first-come by the objective.
 */
export function* planSteps(input: PlanInput, options: PlanOptions = {}): Generator<PlanProgress, Plan, void> {
  const chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK);
  const maxIterations = Math.max(0, options.maxIterations ?? DEFAULT_ITERATIONS);
  const m = buildModel(input);
  const all = m.jobs.map((_, i) => i);

  const baselineState = firstComeState(m);
  const baseline = costOf(m, baselineState);

  let s = initialState(m);
  const build = regretConstruction(m, s, all);
  const total = build.remaining();
  let done = 0;
  while (build.step()) {
    done++;
    if (done % chunk === 0) yield { phase: 'construct', done, total, bestTotal: NaN, draft: () => draftOf(m, s) };
  }
  if (totalCost(m, baselineState) < totalCost(m, s)) s = copyState(baselineState);

  const search = localSearch(m, s, all, seededRandom(options.seed ?? 1));
  while (search.iterations() < maxIterations && !options.shouldStop?.()) {
    search.step(Math.min(chunk, maxIterations - search.iterations()));
    yield { phase: 'improve', done: search.iterations(), total: maxIterations, bestTotal: search.cost(), draft: () => draftOf(m, s) };
  }
  return describePlan(m, s, search.iterations(), baseline);
}

/** Run {@link planSteps} to the end and return the plan. */
export function planQueue(input: PlanInput, options: PlanOptions = {}): Plan {
  const steps = planSteps(input, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
