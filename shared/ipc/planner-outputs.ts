/** What the `planner:*` channels answer and push: a proposed plan as the board and its summary show it. */
import type { Job } from '../schemas/job';

/** One proposed booking, with the reasons for it in words. */
export type PlanProposal = {
  jobId: string;
  jobNumber: string;
  technicianId: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** The job was booked elsewhere and the plan moves it (only with "may move bookings not yet dispatched"). */
  moved: boolean;
  reasons: string[];
};

/** A job the plan could not place, and why in words. */
export type PlanUnplaced = { jobId: string; jobNumber: string; reason: string };

export type PlanTechnicianLine = {
  technicianId: string;
  name: string;
  /** Minutes the plan books on the technician, of which past their working hours. */
  bookedMinutes: number;
  overtimeMinutes: number;
  travelMinutes: number;
};

export type PlanSummary = {
  placed: number;
  notPlaced: number;
  /** Bookings the plan moves (only with "may move bookings not yet dispatched"). */
  moved: number;
  /** Weighted response breaches (docs/planner.md) with first-come dispatch, and with the plan. */
  breachesBefore: number;
  breachesAfter: number;
  resolutionBreachesBefore: number;
  resolutionBreachesAfter: number;
  overtimeMinutes: number;
  travelMinutes: number;
  /** Consecutive visits of one technician in different zones. */
  zoneChanges: number;
  technicians: PlanTechnicianLine[];
};

export type PlanView = {
  planId: string;
  runId: string;
  /** ISO instants: when it was made (the core's clock) and the horizon it books into. */
  madeAt: string;
  horizonStart: string;
  horizonEnd: string;
  mayMoveScheduled: boolean;
  proposals: PlanProposal[];
  unplaced: PlanUnplaced[];
  summary: PlanSummary;
};

/** `planner:propose`: the plan, or that the run was cancelled before it finished. */
export type PlanOutcome = { status: 'done'; plan: PlanView } | { status: 'cancelled'; runId: string };

/** Pushed while a run works: how far it is and the proposals so far (the board shows them as they come). */
export type PlanProgress = { runId: string; phase: string; done: number; total: number; draft: PlanDraft[] };

/** A booking of a plan still being made: where it stands now (reasons come with the finished plan). */
export type PlanDraft = Pick<PlanProposal, 'jobId' | 'jobNumber' | 'technicianId' | 'start' | 'end'>;

/** `planner:accept` / `planner:restore`: every job written, each with its state before (for undo). */
export type PlanAccepted = {
  jobs: Job[];
  before: Array<Pick<Job, 'id' | 'assignment' | 'status' | 'statusReason' | 'revision'>>;
};
