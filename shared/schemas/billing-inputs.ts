/** Inputs of the billing channels; every one is parsed before the billing service sees it. */
import { z } from 'zod';
import { IdSchema, InputDaySchema } from './common';

const MAX_PERIOD_DAYS = 400;

/** A period of shop days, inclusive: it ends on or after it starts, and spans at most 400 days. */
function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (p.to < p.from) ctx.addIssue({ code: 'custom', message: 'the period must end on or after its first day', path: ['to'] });
  else if (Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`) > MAX_PERIOD_DAYS * 86_400_000) {
    ctx.addIssue({ code: 'custom', message: `a period is at most ${MAX_PERIOD_DAYS} days`, path: ['to'] });
  }
}

export const BillingPeriodSchema = z.object({ from: InputDaySchema, to: InputDaySchema }).strict().superRefine(checkPeriod);

export const BillingClientPeriodSchema = z.object({ clientId: IdSchema, from: InputDaySchema, to: InputDaySchema }).strict().superRefine(checkPeriod);

export const BillingCreateBatchSchema = z
  .object({
    clientId: IdSchema,
    from: InputDaySchema,
    to: InputDaySchema,
    /** The visits to bill: each must be the client's, unbilled and in the period. */
    visitIds: z.array(IdSchema).min(1, 'pick at least one visit').max(2000),
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .superRefine(checkPeriod);

export const BillingCreditSchema = z
  .object({
    batchId: IdSchema,
    /** What was wrong: kept on the credit batch and printed on the statement. */
    note: z.string().trim().min(1, 'say what was wrong').max(500),
  })
  .strict();

export const BillingTopUpSchema = z
  .object({
    clientId: IdSchema,
    day: InputDaySchema,
    /** Hours bought, in quarter hours. */
    hours: z
      .number()
      .min(0.25, 'at least a quarter of an hour')
      .max(100_000)
      .refine((h) => Number.isInteger(h * 4), { message: 'whole quarter hours, e.g. 10 or 7.5' }),
    note: z.string().trim().max(200).default(''),
  })
  .strict();

export const BillingPrintSchema = z
  .object({ clientId: IdSchema, from: InputDaySchema, to: InputDaySchema, mode: z.enum(['dialog', 'pdf']) })
  .strict()
  .superRefine(checkPeriod);

export const BillingClientSchema = z.object({ clientId: IdSchema });

export type BillingCreateBatch = z.output<typeof BillingCreateBatchSchema>;
export type BillingCredit = z.output<typeof BillingCreditSchema>;
export type BillingTopUp = z.output<typeof BillingTopUpSchema>;
export type BillingClientPeriod = z.output<typeof BillingClientPeriodSchema>;
