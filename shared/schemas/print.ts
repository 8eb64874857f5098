import { z } from 'zod';
import { DaySchema, IdSchema, InstantSchema } from './common';

/**
 * What went on one technician's printed run sheet for one day. The board compares it with the
 * jobs as they are now to show "changed since printed" until the sheet is printed again.
 */
export const PrintRecordSchema = z.object({
  technicianId: IdSchema,
  day: DaySchema,
  printedAt: InstantSchema,
  /** Each visit on the sheet and a fingerprint of what the sheet showed for it. */
  jobs: z.array(z.object({ jobId: IdSchema, fingerprint: z.string().max(2000) })).max(500),
});

export type PrintRecord = z.infer<typeof PrintRecordSchema>;
