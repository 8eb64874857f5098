/**
 * Inputs of the Reports view's own channels: opening its window and printing the report shown. The
 * report computations have their inputs in report-inputs.ts.
 */
import { z } from 'zod';
import { REPORT_KINDS } from '../ipc/reports-route';
import { InputDaySchema } from './common';

const ReportKindSchema = z.enum(REPORT_KINDS);

/** Open (or bring forward) the Reports window, at this report. */
export const ReportsWindowSchema = z.object({ report: ReportKindSchema.default('demand') }).strict();

/** Print or save as PDF one report over a range of shop days. */
export const ReportsPrintSchema = z
  .object({ report: ReportKindSchema, from: InputDaySchema, to: InputDaySchema, mode: z.enum(['dialog', 'pdf']) })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'the range must end on or after its first day', path: ['to'] });

export type ReportsWindowInput = z.output<typeof ReportsWindowSchema>;
export type ReportsPrintInput = z.output<typeof ReportsPrintSchema>;
