import { z } from 'zod';
import { IdSchema, InstantSchema } from './common';

/** Why a job is urgent; each level is acknowledged separately (a breach after an at-risk ack alerts again). */
export const AlertReasonSchema = z.enum(['new-p1', 'at-risk', 'breached']);

/**
 * Alert bookkeeping that must survive a restart, so a dispatcher who acknowledged an alert is not
 * alerted again for the same reason, and a snooze holds.
 */
export const AlertStateSchema = z.object({
  acknowledged: z.array(z.object({ jobId: IdSchema, reason: AlertReasonSchema, at: InstantSchema })).max(10_000),
  snoozedUntil: InstantSchema.nullable(),
});

export type AlertReason = z.infer<typeof AlertReasonSchema>;
export type AlertState = z.infer<typeof AlertStateSchema>;
