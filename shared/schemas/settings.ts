import { z } from 'zod';
import { TimeOfDaySchema } from './common';

export const SettingsSchema = z.object({
  /** IANA time zone the shop works in; all days, shifts and SLA business hours are read in it. */
  timeZone: z.string().min(1).max(64).default('UTC'),
  /** Visible range of the board's day view. */
  dayStart: TimeOfDaySchema.default('07:00'),
  dayEnd: TimeOfDaySchema.default('19:00'),
  /** Drag and drop snaps to this many minutes. */
  slotMinutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(30), z.literal(60)]).default(15),
  /** `warn`: an overlapping assignment is made and marked; `block`: it is refused. */
  overlapPolicy: z.enum(['warn', 'block']).default('warn'),
  paperSize: z.enum(['A4', 'Letter']).default('A4'),
  /** Set once the user has answered the first-start offer to load the sample shop. */
  sampleOffered: z.boolean().default(false),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** Settings for a brand-new data file. */
export function defaultSettings(timeZone = 'UTC'): Settings {
  return SettingsSchema.parse({ timeZone });
}
