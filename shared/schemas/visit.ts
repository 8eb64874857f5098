import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/**
 * What a technician did on one trip to a job, as written on the returned run sheet and entered at
 * close-out. A job may have several visits (a follow-up, parts arriving later). Billing reads
 * visits; once a visit is frozen into a billing batch (`billedBatchId`) it does not change, and a
 * mistake is corrected by a credit batch, which reverses the batch and releases its visits.
 */

/** Money is kept as integer minor units (cents) so sums and rounding are exact. */
export const MinorUnitsSchema = z.number().int().min(-1_000_000_000).max(1_000_000_000);

/** A part the shop stocks, with the price it charges per unit (the close-out picks from these). */
export const PartSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  /** Price per unit before tax, in minor units of the shop's currency. */
  unitPriceMinor: MinorUnitsSchema.refine((v) => v >= 0, { message: 'must not be negative' }),
});

/** One line of parts used on a visit: a stocked part (its price copied at entry) or free text with a price. */
export const VisitPartSchema = z.object({
  /** The stocked part, or null for a free-text part. */
  partId: IdSchema.nullable(),
  description: z.string().trim().min(1, 'required').max(200),
  quantity: z.number().positive().max(10_000),
  unitPriceMinor: MinorUnitsSchema.refine((v) => v >= 0, { message: 'must not be negative' }),
});

/** How the visit ended; it decides the job's status when the visit is saved. */
export const VisitOutcomeSchema = z.enum(['done', 'another-visit', 'waiting-parts', 'waiting-customer']);

export const VisitSchema = z
  .object({
    id: IdSchema,
    technicianId: IdSchema,
    arrivedAt: InstantSchema,
    departedAt: InstantSchema,
    /** Minutes travelling to the site for this visit (billable or not by the client's contract). */
    travelMinutes: z.number().int().min(0).max(24 * 60),
    workDone: z.string().max(4000).default(''),
    parts: z.array(VisitPartSchema).max(100).default([]),
    /** The customer's name as signed on the sheet. */
    signedBy: z.string().trim().max(120).default(''),
    outcome: VisitOutcomeSchema,
    /** The job created for the next visit when the outcome asks for one. */
    followUpJobId: IdSchema.nullable().default(null),
    /**
     * The billing batch holding this visit. While set, the visit is frozen (billed lines cannot
     * change); only a credit batch reversing that batch clears it, so the corrected visit can be
     * billed again.
     */
    billedBatchId: IdSchema.nullable().default(null),
    recordedAt: InstantSchema,
  })
  .refine((v) => Date.parse(v.departedAt) > Date.parse(v.arrivedAt), { message: 'departure must be after arrival', path: ['departedAt'] });

export type MinorUnits = z.infer<typeof MinorUnitsSchema>;
export type Part = z.infer<typeof PartSchema>;
export type VisitPart = z.infer<typeof VisitPartSchema>;
export type VisitOutcome = z.infer<typeof VisitOutcomeSchema>;
export type Visit = z.infer<typeof VisitSchema>;
