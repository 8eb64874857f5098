/** The engine's result as the console shows it: job numbers, ISO times, counts. */
import type { PlanProposal, PlanView } from '../../../../shared/ipc/planner-outputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { EngineProposal, EngineResult } from './engine';
import type { Horizon } from './horizon';

function proposalView(doc: DispatchDocument, p: EngineProposal): PlanProposal {
  const job = doc.jobs.find((j) => j.id === p.jobId);
  return {
    jobId: p.jobId,
    jobNumber: job?.number ?? p.jobId,
    technicianId: p.technicianId,
    start: p.start.toISOString(),
    end: p.end.toISOString(),
    moved: job?.assignment != null,
    reasons: p.reasons,
  };
}

type ViewMeta = { planId: string; runId: string; madeAt: Date; horizon: Horizon; mayMoveScheduled: boolean };

function view(doc: DispatchDocument, result: EngineResult, m: ViewMeta): PlanView {
  const numberOf = (id: string) => doc.jobs.find((j) => j.id === id)?.number ?? id;
  return {
    planId: m.planId,
    runId: m.runId,
    madeAt: m.madeAt.toISOString(),
    horizonStart: m.horizon.start.toISOString(),
    horizonEnd: m.horizon.end.toISOString(),
    mayMoveScheduled: m.mayMoveScheduled,
    proposals: result.proposals.map((p) => proposalView(doc, p)),
    unplaced: result.unplaced.map((u) => ({ jobId: u.jobId, jobNumber: numberOf(u.jobId), reason: u.reason })),
    summary: { ...result.summary, placed: result.proposals.length, notPlaced: result.unplaced.length },
  };
}

export const toPlanView = view;
