/**
 * Inputs of the `reports:*` channels. Every report takes a range of shop days (inclusive, in the
 * shop's time zone) of at most two years, and optional filters; each is parsed before the reports
 * service sees it.
 */
import { z } from 'zod';
import { IdSchema, InputDaySchema } from './common';

/** The longest range a report covers: two years and a leap day. */
export const MAX_REPORT_DAYS = 731;

/** A range ends on or after it starts and spans at most `MAX_REPORT_DAYS` days. */
function checkRange(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (p.to < p.from) ctx.addIssue({ code: 'custom', message: 'the range must end on or after its first day', path: ['to'] });
  else if ((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000 + 1 > MAX_REPORT_DAYS) {
    ctx.addIssue({ code: 'custom', message: `a report covers at most ${MAX_REPORT_DAYS} days (two years)`, path: ['to'] });
  }
}

const ReportBaseShape = {
  /** First shop day of the range (inclusive). */
  from: InputDaySchema,
  /** Last shop day of the range (inclusive). */
  to: InputDaySchema,
  /**
   * Chosen by the caller to match `reports:progress` events to this call (a large range reports
   * its progress while it reads the archive). Optional: without it no progress is sent.
   */
  requestId: z.string().trim().min(1).max(64).optional(),
  /** Only jobs of these clients (all when absent or empty). */
  clientIds: z.array(IdSchema).max(500).optional(),
  /** Only these technicians (technician reports; jobs assigned to them elsewhere). All when absent or empty. */
  technicianIds: z.array(IdSchema).max(500).optional(),
};

export const ReportRangeSchema = z.object(ReportBaseShape).strict().superRefine(checkRange);

export const DemandReportInputSchema = z
  .object({
    ...ReportBaseShape,
    /** Weeks of history behind each forecast hour (the same weekday and hour in each of them). */
    forecastWeeks: z.number().int().min(1).max(26).default(8),
  })
  .strict()
  .superRefine(checkRange);

export const RepeatsReportInputSchema = z
  .object({
    ...ReportBaseShape,
    /** Length of the sliding window, in days. */
    windowDays: z.number().int().min(1).max(365).default(30),
    /** A group is a candidate when some window holds at least this many of its jobs. */
    minJobs: z.number().int().min(2).max(1000).default(3),
  })
  .strict()
  .superRefine(checkRange);

export type ReportRangeInput = z.output<typeof ReportRangeSchema>;
export type DemandReportInput = z.output<typeof DemandReportInputSchema>;
export type RepeatsReportInput = z.output<typeof RepeatsReportInputSchema>;
