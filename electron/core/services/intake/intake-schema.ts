/**
 * The body of `POST /api/v1/jobs`: what a ticket system, a monitoring alert or a phone bridge sends
 * to open a job. Records are named the way such a caller knows them (a client's id or its exact
 * name), unlike `jobs:create`, which takes the ids the console picked from lists.
 */
import { z } from 'zod';
import { InputInstantSchema, PrioritySchema, SkillsSchema } from '../../../../shared/schemas/common';
import { EstimateMinutesSchema, JobCategorySchema, JobTitleSchema } from '../../../../shared/schemas/job';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import { toFieldIssues } from '../../../../shared/schemas/issues';

/** An id or a name: trimmed, never empty. */
const RefSchema = z.string().trim().min(1, 'required').max(120, 'at most 120 characters');

/** `p1` and ` P1 ` are meant as P1; anything else is still refused by the enum. */
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);

export const IntakeJobSchema = z
  .object({
    /** The client's id, or its exact name (case and surrounding spaces ignored). */
    client: RefSchema,
    /** A site of that client, by id or name. */
    site: RefSchema.nullable().optional(),
    /** A contact of that client, by id or name. */
    contact: RefSchema.nullable().optional(),
    title: JobTitleSchema,
    description: z.string().max(10_000, 'at most 10,000 characters').default(''),
    priority: z.preprocess(upper, PrioritySchema),
    category: z.preprocess(lower, JobCategorySchema),
    requiredSkills: SkillsSchema.default([]),
    /** Minutes the visit is expected to take; 60 when the caller cannot know. */
    estimateMinutes: EstimateMinutesSchema.default(60),
    /** The caller's own id: the same value never creates a second job. Send it on every retry. */
    externalRef: z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters').nullable().optional(),
    notes: z.string().max(10_000, 'at most 10,000 characters').default(''),
    /** When the call really came in (a bridge replaying a queue); defaults to now. At most 7 days ago (checked by the service). */
    receivedAt: InputInstantSchema.optional(),
  })
  // A misspelt field ("priorty") is an error, not silently dropped data.
  .strict();

export type IntakeJob = z.output<typeof IntakeJobSchema>;

/** Parse an untrusted body; on failure, one issue per bad field. */
export function parseIntakeJob(body: unknown): { ok: true; value: IntakeJob } | { ok: false; issues: FieldIssue[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, issues: [{ path: '(root)', message: 'expected a JSON object describing the job' }] };
  }
  const parsed = IntakeJobSchema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Name each unknown field on its own, so the caller sees exactly which key to fix.
  const issues = parsed.error.issues.flatMap((i): FieldIssue[] =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...i.path.map(String), key].join('.'), message: 'unknown field' }))
      : toFieldIssues(new z.ZodError([i])),
  );
  return { ok: false, issues };
}
