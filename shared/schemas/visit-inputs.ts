/**
 * What a caller sends to close out visits and to edit the parts list. Parsed at the boundary like
 * every other input; the service re-checks what depends on stored data (billed visits, revisions).
 */
import { z } from 'zod';
import { IdSchema, InputDaySchema, InputInstantSchema } from './common';
import { ExpectedRevisionSchema } from './inputs';
import { PartSchema, VisitOutcomeSchema, VisitPartSchema } from './visit';

/** A visit lasts at most a day on site; anything longer is a typing mistake. */
const MAX_VISIT_MS = 24 * 3600_000;

/** One visit as entered: a new one (`visitId` null) or a correction of a recorded one. */
export const VisitEntrySchema = z
  .object({
    visitId: IdSchema.nullable().default(null),
    technicianId: IdSchema,
    arrivedAt: InputInstantSchema,
    departedAt: InputInstantSchema,
    travelMinutes: z.number().int().min(0).max(24 * 60),
    workDone: z.string().max(4000).default(''),
    parts: z.array(VisitPartSchema).max(100).default([]),
    signedBy: z.string().trim().max(120).default(''),
    outcome: VisitOutcomeSchema,
    /** For a waiting outcome: the on-hold reason (default "Waiting for parts" / "Waiting on customer"). */
    holdReason: z.string().trim().max(500).optional(),
  })
  .refine((v) => Date.parse(v.departedAt) > Date.parse(v.arrivedAt), { message: 'departure must be after arrival', path: ['departedAt'] })
  .refine((v) => Date.parse(v.departedAt) - Date.parse(v.arrivedAt) <= MAX_VISIT_MS, { message: 'a visit lasts at most 24 hours', path: ['departedAt'] });

/** Visits to save in one go (a close-out grid, or one visit from the job panel): all or nothing. */
export const VisitsSaveSchema = z.object({
  entries: z
    .array(z.object({ jobId: IdSchema, expectedRevision: ExpectedRevisionSchema, visit: VisitEntrySchema }))
    .min(1, 'nothing to save')
    .max(100)
    .refine((entries) => new Set(entries.map((e) => e.jobId)).size === entries.length, { message: 'one visit per job per save' }),
});

/** A technician's day to close out. */
export const VisitsDaySchema = z.object({ technicianId: IdSchema, day: InputDaySchema });

/** The whole parts list as edited in settings; a part without an id is new. */
export const PartsSetSchema = z.object({
  parts: z
    .array(PartSchema.extend({ id: IdSchema.optional() }))
    .max(500)
    .refine((parts) => new Set(parts.map((p) => p.name.toLocaleLowerCase())).size === parts.length, { message: 'two parts have the same name' })
    .refine((parts) => {
      const ids = parts.flatMap((p) => (p.id === undefined ? [] : [p.id]));
      return new Set(ids).size === ids.length;
    }, { message: 'two parts have the same id' }),
});

export type VisitEntry = z.output<typeof VisitEntrySchema>;
export type VisitsSave = z.output<typeof VisitsSaveSchema>;
export type VisitsDay = z.output<typeof VisitsDaySchema>;
export type PartsSet = z.output<typeof PartsSetSchema>;
