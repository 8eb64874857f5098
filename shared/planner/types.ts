/**
 * The planner's data: what it is given (already resolved to instants in the shop's time zone, so
 * the search never touches calendars) and what it proposes. Instants are epoch milliseconds inside
 * the planner and ISO strings in its output. Built from the document by `planInputFromDocument`.
 */
import type { Priority } from '../schemas/common';
import type { OvertimeSettings, TravelSettings } from '../schemas/settings';
import type { SuggestionReason } from '../domain/suggest';

/** One fact behind a proposed booking, in the words of the assign dialog's suggestions plus travel, overtime and moves. */
export type PlanReason = { kind: SuggestionReason['kind'] | 'travel' | 'overtime' | 'moved'; met: boolean; text: string };

/** Half-open span of instants, epoch milliseconds. */
export type Span = { start: number; end: number };

/** One shop day of the horizon: its key and its local midnight-to-midnight instants (23 or 25 h on DST days). */
export type PlanDay = { key: string; start: number; end: number };

/** A technician as the planner sees them: working intervals of each day already resolved. */
export type PlanTechnician = {
  id: string;
  name: string;
  /** Lower-case skills. */
  skills: readonly string[];
  /** Home zone ('' = none); used for the reasons only (travel is between visits). */
  zone: string;
  /** Working intervals inside the horizon, sorted, by shop day (time off and non-working days removed). */
  shifts: ReadonlyArray<Span & { day: string }>;
  /** Most minutes booked on one shop day (working hours; overtime may add up to the cap on top). */
  dailyCapacityMinutes: number;
};

/**
 * A job the planner may place. `responseDueAt` is null when no response is owed (already
 * responded, or no SLA target); a maintenance visit has no SLA clock but a window: it never starts
 * before `window.start`, and ending after `window.end` counts like a missed resolution.
 */
export type PlanJob = {
  id: string;
  number: string;
  priority: Priority;
  requiredSkills: readonly string[];
  estimateMinutes: number;
  /** Zone of the job's site ('' = none). */
  zone: string;
  receivedAt: number;
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  window: Span | null;
  /** Set for a movable booking (scheduled, not dispatched): where it is now. */
  current: (Span & { technicianId: string }) | null;
};

/** A booking the planner must work around: dispatched, en route, on site, pinned, or any booking when moving is off. */
export type FixedBooking = Span & {
  jobId: string;
  number: string;
  technicianId: string;
  zone: string;
  /** Why it cannot move, in words ("dispatched", "pinned"…), for the summary. */
  why: string;
};

export type PlanInput = {
  now: number;
  timeZone: string;
  /** The horizon: bookings start at or after max(now, start) and end by `end` (overtime included). */
  horizon: Span;
  days: readonly PlanDay[];
  /** Bookings start on this grid, counted from each shop day's local midnight. */
  slotMinutes: number;
  technicians: readonly PlanTechnician[];
  fixed: readonly FixedBooking[];
  /** Jobs to place: queued jobs, plus movable bookings when moving is allowed (those carry `current`). */
  jobs: readonly PlanJob[];
  travel: TravelSettings;
  overtime: OvertimeSettings;
};

/** How long the search may run and how it breaks ties. */
export type PlanOptions = {
  /** Seed of the pseudo-random moves; the same input and seed give the same plan. */
  seed?: number;
  /** Local-search moves to try at most (default 20,000). */
  maxIterations?: number;
  /** Called between chunks of work; return true to stop improving and return the best plan so far. */
  shouldStop?: () => boolean;
  /** Moves per chunk of local search (one `step` of the generator). */
  chunk?: number;
};

/** The objective's parts for one plan (see objective.ts for the weights and docs/planner.md for the words). */
export type PlanCost = {
  /** Jobs left without a booking, weighted by priority. */
  unplaced: number;
  /** Weighted response breaches: per late job, priority weight × (1 + hours late). */
  response: number;
  /** Weighted resolution breaches (and maintenance visits ending after their window), same scale. */
  resolution: number;
  /** Overtime minutes in total. */
  overtimeMinutes: number;
  /** Overtime penalty: grows with the square of each technician-day's overtime, so it is spread. */
  overtimePenalty: number;
  travelMinutes: number;
  /** Minutes from now to each booking's end, summed (the earliest-completion tie-break). */
  completionMinutes: number;
  /** The one number the search minimises. */
  total: number;
};

export type ProposedBooking = {
  jobId: string;
  number: string;
  technicianId: string;
  technicianName: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** Travel minutes from the technician's previous visit that day (0 for the first). */
  travelBeforeMinutes: number;
  /** Minutes of this visit past the technician's working hours. */
  overtimeMinutes: number;
  /** A booking that existed and is moved by this plan. */
  moved: boolean;
  reasons: PlanReason[];
};

export type UnplacedJob = { jobId: string; number: string; reason: string };

export type TechnicianLoad = { technicianId: string; name: string; bookedMinutes: number; overtimeMinutes: number; travelMinutes: number };

export type PlanSummary = {
  placed: number;
  unplaced: number;
  moved: number;
  /**
   * Weighted response breaches if the same jobs were dispatched first-come (each in arrival order
   * to the qualified technician free earliest), and with this plan.
   */
  weightedBreachesBefore: number;
  weightedBreachesAfter: number;
  resolutionBreachesBefore: number;
  resolutionBreachesAfter: number;
  /** Jobs whose response (resp. resolution) would be late with this plan. */
  lateResponses: number;
  lateResolutions: number;
  overtimeMinutes: number;
  travelMinutes: number;
  /** Consecutive visits of one technician on one day in different zones. */
  zoneChanges: number;
  perTechnician: TechnicianLoad[];
};

export type Plan = {
  bookings: ProposedBooking[];
  unplaced: UnplacedJob[];
  summary: PlanSummary;
  cost: PlanCost;
  /** Local-search moves tried. */
  iterations: number;
};

/** A job placed so far in a plan still being made (no reasons yet: those come with the finished plan). */
export type DraftBooking = { jobId: string; number: string; technicianId: string; start: string; end: string };

/**
 * Progress reported between steps of {@link planSteps}. `draft` lists the bookings of the plan as
 * it stands (the best found so far while searching); it is a function so a caller that only shows
 * progress now and then pays for the list only then.
 */
export type PlanProgress = { phase: 'construct' | 'improve'; done: number; total: number; bestTotal: number; draft: () => DraftBooking[] };
