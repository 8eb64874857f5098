/**
 * What the `reports:*` channels answer with. Every number is computed in the core from the active
 * data file and the monthly archives; docs/reports.md defines each measure in full. Conventions:
 * days are `YYYY-MM-DD` in the shop's time zone (`timeZone`), weeks start on Monday (`weekStart`
 * is that Monday), weekdays are 0 = Sunday … 6 = Saturday, hours are 0–23 wall-clock shop time,
 * minutes are whole minutes, money is integer minor units of `currency`, and a percent is 0–100
 * with one decimal, or null when nothing was measured (never a made-up 0 or 100).
 */
import type { Priority } from '../schemas/common';
import type { JobCategory } from '../schemas/job';
import type { ContractType } from '../schemas/contract';
import type { BlockLevel } from '../billing/block-hours';

/** The most breaches or repeat candidates a report lists (a table of more helps nobody; the counts stay whole). */
export const MAX_LISTED = 500;

/** The seven reports, as named in channels (`reports:<name>`) and progress events. */
export type ReportName = 'demand' | 'sla' | 'backlog' | 'technicians' | 'balance' | 'repeats' | 'income';

/** An archive month file the report had to leave out (it could not be read). */
export type ReportProblem = { month: string; reason: string };

/** Said by every report. */
export type ReportMeta = {
  from: string;
  to: string;
  timeZone: string;
  /** The instant the numbers were computed (the core's clock). */
  generatedAt: string;
  /** Jobs the report looked at after filters: active and archived. */
  jobsRead: { active: number; archived: number };
  /** Archive months left out; numbers are then short by their jobs. */
  problems: ReportProblem[];
};

/** Sent while a report reads many archive months, for the call that passed `requestId`. */
export type ReportProgress = {
  requestId: string;
  report: ReportName;
  /** Archive months read so far, of `total` (the active file counts as one more). */
  done: number;
  total: number;
};

// ── 1. Demand and peaks ──────────────────────────────────────────────────────

export type DemandDay = {
  day: string;
  weekday: number;
  /** Customer jobs received that shop day (maintenance and follow-up jobs are not demand). */
  received: number;
  /** A peak day: `received` ≥ `peakThreshold` and above the mean. */
  peak: boolean;
};

export type HourCount = { weekday: number; hour: number; received: number };

export type ForecastSlot = {
  day: string;
  weekday: number;
  hour: number;
  /** Mean of the same weekday and hour over the `weeks` weeks before the forecast week. */
  expected: number;
  /** Band: mean − 1 standard deviation (population), never below 0. */
  low: number;
  /** Band: mean + 1 standard deviation. */
  high: number;
};

export type DemandReport = ReportMeta & {
  /** `heatmap[weekday][hour]`: jobs received in the range at that weekday and hour (7 × 24). */
  heatmap: number[][];
  /** Every shop day of the range, oldest first. */
  days: DemandDay[];
  totalReceived: number;
  /** Mean received per day of the range (days without jobs count as 0). */
  meanPerDay: number;
  /** Population standard deviation of `days[].received`. */
  sdPerDay: number;
  /** mean + 1 sd: a day with at least this many (and more than the mean) is a peak. */
  peakThreshold: number;
  /** The 28 shop days ending on `to`. */
  lastFourWeeks: {
    from: string;
    to: string;
    /** Jobs received per hour of day over those 28 days (24 entries). */
    byHour: number[];
    /** The ten busiest weekday-hours, most jobs first (ties: earlier weekday Monday-first, then hour). */
    busiest: HourCount[];
  };
  /** Next week's load by hour: the 7 shop days after `to`. */
  forecast: { from: string; to: string; weeks: number; slots: ForecastSlot[] };
};

// ── 2. SLA compliance ───────────────────────────────────────────────────────

/** Met rates of one group. `measured` counts jobs whose clock has an outcome (met, or breached). */
export type SlaRate = {
  jobs: number;
  responseMeasured: number;
  responseMet: number;
  responsePercent: number | null;
  resolutionMeasured: number;
  resolutionMet: number;
  resolutionPercent: number | null;
};

/** A group: `key` is the priority, client id, tier id or week's Monday; `label` is what to show. */
export type SlaGroup = SlaRate & { key: string; label: string };

/**
 * Why a target was missed. `queued-too-long`: nobody was booked before the due time.
 * `booked-late`: booked before the due time, but for a slot that could not meet it.
 * `ran-over`: the booking could meet it, the work did not (late arrival, longer or extra visits).
 */
export type BreachCause = 'queued-too-long' | 'booked-late' | 'ran-over';

export type SlaBreach = {
  jobId: string;
  number: string;
  title: string;
  clientName: string;
  priority: Priority;
  tierId: string | null;
  kind: 'response' | 'resolution';
  receivedAt: string;
  dueAt: string;
  /** When it was responded to / resolved, or null while still owed (then it is late as of `generatedAt`). */
  doneAt: string | null;
  /** Minutes between the due time and `doneAt` (or `generatedAt`). */
  lateMinutes: number;
  cause: BreachCause;
  /** Words for the cause with the times that decided it. */
  causeDetail: string;
  archived: boolean;
};

export type SlaReport = ReportMeta & {
  overall: SlaRate;
  byPriority: SlaGroup[];
  byClient: SlaGroup[];
  byTier: SlaGroup[];
  /** One row per week of the range (Monday key), also weeks without jobs. */
  byWeek: SlaGroup[];
  /** Most late first; at most `MAX_LISTED` (the rest are counted in `breachesNotListed` and `causes`). */
  breaches: SlaBreach[];
  breachesNotListed: number;
  causes: Record<BreachCause, number>;
};

// ── 3. Backlog ──────────────────────────────────────────────────────────────

export type BacklogSample = {
  /** Start of the bucket (instant); an hour when `step` is `hour`, a shop day when `day`. */
  at: string;
  /** The shop day the bucket belongs to. */
  day: string;
  /** Jobs waiting in the queue (open, not booked) at the end of the bucket. */
  queue: number;
  /** The most waiting at any moment inside the bucket. */
  queueMax: number;
  /** Open jobs (received, not done or cancelled) at the end of the bucket. */
  open: number;
  received: number;
  finished: number;
};

export type BacklogPeak = { at: string; day: string; queue: number };

export type BacklogReport = ReportMeta & {
  /** Buckets are hours for ranges up to 31 days, shop days beyond. */
  step: 'hour' | 'day';
  samples: BacklogSample[];
  /** The five highest `queueMax` buckets on different days, highest first. */
  peaks: BacklogPeak[];
  /** Mean of `queue` over the samples. */
  meanQueue: number;
};

// ── 4. Technicians ─────────────────────────────────────────────────────────

export type TechnicianRow = {
  technicianId: string;
  name: string;
  /** Working hours in the range (the technician's weekly hours, less time off). */
  availableMinutes: number;
  /** Booked on the board (job assignments, not cancelled) inside the range. */
  bookedMinutes: number;
  /** On site (visit arrival → departure) inside the range. */
  onSiteMinutes: number;
  /** Travel minutes of the visits arriving in the range. */
  travelMinutes: number;
  /** booked / available, percent. */
  bookedPercent: number | null;
  /** (on site + travel) / available, percent. */
  workedPercent: number | null;
  /** On-site minutes the client's contract charges for (time and materials, block hours; managed outside its categories). */
  billableMinutes: number;
  /** On-site minutes not charged (managed contract's included categories, no rate, unknown client). */
  nonBillableMinutes: number;
  /** Jobs resolved in the range whose last visit (or booking) was this technician's. */
  jobsResolved: number;
  /** First visits in the range judged for first-time fix (original jobs, not follow-ups). */
  firstVisits: number;
  /** Of those, fixed on that one visit: one visit, outcome done, no follow-up job. */
  firstTimeFixes: number;
  firstTimeFixPercent: number | null;
};

export type TechniciansReport = ReportMeta & {
  rows: TechnicianRow[];
  /** Sums over all rows; percents from the sums. */
  totals: Omit<TechnicianRow, 'technicianId' | 'name'>;
};

// ── 5. Work-life balance ───────────────────────────────────────────────────

export type BalanceWeek = {
  weekStart: string;
  /** Minutes of visits (or bookings standing in for them) outside the technician's working hours. */
  overtimeMinutes: number;
  /** Visits with at least one minute outside working hours (counted in the week they began). */
  afterHoursVisits: number;
  /** overtimeMinutes > the shop's weekly limit. */
  over: boolean;
};

export type BalanceRow = {
  technicianId: string;
  name: string;
  /** One entry per week of the range, oldest first (same weeks for every technician). */
  weeks: BalanceWeek[];
  totalOvertimeMinutes: number;
  totalAfterHoursVisits: number;
  /** Weeks over the limit. */
  weeksOver: number;
};

export type BalanceReport = ReportMeta & {
  /** settings.overtime.weeklyLimitMinutes: the line drawn on the chart. */
  weeklyLimitMinutes: number;
  /** Mondays of the weeks covered (a week partly in the range counts only its days inside). */
  weeks: string[];
  rows: BalanceRow[];
  /** Technicians with at least one week over the limit, most weeks over first. */
  overLimit: string[];
};

// ── 6. Repeat problems ─────────────────────────────────────────────────────

export type RepeatCandidate = {
  scope: 'site' | 'client';
  clientId: string;
  clientName: string;
  siteId: string | null;
  siteName: string | null;
  category: JobCategory;
  /** Most jobs inside one window of `windowDays`. */
  jobsInWindow: number;
  /** First and last day of that busiest window. */
  windowFrom: string;
  windowTo: string;
  /** Jobs of the group in the whole range. */
  jobsInRange: number;
  /** Job numbers of the busiest window, oldest first. */
  jobNumbers: string[];
  /** Whether the client has an active maintenance plan (for a site: one for this site or for the whole client). */
  hasMaintenancePlan: boolean;
  planIds: string[];
};

export type RepeatsReport = ReportMeta & {
  windowDays: number;
  minJobs: number;
  /** Most jobs in a window first; at most `MAX_LISTED` (the rest counted in `candidatesNotListed`). */
  candidates: RepeatCandidate[];
  candidatesNotListed: number;
  /** Jobs received in the range per category (all categories, zero included). */
  byCategory: { category: JobCategory; jobs: number }[];
};

// ── 7. Income ──────────────────────────────────────────────────────────────

export type IncomeMonth = {
  /** `YYYY-MM`, shop time. */
  month: string;
  /** Net of invoice batches created that month, less credit batches created that month. */
  billedNetMinor: number;
  /** Net of visits that arrived that month and are not billed yet, priced with today's contract. */
  unbilledNetMinor: number;
};

export type IncomeClient = {
  clientId: string;
  clientName: string;
  contractType: ContractType | null;
  billedNetMinor: number;
  unbilledNetMinor: number;
  unbilledVisits: number;
};

export type BlockBalanceRow = {
  clientId: string;
  clientName: string;
  /** Balance now, all time (can be negative). */
  balanceMinutes: number;
  level: BlockLevel;
  /** Bought in the range. */
  toppedUpMinutes: number;
  /** Drawn by billed and unbilled visits arriving in the range. */
  drawnMinutes: number;
};

export type IncomeReport = ReportMeta & {
  currency: string;
  /** False when the shop has no billing batches and no priced visits: the UI says so instead of empty charts. */
  hasBillingData: boolean;
  months: IncomeMonth[];
  /** Clients with any figure, most billed + unbilled first. */
  clients: IncomeClient[];
  totals: { billedNetMinor: number; unbilledNetMinor: number };
  blockHours: BlockBalanceRow[];
};
