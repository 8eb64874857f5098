/** Inputs of the `planner:*` channels: propose a plan for the queue, cancel it, accept some of it, undo it. */
import { z } from 'zod';
import { IdSchema } from './common';
import { JobRevisionSchema } from './job';
import { ScheduleRestoreSchema } from './inputs';

/** A caller-chosen name for one planning run, so its progress events and its cancel find it. */
export const PlanRunIdSchema = z.string().trim().regex(/^[\w-]{1,64}$/, 'expected a run id (letters, digits, - or _)');

export const PlannerProposeSchema = z
  .object({
    runId: PlanRunIdSchema,
    /** Working days from today the plan may book into: 2 is today and the next working day. */
    days: z.number().int().min(1, 'at least today').max(10, 'at most 10 working days').default(2),
    /** Plan only these queued jobs (a selection in the queue); all queued jobs when absent. */
    jobIds: z.array(IdSchema).min(1, 'select at least one job').max(2_000).optional(),
    /** Whether bookings not yet dispatched (and not pinned) may move to make room for urgent jobs. */
    mayMoveScheduled: z.boolean().default(false),
  })
  .strict();

export const PlannerCancelSchema = z.object({ runId: PlanRunIdSchema }).strict();

/** Accept the whole plan, or only the proposals for these jobs and / or these technicians. */
export const PlannerAcceptSchema = z
  .object({
    planId: IdSchema,
    jobIds: z.array(IdSchema).max(2_000).optional(),
    technicianIds: z.array(IdSchema).max(500).optional(),
  })
  .strict();

/** Undo (or redo) an accepted plan as one change: each job back to the state it had on the other side. */
export const PlannerRestoreSchema = z
  .object({
    direction: z.enum(['undo', 'redo']),
    items: z.array(ScheduleRestoreSchema.omit({ direction: true }).extend({ expectedRevision: JobRevisionSchema })).min(1).max(2_000),
  })
  .strict();

export type PlannerPropose = z.output<typeof PlannerProposeSchema>;
export type PlannerAccept = z.output<typeof PlannerAcceptSchema>;
export type PlannerRestore = z.output<typeof PlannerRestoreSchema>;
