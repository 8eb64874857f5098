import { z } from 'zod';
import { IdSchema, InputDaySchema, InstantSchema } from './common';

/**
 * A technician's subscribable calendar feed. Only a hash of its token is kept: the token itself is
 * shown once when issued, so a copy of the data file or a backup cannot be used to read the feed.
 */
export const CalendarFeedSchema = z.object({
  technicianId: IdSchema,
  /** SHA-256 of the token, lower-case hex. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
  issuedAt: InstantSchema,
});

/** The longest range one export or one feed request may cover (a year and a day, for leap years). */
export const MAX_CALENDAR_RANGE_DAYS = 366;

const dayCount = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** First and last shop day (inclusive) of an export or feed request. */
export const CalendarRangeSchema = z
  .object({ from: InputDaySchema, to: InputDaySchema })
  .refine((r) => r.to >= r.from, { message: 'must not be before the first day', path: ['to'] })
  .refine((r) => dayCount(r.from, r.to) <= MAX_CALENDAR_RANGE_DAYS, { message: `at most ${MAX_CALENDAR_RANGE_DAYS} days`, path: ['to'] });

/** `calendar:export`: one technician's bookings for a range of shop days. */
export const CalendarExportSchema = z
  .object({ technicianId: IdSchema, from: InputDaySchema, to: InputDaySchema })
  .strict()
  .superRefine((input, ctx) => {
    const range = CalendarRangeSchema.safeParse({ from: input.from, to: input.to });
    if (!range.success) for (const issue of range.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  });

/** `calendar:issue` / `calendar:revoke`: the technician whose feed it is. */
export const CalendarFeedInputSchema = z.object({ technicianId: IdSchema }).strict();

/** A country (ISO 3166-1 alpha-2) and optionally a state/region code as the holiday data set names them. */
const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected a country code such as GB');
const SubdivisionCodeSchema = z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'expected a region code such as ENG');

/** Where the shop is, for offering its public holidays: remembered in settings. */
export const HolidayLocationSchema = z.object({
  country: CountryCodeSchema,
  state: SubdivisionCodeSchema.nullable().default(null),
  region: SubdivisionCodeSchema.nullable().default(null),
});

/** `holidays:regions`: a country's states (no `state`) or a state's regions. */
export const HolidayRegionsQuerySchema = z.object({ country: CountryCodeSchema, state: SubdivisionCodeSchema.optional() }).strict();

/** `holidays:list`: a place's holidays in one year. */
export const HolidaysQuerySchema = HolidayLocationSchema.extend({ year: z.number().int().min(2000).max(2099) }).strict();

export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;
export type CalendarRange = z.infer<typeof CalendarRangeSchema>;
export type HolidayLocation = z.infer<typeof HolidayLocationSchema>;
