/** SLA compliance: response and resolution met rates by priority, client, tier and week, and the breaches. */
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf, mondayOf } from './shop-clock';
import { clockOutcome, type ClockOutcome } from './sla-outcome';
import { percent } from './stats';
import { MAX_LISTED, type BreachCause, type ReportMeta, type SlaBreach, type SlaGroup, type SlaRate, type SlaReport } from './types';

export type SlaContext = {
  /** The client's SLA tier now (id and name), or null for a client no longer in the directory. */
  tierOf(clientId: string): { id: string; name: string } | null;
};

type Tally = { jobs: number; rm: number; rmet: number; sm: number; smet: number };

const emptyTally = (): Tally => ({ jobs: 0, rm: 0, rmet: 0, sm: 0, smet: 0 });

function add(t: Tally, response: ClockOutcome, resolution: ClockOutcome): void {
  t.jobs += 1;
  if (response.measured) {
    t.rm += 1;
    if (response.met) t.rmet += 1;
  }
  if (resolution.measured) {
    t.sm += 1;
    if (resolution.met) t.smet += 1;
  }
}

function rate(t: Tally): SlaRate {
  return {
    jobs: t.jobs,
    responseMeasured: t.rm,
    responseMet: t.rmet,
    responsePercent: percent(t.rmet, t.rm),
    resolutionMeasured: t.sm,
    resolutionMet: t.smet,
    resolutionPercent: percent(t.smet, t.sm),
  };
}

/** SLA figures for jobs received in the range (cancelled jobs and jobs without SLA targets are not measured). */
export function slaReport(jobs: readonly ReportJob[], input: { from: string; to: string }, clock: ShopClock, now: number, ctx: SlaContext): Omit<SlaReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const overall = emptyTally();
  const byPriority = new Map<string, { label: string; t: Tally }>((['P1', 'P2', 'P3', 'P4'] as const).map((p) => [p, { label: p, t: emptyTally() }]));
  const byClient = new Map<string, { label: string; t: Tally }>();
  const byTier = new Map<string, { label: string; t: Tally }>();
  const byWeek = new Map<string, { label: string; t: Tally }>();
  for (let m = mondayOf(first); m <= last; m += 7) byWeek.set(dayKeyOfNumber(m), { label: dayKeyOfNumber(m), t: emptyTally() });
  const breaches: SlaBreach[] = [];
  const causes: Record<BreachCause, number> = { 'queued-too-long': 0, 'booked-late': 0, 'ran-over': 0 };
  const group = (map: Map<string, { label: string; t: Tally }>, key: string, label: string) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = { label, t: emptyTally() }));
    return g.t;
  };
  for (const job of jobs) {
    if (job.status === 'cancelled' || (job.responseDue === null && job.resolutionDue === null)) continue;
    const day = clock.dayOf(job.received);
    if (day < first || day > last) continue;
    const response = clockOutcome(job, 'response', now);
    const resolution = clockOutcome(job, 'resolution', now);
    const tier = ctx.tierOf(job.clientId);
    add(overall, response, resolution);
    add(group(byPriority, job.priority, job.priority), response, resolution);
    add(group(byClient, job.clientId, job.clientName), response, resolution);
    add(group(byTier, tier?.id ?? '', tier?.name ?? 'No tier (client removed)'), response, resolution);
    const week = dayKeyOfNumber(mondayOf(day));
    add(group(byWeek, week, week), response, resolution);
    for (const [kind, o] of [['response', response], ['resolution', resolution]] as const) {
      if (!o.measured || o.met) continue;
      causes[o.cause] += 1;
      breaches.push({
        jobId: job.id,
        number: job.number,
        title: job.title,
        clientName: job.clientName,
        priority: job.priority,
        tierId: tier?.id ?? null,
        kind,
        receivedAt: new Date(job.received).toISOString(),
        dueAt: new Date(o.dueAt).toISOString(),
        doneAt: o.doneAt === null ? null : new Date(o.doneAt).toISOString(),
        lateMinutes: Math.round(o.lateMs / 60_000),
        cause: o.cause,
        causeDetail: o.detail,
        archived: job.archived,
      });
    }
  }
  const rows = (map: Map<string, { label: string; t: Tally }>): SlaGroup[] => [...map.entries()].map(([key, g]) => ({ key, label: g.label, ...rate(g.t) }));
  const byName = (a: SlaGroup, b: SlaGroup) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
  return {
    overall: rate(overall),
    byPriority: rows(byPriority),
    byClient: rows(byClient).sort(byName),
    byTier: rows(byTier).sort(byName),
    byWeek: rows(byWeek),
    breaches: breaches.sort((a, b) => b.lateMinutes - a.lateMinutes || a.number.localeCompare(b.number)).slice(0, MAX_LISTED),
    breachesNotListed: Math.max(0, breaches.length - MAX_LISTED),
    causes,
  };
}
