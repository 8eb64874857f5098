/**
 * The shared planner behind the planner service: the input built from the document, the search
 * run step by step (so the service can slice it and cancel it), its plan turned into the
 * service's shape (reasons as sentences, the summary's names).
 */
import { planInputFromDocument, planSteps } from '../../../../shared/planner';
import type { Plan } from '../../../../shared/planner';
import type { EngineResult, EngineStep, PlanEngine } from './engine';

function toResult(plan: Plan): EngineResult {
  const s = plan.summary;
  return {
    proposals: plan.bookings.map((b) => ({
      jobId: b.jobId,
      technicianId: b.technicianId,
      start: new Date(b.start),
      end: new Date(b.end),
      reasons: b.reasons.map((r) => r.text),
    })),
    unplaced: plan.unplaced.map((u) => ({ jobId: u.jobId, reason: u.reason })),
    summary: {
      moved: s.moved,
      breachesBefore: s.weightedBreachesBefore,
      breachesAfter: s.weightedBreachesAfter,
      resolutionBreachesBefore: s.resolutionBreachesBefore,
      resolutionBreachesAfter: s.resolutionBreachesAfter,
      overtimeMinutes: s.overtimeMinutes,
      travelMinutes: s.travelMinutes,
      zoneChanges: s.zoneChanges,
      technicians: s.perTechnician.map((t) => ({ technicianId: t.technicianId, name: t.name, bookedMinutes: t.bookedMinutes, overtimeMinutes: t.overtimeMinutes, travelMinutes: t.travelMinutes })),
    },
  };
}

/** Insertions or search moves per step of the generator. */
const STEP_CHUNK = 4;

export const documentPlanEngine: PlanEngine = function* (req): Generator<EngineStep, EngineResult, void> {
  const input = planInputFromDocument(req.doc, {
    now: req.now,
    horizon: { start: req.horizonStart, end: req.horizonEnd },
    ...(req.jobIds ? { jobIds: req.jobIds } : {}),
    mayMove: req.mayMoveScheduled,
  });
  // Small chunks: the service runs steps in slices of a few milliseconds between other calls,
  // so a step must be short (one regret insertion into a 400-job queue already takes milliseconds).
  const steps = planSteps(input, { seed: req.seed, shouldStop: req.shouldStop, chunk: STEP_CHUNK });
  for (;;) {
    const next = steps.next();
    if (next.done) return toResult(next.value);
    const { draft } = next.value;
    yield {
      phase: next.value.phase,
      done: next.value.done,
      total: next.value.total,
      draft: () => draft().map((d) => ({ jobId: d.jobId, jobNumber: d.number, technicianId: d.technicianId, start: d.start, end: d.end })),
    };
  }
};
