import { z } from 'zod';
import { DaySchema, IdSchema, InputDaySchema, InstantSchema, PrioritySchema, SkillsSchema, TimeOfDaySchema, ZoneSchema } from './common';
import { EstimateMinutesSchema, JobCategorySchema, JobTitleSchema } from './job';
import { patchOf } from './inputs';

/**
 * Recurring maintenance: a plan says what to do for a client (optionally at one site), how often
 * (an RFC 5545 recurrence rule), when in the day (the visit window, shop time) and how far ahead
 * its jobs are created. The core turns each occurrence into exactly one job, keyed by plan id and
 * occurrence day, so restarts, crashes and edits never create a visit twice or drop one.
 */

/**
 * The RRULE part of an RFC 5545 recurrence (`FREQ=MONTHLY;BYDAY=+1TU`), without `DTSTART` (the
 * plan's `startDay` is the start) and without a time of day (the window gives it). Checked for
 * shape here; shared/domain/maintenance-rule.ts parses it with the `rrule` library.
 */
export const RecurrenceRuleSchema = z
  .string()
  .trim()
  .min(6, 'required')
  .max(300)
  .regex(/^(?:RRULE:)?FREQ=[A-Z]+(?:;[A-Z]+=[A-Za-z0-9,+-]+)*$/, 'expected an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+1TU');

/** One occurrence taken out of the plan (skipped) or moved to another day, with who did it. */
export const OccurrenceExceptionSchema = z.object({
  /** The occurrence day as the rule gives it (the idempotence key with the plan id). */
  date: DaySchema,
  action: z.enum(['skip', 'move']),
  /** The day the visit moves to (move only). */
  to: DaySchema.nullable().default(null),
  reason: z.string().max(500).default(''),
  at: InstantSchema,
  by: z.string().max(80),
});

/** What a plan holds besides its days, lead time, title and bookkeeping: the same stored and sent. */
const planWork = {
  clientId: IdSchema,
  siteId: IdSchema.nullable().default(null),
  category: JobCategorySchema.default('maintenance'),
  requiredSkills: SkillsSchema.default([]),
  estimateMinutes: EstimateMinutesSchema,
  /** What the technician works through on each visit; copied into each job's description. */
  checklist: z.string().max(10_000).default(''),
  priority: PrioritySchema.default('P4'),
  rule: RecurrenceRuleSchema,
  windowStart: TimeOfDaySchema,
  windowEnd: TimeOfDaySchema,
  preferredTechnicianId: IdSchema.nullable().default(null),
  /** Zone the visit should go to when no technician is preferred ('' = any). */
  preferredZone: ZoneSchema.default(''),
  /** A paused plan creates no jobs; its existing jobs stay. */
  active: z.boolean().default(true),
};

/** Days ahead of the occurrence its job is created (0 = on the day). */
const LeadDaysSchema = z.number().int().min(0).max(365);

export const MaintenancePlanSchema = z.object({
  id: IdSchema,
  ...planWork,
  title: z.string().trim().min(1, 'required').max(200),
  /** The first day the rule may fall on (its DTSTART), shop time. */
  startDay: DaySchema,
  /** The last day the rule may fall on, or null for no end. */
  endDay: DaySchema.nullable().default(null),
  leadDays: LeadDaysSchema,
  /**
   * Every occurrence on or before this day has been handled (its job created, or skipped), so it is
   * never looked at again; null before the first run. Moves forward in the same write as the jobs.
   */
  createdThrough: DaySchema.nullable().default(null),
  exceptions: z.array(OccurrenceExceptionSchema).max(2000).default([]),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

/** What a caller sends to create a plan (the core fills id, cursor, exceptions and stamps). */
export const MaintenancePlanInputSchema = z
  .object({
    ...planWork,
    title: JobTitleSchema,
    startDay: InputDaySchema,
    endDay: InputDaySchema.nullable().default(null),
    leadDays: LeadDaysSchema.default(14),
  })
  .strict();

const windowOrder = (p: { windowStart?: string | undefined; windowEnd?: string | undefined }) =>
  p.windowStart === undefined || p.windowEnd === undefined || p.windowStart < p.windowEnd;
const dayOrder = (p: { startDay?: string | undefined; endDay?: string | null | undefined }) =>
  !p.startDay || !p.endDay || p.startDay <= p.endDay;

export const MaintenancePlanCreateSchema = MaintenancePlanInputSchema.refine(windowOrder, {
  message: 'the window must end after it starts',
  path: ['windowEnd'],
}).refine(dayOrder, { message: 'the end day must not be before the start day', path: ['endDay'] });

/**
 * `{ id, patch, applyToCreated }`: the patch changes the plan's future, not-yet-created
 * occurrences; with `applyToCreated` the plan's open jobs that have not started yet follow too.
 */
export const MaintenancePlanUpdateSchema = z.object({
  id: IdSchema,
  patch: patchOf(MaintenancePlanInputSchema.omit({ clientId: true }))
    .refine(windowOrder, { message: 'the window must end after it starts', path: ['windowEnd'] })
    .refine(dayOrder, { message: 'the end day must not be before the start day', path: ['endDay'] }),
  applyToCreated: z.boolean().default(false),
});

/** Skip one occurrence, or move it to another day. */
export const OccurrenceChangeSchema = z
  .object({
    planId: IdSchema,
    date: InputDaySchema,
    action: z.enum(['skip', 'move']),
    to: InputDaySchema.nullable().default(null),
    reason: z.string().trim().max(500).default(''),
  })
  .refine((c) => (c.action === 'move') === (c.to !== null), { message: 'a move needs the day it moves to', path: ['to'] });

export type RecurrenceRule = z.infer<typeof RecurrenceRuleSchema>;
export type OccurrenceException = z.infer<typeof OccurrenceExceptionSchema>;
export type MaintenancePlan = z.infer<typeof MaintenancePlanSchema>;
export type MaintenancePlanInput = z.infer<typeof MaintenancePlanInputSchema>;
export type MaintenancePlanUpdate = z.infer<typeof MaintenancePlanUpdateSchema>;
export type OccurrenceChange = z.infer<typeof OccurrenceChangeSchema>;
