/** Technicians: utilisation (booked and worked against available), billable time, jobs, first-time fix. */
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayNumberOf } from './shop-clock';
import { percent } from './stats';
import type { ReportMeta, TechnicianRow, TechniciansReport } from './types';
import { overlap, workedSpans, workingDay, type Rota } from './working-time';

export type TechnicianContext = {
  /** Every technician to list (the shop's, after filters), with their rota. */
  technicians: ReadonlyArray<Rota & { name: string }>;
  /** Whether the client's contract charges for on-site time of this job. */
  isBillable(job: ReportJob): boolean;
};

type Tally = Omit<TechnicianRow, 'technicianId' | 'name' | 'bookedPercent' | 'workedPercent' | 'firstTimeFixPercent'>;

const emptyTally = (): Tally => ({ availableMinutes: 0, bookedMinutes: 0, onSiteMinutes: 0, travelMinutes: 0, billableMinutes: 0, nonBillableMinutes: 0, jobsResolved: 0, firstVisits: 0, firstTimeFixes: 0 });

const MIN = 60_000;

function finish(t: Tally): Omit<TechnicianRow, 'technicianId' | 'name'> {
  const r = (n: number) => Math.round(n);
  const out = { ...t, availableMinutes: r(t.availableMinutes), bookedMinutes: r(t.bookedMinutes), onSiteMinutes: r(t.onSiteMinutes), billableMinutes: r(t.billableMinutes), nonBillableMinutes: r(t.nonBillableMinutes) };
  return {
    ...out,
    bookedPercent: percent(out.bookedMinutes, out.availableMinutes),
    workedPercent: percent(out.onSiteMinutes + out.travelMinutes, out.availableMinutes),
    firstTimeFixPercent: percent(t.firstTimeFixes, t.firstVisits),
  };
}

/** The technician of a resolved job: whoever made its last visit, else whoever it was booked to. */
function resolverOf(job: ReportJob): string | null {
  const lastVisit = [...job.visits].sort((a, b) => a.arrived - b.arrived).at(-1);
  return lastVisit?.technicianId ?? job.assignment?.technicianId ?? null;
}

export function techniciansReport(jobs: readonly ReportJob[], input: { from: string; to: string }, clock: ShopClock, ctx: TechnicianContext): Omit<TechniciansReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const from = clock.startOf(first);
  const to = clock.startOf(last + 1);
  const tallies = new Map<string, Tally>();
  for (const t of ctx.technicians) {
    const tally = emptyTally();
    const working = workingDay(t, clock);
    for (let d = first; d <= last; d++) for (const [s, e] of working(d)) tally.availableMinutes += (e - s) / MIN;
    tallies.set(t.id, tally);
  }
  const get = (id: string) => tallies.get(id);
  for (const job of jobs) {
    if (job.assignment && job.status !== 'cancelled') {
      const t = get(job.assignment.technicianId);
      if (t) t.bookedMinutes += overlap(job.assignment.start, job.assignment.end, from, to) / MIN;
    }
    const billable = ctx.isBillable(job);
    for (const span of workedSpans(job)) {
      const t = get(span.technicianId);
      if (!t) continue;
      const minutes = overlap(span.start, span.end, from, to) / MIN;
      t.onSiteMinutes += minutes;
      if (billable) t.billableMinutes += minutes;
      else t.nonBillableMinutes += minutes;
      if (span.start >= from && span.start < to) t.travelMinutes += span.travelMinutes;
    }
    if (job.status === 'done' && job.resolved !== null && job.resolved >= from && job.resolved < to) {
      const who = resolverOf(job);
      const t = who === null ? undefined : get(who);
      if (t) t.jobsResolved += 1;
    }
    if (job.followUpOf === null && job.visits.length > 0) {
      const firstVisit = [...job.visits].sort((a, b) => a.arrived - b.arrived)[0];
      const t = firstVisit && firstVisit.arrived >= from && firstVisit.arrived < to ? get(firstVisit.technicianId) : undefined;
      if (t && firstVisit) {
        t.firstVisits += 1;
        if (job.visits.length === 1 && firstVisit.outcome === 'done' && !firstVisit.hasFollowUp) t.firstTimeFixes += 1;
      }
    }
  }
  const rows: TechnicianRow[] = ctx.technicians.map((t) => ({ technicianId: t.id, name: t.name, ...finish(tallies.get(t.id) ?? emptyTally()) }));
  const sum = emptyTally();
  for (const t of tallies.values()) for (const k of Object.keys(sum) as Array<keyof Tally>) sum[k] += t[k];
  return { rows, totals: finish(sum) };
}
