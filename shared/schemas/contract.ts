import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema } from './common';
import { JobCategorySchema } from './job';

/**
 * What a client's contract says about money. One flat record for all three types, so switching a
 * client from time and materials to block hours keeps its rates: block hours and managed contracts
 * still price with the time-and-materials terms (block hours for the increment, after-hours factor
 * and travel; managed for the categories the contract does not include). docs/billing.md explains
 * each rule with worked examples.
 */
export const ContractTypeSchema = z.enum(['time-and-materials', 'block-hours', 'managed']);

/** Money in integer minor units (cents, pence) of the shop's currency, never negative here. */
const PriceMinorSchema = z.number().int().min(0).max(100_000_000);

export const ContractSchema = z.object({
  type: ContractTypeSchema,
  /** Price of one hour on site, in minor units. */
  hourlyRateMinor: PriceMinorSchema,
  /** The least a visit's labour costs (0 = none), in minor units; after-hours time counts towards it. */
  minimumChargeMinor: PriceMinorSchema.default(0),
  /** Time on site is billed in these steps, every started step in full ("every started 15 minutes"). */
  incrementMinutes: z.number().int().min(1).max(240).default(15),
  /**
   * Rate outside the SLA tier's business hours and on its holidays, in percent of the hourly rate
   * (150 = time and a half). Whole percents keep the arithmetic exact.
   */
  afterHoursPercent: z.number().int().min(100).max(500).default(150),
  /** Whether travel minutes are charged, and at what hourly rate (minor units). */
  travelBillable: z.boolean().default(false),
  travelRateMinor: PriceMinorSchema.default(0),
  /** Block hours: warn when the balance falls to this percent of the hours bought (0 = never). */
  blockWarnPercent: z.number().int().min(0).max(100).default(20),
  /** Managed: job categories the monthly fee covers; work in them is listed but not charged. */
  includedCategories: z.array(JobCategorySchema).max(20).default([]),
});

/** Prepaid hours bought by a block-hours client, recorded as they are paid. */
export const BlockTopUpSchema = z.object({
  id: IdSchema,
  /** The day the hours were bought (shop time zone). */
  day: DaySchema,
  /** Whole minutes added to the balance (hours × 60). */
  minutes: z.number().int().min(1).max(100_000 * 60),
  note: z.string().trim().max(200).default(''),
  recordedAt: InstantSchema,
});

export type ContractType = z.infer<typeof ContractTypeSchema>;
export type Contract = z.infer<typeof ContractSchema>;
export type BlockTopUp = z.infer<typeof BlockTopUpSchema>;
