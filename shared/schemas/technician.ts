import { z } from 'zod';
import { DaySchema, IdSchema, InputDaySchema, SkillsSchema, WeeklyHoursSchema, ZoneSchema } from './common';

function timeOffOf(day: typeof DaySchema | typeof InputDaySchema) {
  return z
    .object({
      /** First day off (inclusive), in the shop's time zone. */
      start: day,
      /** Last day off (inclusive). */
      end: day,
      reason: z.string().max(200).default(''),
    })
    .refine((t) => t.start <= t.end, { message: 'end must not be before start', path: ['end'] });
}

export const TimeOffSchema = timeOffOf(DaySchema);
/** Time off as a caller sends it: days within the input window. */
export const TimeOffInputSchema = timeOffOf(InputDaySchema);

export const TechnicianSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  skills: SkillsSchema,
  zone: ZoneSchema.default(''),
  /** Row and event colour on the board; never the only carrier of meaning. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #1f77b4'),
  workingHours: WeeklyHoursSchema,
  timeOff: z.array(TimeOffSchema).max(500).default([]),
  dailyCapacityHours: z.number().min(0).max(24),
  active: z.boolean().default(true),
});

export type TimeOff = z.infer<typeof TimeOffSchema>;
export type Technician = z.infer<typeof TechnicianSchema>;
