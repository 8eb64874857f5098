/**
 * The reports over the benchmark shop's history (100,000 finished jobs in monthly archive files),
 * each for the year up to the pinned day, through the real path: HTTP → host → core → archive
 * months → shared/reports. The first call reads and caches every month file of the year; every
 * report after it (and every repetition) is timed with the months in memory, as a dispatcher
 * switching between reports sees them.
 */
import { dayOf } from '../../shared/domain/jobs';
import type { RunningHost } from './host-bench';
import type { Row } from './report';
import { repeat, summarize, type Summary } from './stats';

export const REPORT_CHANNELS = ['reports:demand', 'reports:sla', 'reports:backlog', 'reports:technicians', 'reports:balance', 'reports:repeats', 'reports:income'] as const;

export type ReportsResults = {
  range: { from: string; to: string };
  /** The first report of the run: reads and caches the year's month files. */
  cold: Summary;
  coldJobs: { active: number; archived: number };
  warm: Record<(typeof REPORT_CHANNELS)[number], Summary>;
};

/** The year (365 shop days) ending the day before `now`. */
export function benchRange(now: Date, timeZone: string): { from: string; to: string } {
  const to = dayOf(new Date(now.getTime() - 86_400_000), timeZone);
  const from = dayOf(new Date(now.getTime() - 365 * 86_400_000), timeZone);
  return { from, to };
}

async function timed(host: RunningHost, channel: string, input: unknown): Promise<{ ms: number; value: { jobsRead?: { active: number; archived: number } } }> {
  const t = performance.now();
  const r = await host.invoke<{ jobsRead?: { active: number; archived: number } }>(channel, input);
  const ms = performance.now() - t;
  if (!r.ok || !r.value) throw new Error(`${channel} failed: ${r.error?.message ?? 'no value'}`);
  return { ms, value: r.value };
}

export async function benchReports(host: RunningHost, opts: { timeZone: string; reps: number }): Promise<ReportsResults> {
  const range = benchRange(host.now(), opts.timeZone);
  const first = await timed(host, 'reports:sla', range);
  const warm = {} as ReportsResults['warm'];
  for (const channel of REPORT_CHANNELS) warm[channel] = await repeat(opts.reps, async () => (await timed(host, channel, range)).ms);
  return { range, cold: summarize([first.ms]), coldJobs: first.value.jobsRead ?? { active: 0, archived: 0 }, warm };
}

const NAMES: Record<(typeof REPORT_CHANNELS)[number], string> = {
  'reports:demand': 'demand and peaks',
  'reports:sla': 'SLA compliance',
  'reports:backlog': 'backlog',
  'reports:technicians': 'technicians',
  'reports:balance': 'work-life balance',
  'reports:repeats': 'repeat problems',
  'reports:income': 'income',
};

export function reportRows(r: ReportsResults): Row[] {
  const budget = { limit: 1000, on: 'median', kind: 'max', text: '< 1 s' } as const;
  const jobs = (r.coldJobs.archived + r.coldJobs.active).toLocaleString('en-GB');
  return [
    {
      measure: `Report, first of the run (${jobs} jobs of a year, months read from disk)`,
      value: r.cold,
      unit: 'ms',
      // The same budget: the first report a dispatcher opens after a start is a report too.
      budget,
      note: `${r.range.from} to ${r.range.to}, SLA compliance over HTTP; reads, checks and caches every archive month of the year`,
    },
    ...REPORT_CHANNELS.map((c): Row => ({ measure: `Report: ${NAMES[c]}, one year (${jobs} jobs)`, value: r.warm[c], unit: 'ms', budget, note: 'over HTTP, archive months cached' })),
  ];
}
