import { z } from 'zod';
import { DaySchema, IdSchema, InputDaySchema, WeeklyHoursSchema } from './common';

const minutes = z.number().int().min(1).max(60 * 24 * 365);

export const SlaTargetSchema = z.object({
  /** Business minutes from receipt until someone must respond (assigned or on the phone). */
  responseMinutes: minutes,
  /** Business minutes from receipt until the job must be resolved. */
  resolutionMinutes: minutes,
});

export const SlaPolicySchema = z.object({
  /** The tier id clients refer to, e.g. `standard`. */
  id: IdSchema,
  name: z.string().trim().min(1).max(80),
  targets: z.object({ P1: SlaTargetSchema, P2: SlaTargetSchema, P3: SlaTargetSchema, P4: SlaTargetSchema }),
  /** When the SLA clock runs; outside these hours it stands still. */
  businessHours: WeeklyHoursSchema,
  /** Days the clock does not run at all (`YYYY-MM-DD`, shop time zone). */
  holidays: z.array(DaySchema).max(1000).default([]),
});

/** `sla:set`: a tier as a caller sends it, holidays within the input window. */
export const SlaPolicyInputSchema = SlaPolicySchema.extend({ holidays: z.array(InputDaySchema).max(1000).default([]) });

export type SlaTarget = z.infer<typeof SlaTargetSchema>;
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;
