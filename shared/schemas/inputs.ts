/**
 * Input schemas for creating and changing records. Every IPC call, intake request and imported row
 * is parsed with one of these before a service sees it.
 */
import { z } from 'zod';
import { ClientSchema, ContactSchema, SiteSchema } from './client';
import { DaySchema, IdSchema, InstantSchema, PrioritySchema, SkillsSchema } from './common';
import { EstimateMinutesSchema, JobCategorySchema, JobStatusSchema } from './job';
import { SettingsSchema } from './settings';
import { TechnicianSchema } from './technician';

const noId = { id: true } as const;

export const ClientInputSchema = ClientSchema.omit(noId);
export const SiteInputSchema = SiteSchema.omit(noId);
export const ContactInputSchema = ContactSchema.omit(noId);
export const TechnicianInputSchema = TechnicianSchema.omit(noId);

/**
 * `{ id, patch }` where the patch holds only the fields to change. Defaults are stripped first:
 * zod applies a field's default even inside `.partial()`, which would silently blank a field the
 * caller never mentioned.
 */
function updateOf<S extends z.ZodObject>(schema: S) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof S['shape']]: S['shape'][K] extends z.ZodDefault<infer Inner> ? Inner : S['shape'][K] };
  return z.object({ id: IdSchema, patch: z.object(shape).partial().strict() });
}

export const ClientUpdateSchema = updateOf(ClientInputSchema);
export const SiteUpdateSchema = updateOf(SiteInputSchema.omit({ clientId: true }));
export const ContactUpdateSchema = updateOf(ContactInputSchema.omit({ clientId: true }));
export const TechnicianUpdateSchema = updateOf(TechnicianInputSchema);

export const IdInputSchema = z.object({ id: IdSchema });
export const EmptyInputSchema = z.object({}).strict().optional().default({});

export const JobCreateSchema = z.object({
  clientId: IdSchema,
  siteId: IdSchema.nullable().optional(),
  contactId: IdSchema.nullable().optional(),
  title: z.string().trim().min(1, 'required').max(200),
  description: z.string().max(10_000).default(''),
  category: JobCategorySchema,
  requiredSkills: SkillsSchema.default([]),
  priority: PrioritySchema,
  estimateMinutes: EstimateMinutesSchema,
  externalRef: z.string().trim().min(1).max(200).nullable().optional(),
  notes: z.string().max(10_000).default(''),
  /** When the call came in; defaults to now. Intake bridges may pass the original time. */
  receivedAt: InstantSchema.optional(),
});

export const JobUpdateSchema = updateOf(
  z.object({
    siteId: IdSchema.nullable(),
    contactId: IdSchema.nullable(),
    title: z.string().trim().min(1, 'required').max(200),
    description: z.string().max(10_000),
    category: JobCategorySchema,
    requiredSkills: SkillsSchema,
    priority: PrioritySchema,
    estimateMinutes: EstimateMinutesSchema,
    notes: z.string().max(10_000),
  }),
);

export const JobStatusChangeSchema = z.object({
  id: IdSchema,
  status: JobStatusSchema,
  /** Required for `on-hold` and `cancelled`. */
  reason: z.string().trim().max(500).optional(),
});

export const ScheduleAssignSchema = z.object({
  jobId: IdSchema,
  technicianId: IdSchema,
  start: InstantSchema,
  /** Defaults to start + the job's estimate. */
  end: InstantSchema.optional(),
  overrideReason: z.string().trim().max(500).optional(),
});

export const ScheduleUnassignSchema = z.object({ jobId: IdSchema });

export const BoardRangeSchema = z
  .object({ from: InstantSchema, to: InstantSchema })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), { message: 'to must be after from', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 62 * 24 * 3600_000, { message: 'at most 62 days at once', path: ['to'] });

export const SettingsPatchSchema = updateOf(SettingsSchema).shape.patch;

export const BackupNameSchema = z.object({
  // A name, never a path: the store also refuses separators, this gives the caller a clear message early.
  name: z.string().min(1).max(200).regex(/^[\w.-]+$/, 'expected a backup file name'),
});

export const DaysSchema = z.object({ day: DaySchema });

export type ClientInput = z.input<typeof ClientInputSchema>;
export type SiteInput = z.input<typeof SiteInputSchema>;
export type ContactInput = z.input<typeof ContactInputSchema>;
export type TechnicianInput = z.input<typeof TechnicianInputSchema>;
export type JobCreate = z.output<typeof JobCreateSchema>;
export type JobCreateInput = z.input<typeof JobCreateSchema>;
export type JobUpdate = z.output<typeof JobUpdateSchema>;
export type JobStatusChange = z.output<typeof JobStatusChangeSchema>;
export type ScheduleAssign = z.output<typeof ScheduleAssignSchema>;
export type BoardRange = z.output<typeof BoardRangeSchema>;
export type SettingsPatch = z.output<typeof SettingsPatchSchema>;
