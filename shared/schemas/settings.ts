import { z } from 'zod';
import { HolidayLocationSchema } from './calendar';
import { TimeOfDaySchema, ZoneSchema } from './common';
import { MAX_SAVED_IMPORT_MAPPINGS, SavedImportMappingSchema } from './import-mapping';

export const AlertSettingsSchema = z.object({
  /** An unacknowledged urgent alert is raised again after this many minutes. */
  repeatMinutes: z.number().int().min(1).max(240).default(5),
  /** Quiet hours (shop time): only P1 alerts are raised in this window. `null` = no quiet hours. */
  quietHours: z
    .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
    .nullable()
    .default(null),
  /** Play a sound with OS notifications. */
  sound: z.boolean().default(true),
});

/**
 * What one intake token may add to the data file (docs/intake-api.md, "Limits"). Sized for a shop
 * whose busiest hour is about forty calls and whose monitoring can storm with a few hundred alerts
 * in a minute: the storm fits in the bursts, while a caller posting in a loop is held to about
 * 1,800 new jobs an hour (instead of thousands a minute) and 30 MiB of bodies an hour.
 */
export const IntakeLimitsSchema = z.object({
  /** New jobs per minute, sustained. Retries that find their job do not count. */
  jobsPerMinute: z.number().int().min(1).max(100_000).default(30),
  /** New jobs at once (a monitoring storm) before the per-minute rate applies. */
  jobBurst: z.number().int().min(1).max(100_000).default(200),
  /** Requests of any kind per minute (retries, refusals included); also how many may arrive at once. */
  requestsPerMinute: z.number().int().min(1).max(1_000_000).default(600),
  /** Request body KiB per minute, sustained. */
  kibPerMinute: z.number().int().min(1).max(1_000_000).default(512),
  /** Request body KiB at once; at least one largest body (64 KiB). */
  kibBurst: z.number().int().min(64).max(1_000_000).default(2048),
});

export const IntakeSettingsSchema = z.object({
  /** Electron only: serve the intake API (the headless host always serves it). */
  enabled: z.boolean().default(false),
  port: z.number().int().min(1024).max(65535).default(4781),
  /** Listen beyond loopback (other machines can post jobs). Off unless the user chooses it. */
  listenOnNetwork: z.boolean().default(false),
  /** Bearer token for `POST /api/v1/jobs`; generated when intake is first enabled. */
  token: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/).nullable().default(null),
  limits: IntakeLimitsSchema.default(IntakeLimitsSchema.parse({})),
});

/** How the shop bills: one currency and one tax rate for every client (docs/billing.md). */
export const BillingSettingsSchema = z.object({
  /** ISO 4217 code; amounts are kept in its minor units (2 digits for GBP, EUR, USD). */
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as GBP'),
  /** Sales tax (VAT) on every line, in basis points: 2000 = 20 %. */
  taxRateBasisPoints: z.number().int().min(0).max(10_000),
});

export const DEFAULT_BILLING = { currency: 'GBP', taxRateBasisPoints: 2000 } as const;

/** Travel time the planner inserts between consecutive visits, by zone (docs/planner.md). */
export const TravelSettingsSchema = z.object({
  /** Between two visits in the same zone (or with no zone). */
  withinZoneMinutes: z.number().int().min(0).max(480),
  /** Between two different zones, unless a pair below says otherwise. */
  betweenZonesMinutes: z.number().int().min(0).max(480),
  /** Zone pairs that differ from `betweenZonesMinutes`; a pair holds both ways. */
  pairs: z
    .array(
      z
        .object({ from: ZoneSchema, to: ZoneSchema, minutes: z.number().int().min(0).max(480) })
        .refine((p) => p.from.toLowerCase() !== p.to.toLowerCase(), { message: 'a pair needs two different zones', path: ['to'] }),
    )
    .max(2_500)
    // A pair holds both ways, so "North → South" and "South → North" would be two answers to one question.
    .refine((pairs) => new Set(pairs.map((p) => [p.from.toLowerCase(), p.to.toLowerCase()].sort().join('\n'))).size === pairs.length, {
      message: 'each pair of zones may be listed once',
    })
    .default([]),
});

/** How much a technician may work past their hours: the planner's limit and the reports' line. */
export const OvertimeSettingsSchema = z.object({
  /** Whether the planner may book past a technician's working hours at all. */
  allowed: z.boolean(),
  /** The most the planner books past one technician's hours on one day. */
  dailyCapMinutes: z.number().int().min(0).max(12 * 60),
  /** The shop's limit per technician per week, drawn in the work-life balance report. */
  weeklyLimitMinutes: z.number().int().min(0).max(60 * 60),
});

export const DEFAULT_TRAVEL = { withinZoneMinutes: 0, betweenZonesMinutes: 30, pairs: [] } as const;
export const DEFAULT_OVERTIME = { allowed: false, dailyCapMinutes: 60, weeklyLimitMinutes: 300 } as const;

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
  alerts: AlertSettingsSchema.default(AlertSettingsSchema.parse({})),
  intake: IntakeSettingsSchema.default(IntakeSettingsSchema.parse({})),
  /** CSV column mappings the user confirmed, one per header layout, newest last (since v5). */
  importMappings: z.array(SavedImportMappingSchema).max(MAX_SAVED_IMPORT_MAPPINGS).default([]),
  /** The shop's country and region, for offering its public holidays in the SLA editor; null until chosen. */
  holidayLocation: HolidayLocationSchema.nullable().default(null),
  /** Currency and tax rate of every bill (since v5). */
  billing: BillingSettingsSchema.default({ ...DEFAULT_BILLING }),
  /** Travel minutes between zones for the planner (since v6). */
  travel: TravelSettingsSchema.default({ ...DEFAULT_TRAVEL, pairs: [] }),
  /** Overtime rules for the planner and the shop's weekly limit (since v6). */
  overtime: OvertimeSettingsSchema.default({ ...DEFAULT_OVERTIME }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;
export type IntakeSettings = z.infer<typeof IntakeSettingsSchema>;
export type BillingSettings = z.infer<typeof BillingSettingsSchema>;
export type TravelSettings = z.infer<typeof TravelSettingsSchema>;
export type OvertimeSettings = z.infer<typeof OvertimeSettingsSchema>;
export type IntakeLimits = z.infer<typeof IntakeLimitsSchema>;

/** Settings for a brand-new data file. */
export function defaultSettings(timeZone = 'UTC'): Settings {
  return SettingsSchema.parse({ timeZone });
}
