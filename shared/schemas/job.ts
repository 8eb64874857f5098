import { z } from 'zod';
import { DaySchema, IdSchema, InputInstantSchema, InstantSchema, PrioritySchema, SkillsSchema } from './common';
import { VisitSchema } from './visit';

export const JobCategorySchema = z.enum(['hardware', 'software', 'network', 'printer', 'security', 'maintenance', 'other']);

/**
 * The marker on a job created from a maintenance plan (shared/schemas/maintenance.ts): which
 * occurrence it is and the window it is due in. Such a job has no SLA clock; the window is its
 * deadline, and planners may move it first to make room for urgent work.
 */
export const JobMaintenanceSchema = z.object({
  planId: IdSchema,
  /** The occurrence day the rule gave, shop time (a moved visit keeps it: with the plan id it is the key). */
  occurrenceDate: DaySchema,
  windowStart: InstantSchema,
  windowEnd: InstantSchema,
});

export const JobStatusSchema = z.enum([
  'new',
  'scheduled',
  'dispatched',
  'en-route',
  'on-site',
  'on-hold',
  'done',
  'cancelled',
]);

/** Human-readable job number shown to dispatchers and customers, e.g. `J-1042`. */
export const JobNumberSchema = z.string().regex(/^J-\d{1,9}$/, 'expected a job number such as J-1042');

/** The longest visit one assignment may book: a job's estimate is at most this long too. */
export const MAX_ASSIGNMENT_MINUTES = 24 * 60;

/** For an input's `start`/`end` pair: refuse an end more than a day after the start. */
export const withinOneDay = (a: { start: string; end?: string | undefined }) =>
  a.end === undefined || Date.parse(a.end) - Date.parse(a.start) <= MAX_ASSIGNMENT_MINUTES * 60_000;
export const ONE_DAY_MESSAGE = 'an assignment lasts at most 24 hours';

function assignmentOf(instant: typeof InstantSchema | typeof InputInstantSchema) {
  return z
    .object({
      technicianId: IdSchema,
      start: instant,
      end: instant,
      /** Why the dispatcher accepted a conflicting slot, when they said. */
      overrideReason: z.string().max(500).optional(),
    })
    .refine((a) => Date.parse(a.end) > Date.parse(a.start), { message: 'end must be after start', path: ['end'] });
}

export const AssignmentSchema = assignmentOf(InstantSchema);
/** An assignment as a caller sends it (undo/redo): in the input window and at most a day long. */
export const AssignmentInputSchema = assignmentOf(InputInstantSchema).refine(withinOneDay, { message: ONE_DAY_MESSAGE, path: ['end'] });

/** A job's version number: 1 when created, one more after every change. */
export const JobRevisionSchema = z.number().int().min(1);

/** One append-only line of a job's history: who did what, when. */
export const HistoryEntrySchema = z.object({
  at: InstantSchema,
  /** `dispatcher`, `intake:<source>`, `import`, `system`… */
  by: z.string().max(80),
  /** Machine-readable kind: `created`, `assigned`, `moved`, `unassigned`, `status`, `edited`, … */
  action: z.string().max(40),
  /** Human-readable summary. */
  detail: z.string().max(1000),
  /**
   * The job's `revision` this change produced, so a refused stale write can say what happened
   * since the caller's revision. Absent on entries written before jobs had revisions and on the
   * `created` entry (revision 1).
   */
  revision: JobRevisionSchema.optional(),
});

/** Characters that draw nothing: whitespace, control and format characters (zero-width space, BOM, direction marks), fillers. */
const INVISIBLE_ONLY = /^[\s\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u2800\u3164\uFFA0]*$/u;
/** Line breaks, tabs and other control characters: a title is one line of text. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** The shortest problem text a dispatcher may save: a stray "1" from a mistyped call is not a job. */
export const JOB_TITLE_MIN_LENGTH = 3;

/** Why a title typed in a form cannot be saved, or null. Shared by the quick-call form and the job panel. */
export function jobTitleProblem(title: string): string | null {
  const length = [...title.trim()].length;
  if (length === 0) return 'Say in a few words what is wrong.';
  if (length < JOB_TITLE_MIN_LENGTH) return `Describe the problem in at least ${JOB_TITLE_MIN_LENGTH} characters.`;
  return null;
}

/**
 * A job title as a caller sends it (the quick-call form, the job panel, CSV import, the intake
 * API): one line, at most 200 characters, with something visible in it. Stored titles keep the
 * plain rule so older files still open.
 */
export const JobTitleSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(200, 'at most 200 characters')
  .refine((t) => !CONTROL.test(t), { message: 'must be one line, without line breaks, tabs or control characters' })
  // An empty title is already reported as required.
  .refine((t) => t === '' || !INVISIBLE_ONLY.test(t), { message: 'must contain visible text' });

export const EstimateMinutesSchema = z.number().int().min(5, 'at least 5 minutes').max(24 * 60, 'at most 24 hours');

export const JobSchema = z.object({
  id: IdSchema,
  number: JobNumberSchema,
  clientId: IdSchema,
  siteId: IdSchema.nullable(),
  contactId: IdSchema.nullable(),
  title: z.string().trim().min(1, 'required').max(200),
  description: z.string().max(10_000).default(''),
  category: JobCategorySchema,
  requiredSkills: SkillsSchema,
  priority: PrioritySchema,
  status: JobStatusSchema,
  /** Set while `on-hold` (waiting on customer, parts…) and when `cancelled`. */
  statusReason: z.string().max(500).nullable().default(null),
  receivedAt: InstantSchema,
  /** Computed from the client's SLA tier, the priority and business hours at creation. */
  responseDueAt: InstantSchema.nullable(),
  resolutionDueAt: InstantSchema.nullable(),
  estimateMinutes: EstimateMinutesSchema,
  /**
   * Set while the SLA clock is paused (on hold, waiting on the customer). On resume the due times
   * move later by the business time spent paused, and the pause is added to `slaPausedMinutes`.
   */
  slaPausedSince: InstantSchema.nullable().default(null),
  /** Business minutes the SLA clock has stood still in total, for reports. */
  slaPausedMinutes: z.number().min(0).default(0),
  /**
   * When the customer first got a response: the job went en route or on site, or the dispatcher
   * recorded a remote response (phone, remote session). `null` while the response is still owed;
   * booking a visit is not a response, so the response clock runs until this is set.
   */
  respondedAt: InstantSchema.nullable().default(null),
  /**
   * When the work was finished: the departure of the visit closed out as done, or the moment the
   * job was marked done. `null` while open, and on jobs finished before this was kept (since v5).
   */
  resolvedAt: InstantSchema.nullable().default(null),
  assignment: AssignmentSchema.nullable(),
  /** The caller's own id (ticket system, monitoring alert…): the same value never creates two jobs. */
  externalRef: z.string().trim().min(1).max(200).nullable().default(null),
  notes: z.string().max(10_000).default(''),
  /** Trips to the site as closed out from the returned run sheet, oldest first (since v5). */
  visits: z.array(VisitSchema).max(200).default([]),
  /** The job this one continues (a follow-up visit created at close-out), or null (since v5). */
  followUpOf: IdSchema.nullable().default(null),
  /** Set on jobs created from a maintenance plan, else null (since v5). */
  maintenance: JobMaintenanceSchema.nullable().default(null),
  /**
   * The dispatcher fixed this booking in place: the planner never moves it (since v6). Cleared
   * when the job is unassigned.
   */
  pinned: z.boolean().default(false),
  history: z.array(HistoryEntrySchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  /**
   * 1 when created; every change to the job adds exactly one. Callers send the revision they last
   * saw (`expectedRevision`) and get CONFLICT instead of overwriting a newer version.
   */
  revision: JobRevisionSchema,
});

export type JobCategory = z.infer<typeof JobCategorySchema>;
export type JobStatus = z.infer<typeof JobStatusSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Job = z.infer<typeof JobSchema>;
export type JobMaintenance = z.infer<typeof JobMaintenanceSchema>;
