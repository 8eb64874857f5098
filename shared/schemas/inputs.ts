/**
 * Input schemas for creating and changing records. Every IPC call, intake request and imported row
 * is parsed with one of these before a service sees it.
 */
import { z } from 'zod';
import { ClientSchema, ContactSchema, SiteSchema } from './client';
import { IdSchema, InputDaySchema, InputInstantSchema, PrioritySchema, SkillsSchema } from './common';
import { AssignmentInputSchema, EstimateMinutesSchema, JobCategorySchema, JobRevisionSchema, JobStatusSchema, JobTitleSchema, ONE_DAY_MESSAGE, withinOneDay } from './job';
import { SettingsSchema } from './settings';
import { TechnicianSchema, TimeOffInputSchema } from './technician';

const noId = { id: true } as const;

/** Top-ups are a ledger: only `billing:topup` adds them, never a client edit. */
export const ClientInputSchema = ClientSchema.omit({ id: true, blockTopUps: true });
export const SiteInputSchema = SiteSchema.omit(noId);
export const ContactInputSchema = ContactSchema.omit(noId);
export const TechnicianInputSchema = TechnicianSchema.omit(noId).extend({ timeOff: z.array(TimeOffInputSchema).max(500).default([]) });

/**
 * The fields of `schema`, all optional and without their defaults, for a patch: zod applies a
 * field's default even inside `.partial()`, which would silently reset a field the caller never
 * mentioned.
 */
export function patchOf<S extends z.ZodObject>(schema: S) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof S['shape']]: S['shape'][K] extends z.ZodDefault<infer Inner> ? Inner : S['shape'][K] };
  return z.object(shape).partial().strict();
}

/** `{ id, patch }` where the patch holds only the fields to change (see {@link patchOf}). */
function updateOf<S extends z.ZodObject>(schema: S) {
  return z.object({ id: IdSchema, patch: patchOf(schema) });
}

export const ClientUpdateSchema = updateOf(ClientInputSchema);
export const SiteUpdateSchema = updateOf(SiteInputSchema.omit({ clientId: true }));
export const ContactUpdateSchema = updateOf(ContactInputSchema.omit({ clientId: true }));
export const TechnicianUpdateSchema = updateOf(TechnicianInputSchema);

export const IdInputSchema = z.object({ id: IdSchema });
export const EmptyInputSchema = z.object({}).strict().optional().default({});

/**
 * The job's `revision` the caller last saw. When given and the job has changed since, the change
 * is refused with CONFLICT (naming what changed) and nothing is written. Without it the change
 * applies to the job as it is now (last write wins); the console always sends it.
 */
export const ExpectedRevisionSchema = JobRevisionSchema.optional();

export const JobCreateSchema = z.object({
  clientId: IdSchema,
  siteId: IdSchema.nullable().optional(),
  contactId: IdSchema.nullable().optional(),
  title: JobTitleSchema,
  description: z.string().max(10_000).default(''),
  category: JobCategorySchema,
  requiredSkills: SkillsSchema.default([]),
  priority: PrioritySchema,
  estimateMinutes: EstimateMinutesSchema,
  externalRef: z.string().trim().min(1).max(200).nullable().optional(),
  notes: z.string().max(10_000).default(''),
  /** When the call came in; defaults to now. Intake bridges may pass the original time. */
  receivedAt: InputInstantSchema.optional(),
});

export const JobUpdateSchema = updateOf(
  z.object({
    siteId: IdSchema.nullable(),
    contactId: IdSchema.nullable(),
    title: JobTitleSchema,
    description: z.string().max(10_000),
    category: JobCategorySchema,
    requiredSkills: SkillsSchema,
    priority: PrioritySchema,
    estimateMinutes: EstimateMinutesSchema,
    notes: z.string().max(10_000),
    /** Pinned bookings stay where the dispatcher put them: the planner never moves them. */
    pinned: z.boolean(),
  }),
).extend({ expectedRevision: ExpectedRevisionSchema });

export const JobStatusChangeSchema = z.object({
  id: IdSchema,
  status: JobStatusSchema,
  expectedRevision: ExpectedRevisionSchema,
  /** Required for `on-hold` and `cancelled`. */
  reason: z.string().trim().max(500).optional(),
  // SLA pause: only with `on-hold`. Default true, "waiting on the customer" stops the
  // SLA clock; false ("waiting on parts/vendor") keeps it running.
  pauseSla: z.boolean().optional(),
});

/** How the dispatcher answered the customer without a visit. */
export const RemoteResponseSchema = z.enum(['phone', 'remote-session']);

/** Record the first response given by phone or remote session (the response clock stops). */
export const JobRespondSchema = z.object({
  id: IdSchema,
  expectedRevision: ExpectedRevisionSchema,
  how: RemoteResponseSchema.default('phone'),
});

export const ScheduleAssignSchema = z
  .object({
    jobId: IdSchema,
    technicianId: IdSchema,
    start: InputInstantSchema,
    /** Defaults to start + the job's estimate (at most 24 hours, like an explicit end). */
    end: InputInstantSchema.optional(),
    overrideReason: z.string().trim().max(500).optional(),
    expectedRevision: ExpectedRevisionSchema,
  })
  .refine(withinOneDay, { message: ONE_DAY_MESSAGE, path: ['end'] });

export const ScheduleUnassignSchema = z.object({ jobId: IdSchema, expectedRevision: ExpectedRevisionSchema });

// Slot suggestions: where to book a job, best first.
export const ScheduleSuggestSchema = z.object({
  jobId: IdSchema,
  /** How many technicians to suggest (default 5). */
  limit: z.number().int().min(1).max(20).default(5),
  /** Shop days to search, today included (default 14). */
  days: z.number().int().min(1).max(62).default(14),
});

// Board undo/redo: put a job's scheduling back exactly as it was (assignment + status).
export const ScheduleRestoreSchema = z.object({
  jobId: IdSchema,
  assignment: AssignmentInputSchema.nullable(),
  status: JobStatusSchema,
  statusReason: z.string().trim().max(500).nullable().default(null),
  /** Whether the booking is pinned in place as restored (only with an assignment); absent keeps the job's pin. */
  pinned: z.boolean().optional(),
  /** The job's `revision` when the undo entry was recorded; anything newer means someone else changed it. */
  expectedRevision: JobRevisionSchema,
  /** Which way the dispatcher is going, for the history line ("Undo: …" / "Redo: …"). */
  direction: z.enum(['undo', 'redo']).default('undo'),
});

export const BoardRangeSchema = z
  .object({ from: InputInstantSchema, to: InputInstantSchema })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), { message: 'to must be after from', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 62 * 24 * 3600_000, { message: 'at most 62 days at once', path: ['to'] });

/**
 * Settings a caller may change directly. Remembered CSV mappings are only written by
 * `import:remember` (which stamps them with the core's clock): in a patch they are ignored.
 */
export const SettingsPatchSchema = updateOf(SettingsSchema.omit({ importMappings: true })).shape.patch;

export const BackupNameSchema = z.object({
  // A name, never a path: the store also refuses separators, this gives the caller a clear message early.
  name: z.string().min(1).max(200).regex(/^[\w.-]+$/, 'expected a backup file name'),
});

export const DaysSchema = z.object({ day: InputDaySchema });

// --- Urgent alerts ---
/** `alerts:ack`: one job's current alert, or (no `jobId`) every alert shown now. */
export const AlertsAckSchema = z.object({ jobId: IdSchema.optional() }).strict();
/** `alerts:snooze`: hold alerts back for this many minutes from now; 0 ends a snooze. */
export const AlertsSnoozeSchema = z
  .object({ minutes: z.number().int('whole minutes').min(0).max(24 * 60, 'at most 24 hours') })
  .strict();

// --- archive ---
/** `archive:search`: words matched against job number, client name, title, description and notes. */
export const ArchiveSearchSchema = z.object({
  query: z.string().trim().min(1, 'type something to search for').max(200),
  limit: z.number().int().min(1).max(200).default(50),
});

// --- Run sheets ---
const RunSheetTechniciansSchema = z.array(IdSchema).max(200).optional();

/** `runsheets:get` / `runsheets:printed`: one day; all technicians with work, or the ones named. */
export const RunSheetsQuerySchema = z.object({ day: InputDaySchema, technicianIds: RunSheetTechniciansSchema }).strict();

/** `runsheets:print`: the native print dialog or "Save as PDF…" (Electron only). */
export const RunSheetsPrintSchema = z
  .object({ day: InputDaySchema, technicianIds: RunSheetTechniciansSchema, mode: z.enum(['dialog', 'pdf']) })
  .strict();

export const RunSheetsStatusSchema = z.object({ day: InputDaySchema }).strict();
export type RunSheetsQuery = z.output<typeof RunSheetsQuerySchema>;
export type RunSheetsPrint = z.output<typeof RunSheetsPrintSchema>;

export type ClientInput = z.input<typeof ClientInputSchema>;
export type SiteInput = z.input<typeof SiteInputSchema>;
export type ContactInput = z.input<typeof ContactInputSchema>;
export type TechnicianInput = z.input<typeof TechnicianInputSchema>;
export type JobCreate = z.output<typeof JobCreateSchema>;
export type JobCreateInput = z.input<typeof JobCreateSchema>;
export type JobUpdate = z.output<typeof JobUpdateSchema>;
export type JobStatusChange = z.output<typeof JobStatusChangeSchema>;
export type JobRespond = z.output<typeof JobRespondSchema>;
export type ScheduleAssign = z.output<typeof ScheduleAssignSchema>;
export type ScheduleRestore = z.output<typeof ScheduleRestoreSchema>;
export type BoardRange = z.output<typeof BoardRangeSchema>;
export type SettingsPatch = z.output<typeof SettingsPatchSchema>;
