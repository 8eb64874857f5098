/**
 * Solve the planner's exact model (shared/planner/milp.ts) with HiGHS compiled to WebAssembly.
 * For the planner's tests and the benchmark only (hence in scripts/lib): the app never loads the solver.
 */
import highsLoader from 'highs';
import { buildMilp } from '../../shared/planner/milp';
import type { PlanInput } from '../../shared/planner/types';

export type ExactResult = {
  /** 'Optimal' when proved; 'Time limit reached' when the best found is not proved optimal. */
  status: string;
  objective: number;
  placements: Array<{ jobId: string; technicianId: string; start: number; end: number }>;
  seconds: number;
};

let loaded: ReturnType<typeof highsLoader> | null = null;

export async function solveExact(input: PlanInput, timeLimitSeconds = 60): Promise<ExactResult> {
  const highs = await (loaded ??= highsLoader());
  const model = buildMilp(input);
  const began = performance.now();
  const solution = highs.solve(model.lp, { time_limit: timeLimitSeconds, mip_rel_gap: 0, output_flag: false });
  const seconds = (performance.now() - began) / 1000;
  const columns = 'Columns' in solution ? (solution.Columns as Record<string, { Primal: number }>) : {};
  return {
    status: solution.Status,
    objective: solution.ObjectiveValue + model.offset,
    placements: Object.keys(columns).length ? model.decode(columns) : [],
    seconds,
  };
}
