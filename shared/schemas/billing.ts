import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema } from './common';
import { MinorUnitsSchema } from './visit';

/**
 * Billing batches: what was billed, frozen. A batch copies every figure it used (rates, minutes,
 * prices, tax) into its lines, so later changes to a contract, a part's price or a visit can never
 * change what was billed. Batches are never edited or deleted; a credit batch corrects one.
 */

/** `labour`: time on site; `travel`: billable travel; `part`: a part used on the visit. */
export const BillingLineKindSchema = z.enum(['labour', 'travel', 'part']);

export const BillingLineSchema = z.object({
  id: IdSchema,
  kind: BillingLineKindSchema,
  visitId: IdSchema,
  jobId: IdSchema,
  jobNumber: z.string().min(1).max(40),
  /** The day of the visit's arrival, shop time zone. */
  day: DaySchema,
  technicianId: IdSchema,
  /** The technician's name when billed (a later rename does not change the bill). */
  technicianName: z.string().max(120),
  description: z.string().max(400),
  /** The client's own reference for the job (its ticket number), or ''. */
  clientReference: z.string().max(200),
  /** Billable minutes after rounding (labour, travel); 0 for parts. */
  minutes: z.number().int().min(-100_000).max(100_000),
  /** Of `minutes`, those billed at the after-hours rate. */
  afterHoursMinutes: z.number().int().min(-100_000).max(100_000),
  /** Block hours: minutes drawn from the prepaid balance (after-hours time draws at its factor). */
  blockMinutes: z.number().int().min(-1_000_000).max(1_000_000),
  /** Parts: how many; labour and travel: 1. */
  quantity: z.number().min(-10_000).max(10_000),
  /** Hourly rate (labour, travel) or unit price (part), minor units. */
  rateMinor: MinorUnitsSchema,
  amountMinor: MinorUnitsSchema,
  taxMinor: MinorUnitsSchema,
  /** Why the amount is what it is: "45 min after hours at 150 %", "minimum charge", "included in contract". */
  note: z.string().max(400),
  /** In a credit batch: the line it reverses. */
  creditOfLineId: IdSchema.nullable(),
});

export const BillingBatchSchema = z.object({
  id: IdSchema,
  /** Shown and exported as `B-<number>`; numbers only ever grow (credits take the next number too). */
  number: z.number().int().min(1),
  kind: z.enum(['invoice', 'credit']),
  clientId: IdSchema,
  /** The client's name when billed. */
  clientName: z.string().max(120),
  /** The period the dispatcher chose (shop days, inclusive). */
  periodFrom: DaySchema,
  periodTo: DaySchema,
  currency: z.string().regex(/^[A-Z]{3}$/),
  taxRateBasisPoints: z.number().int().min(0).max(10_000),
  lines: z.array(BillingLineSchema).max(5000),
  netMinor: MinorUnitsSchema,
  taxMinor: MinorUnitsSchema,
  grossMinor: MinorUnitsSchema,
  /** A credit batch: the batch it corrects. */
  creditOf: IdSchema.nullable(),
  /** An invoice batch: the credit batch that reversed it, once there is one. */
  creditedBy: IdSchema.nullable(),
  note: z.string().max(500),
  createdAt: InstantSchema,
});

export type BillingLineKind = z.infer<typeof BillingLineKindSchema>;
export type BillingLine = z.infer<typeof BillingLineSchema>;
export type BillingBatch = z.infer<typeof BillingBatchSchema>;

/** `B-0042`: how a batch is named on screen, in files and in CSV exports. */
export function batchLabel(batch: Pick<BillingBatch, 'number'>): string {
  return `B-${String(batch.number).padStart(4, '0')}`;
}
