/** The objective's parts for a finished state, in the units the summary and the bench report. */
import { PRIORITY_WEIGHT, jobBreaches, overtimePenalty, unplacedBreaches } from './objective';
import { MINUTE, type Model } from './model';
import { totalCost, type State } from './state';
import type { PlanCost } from './types';

export function costOf(m: Model, s: State): PlanCost {
  const cost: PlanCost = {
    unplaced: 0,
    response: 0,
    resolution: 0,
    overtimeMinutes: 0,
    overtimePenalty: 0,
    travelMinutes: 0,
    completionMinutes: 0,
    total: totalCost(m, s),
  };
  m.jobs.forEach((job, i) => {
    const v = s.placed[i];
    const b = v ? jobBreaches(job, v.start, v.end) : unplacedBreaches(job, m.input.horizon.end);
    cost.response += b.response;
    cost.resolution += b.resolution;
    if (v) cost.completionMinutes += Math.max(0, (v.end - m.input.now) / MINUTE);
    else cost.unplaced += PRIORITY_WEIGHT[job.priority];
  });
  s.visits.forEach((row, t) => {
    for (let i = 1; i < row.length; i++) {
      const [a, b] = [row[i - 1]!, row[i]!];
      if (a.day === b.day && a.day >= 0) cost.travelMinutes += m.travel(a.zone, b.zone);
    }
    for (const ot of s.overtime[t]!) {
      cost.overtimeMinutes += ot;
      cost.overtimePenalty += overtimePenalty(ot);
    }
  });
  return cost;
}
