/**
 * The port between the planner service and the pure planner: a run is a generator whose every
 * step says how far it is (the service yields to the event loop between steps, publishes the
 * progress and checks for a cancel), and whose return value is the finished plan.
 */
import type { PlanDraft, PlanSummary, PlanUnplaced } from '../../../../shared/ipc/planner-outputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';

export type EngineRequest = {
  doc: DispatchDocument;
  now: Date;
  horizonStart: Date;
  horizonEnd: Date;
  /** Queued jobs to plan; null = every queued job. */
  jobIds: readonly string[] | null;
  mayMoveScheduled: boolean;
  /** Same seed, same document, same plan (when the search is not cut short by `shouldStop`). */
  seed: number;
  /** True once the search should stop improving and return the best plan so far (time budget, cancel). */
  shouldStop: () => boolean;
};

export type EngineProposal = { jobId: string; technicianId: string; start: Date; end: Date; reasons: string[] };

/** How far a run is; `draft` lists the plan as it stands (called only when progress is published). */
export type EngineStep = { phase: string; done: number; total: number; draft?: () => PlanDraft[] };

export type EngineResult = {
  proposals: EngineProposal[];
  unplaced: Array<Pick<PlanUnplaced, 'jobId' | 'reason'>>;
  summary: Omit<PlanSummary, 'placed' | 'notPlaced'>;
};

export type PlanEngine = (request: EngineRequest) => Generator<EngineStep, EngineResult, void>;
