/**
 * Pure helpers behind the queue table: shape jobs into rows once, order them most urgent first,
 * filter them by chips and text. Kept out of the component so they are unit-tested and cheap to memoise: shaping
 * runs when the data changes, ordering when the shared clock ticks, filtering as the user types.
 */
import { slaClocks } from '../../../../shared/domain/sla';
import type { Directory } from '../../../../shared/ipc/outputs';
import type { Priority } from '../../../../shared/schemas/common';
import type { Job } from '../../../../shared/schemas/job';

export type QueueRow = {
  id: string;
  job: Job;
  number: string;
  priority: Priority;
  clientName: string;
  title: string;
  skills: string;
  /** The zone of the job's site; '' without a site or zone. */
  zone: string;
  siteName: string;
  receivedAt: string;
  estimateMinutes: number;
  /** Lower-cased text the filter box searches. */
  searchText: string;
};

export function toQueueRows(jobs: readonly Job[], directory: Directory | null): QueueRow[] {
  const clients = new Map(directory?.clients.map((c) => [c.id, c.name]));
  const sites = new Map(directory?.sites.map((s) => [s.id, s]));
  return jobs.map((job) => {
    const site = job.siteId ? sites.get(job.siteId) : undefined;
    const clientName = clients.get(job.clientId) ?? '';
    const skills = job.requiredSkills.join(', ');
    const zone = site?.zone ?? '';
    const siteName = site?.name ?? '';
    return {
      id: job.id,
      job,
      number: job.number,
      priority: job.priority,
      clientName,
      title: job.title,
      skills,
      zone,
      siteName,
      receivedAt: job.receivedAt,
      estimateMinutes: job.estimateMinutes,
      searchText: [job.number, job.priority, clientName, job.title, skills, zone, siteName, job.externalRef ?? '', job.maintenance ? 'maintenance' : '']
        .join('\n')
        .toLowerCase(),
    };
  });
}

/** The worst state among a job's running SLA clocks; `none` when no clock runs. */
export type RowSlaState = 'breached' | 'at-risk' | 'ok' | 'none';

/** A row with its SLA sort key and state at a given moment. */
export type RankedRow = QueueRow & { risk: number; slaState: RowSlaState };

/** The default order, as written next to the queue's order control. */
export const MOST_URGENT_RULE = 'Breached first, then P1, then least time left';

// One collator for every comparison: `localeCompare` with options builds one per call.
const byNumber = new Intl.Collator('en', { numeric: true });
const PRIORITY_RANK: Readonly<Record<Priority, number>> = { P1: 0, P2: 1, P3: 2, P4: 3 };

/** Sort key and state from one reading of the clocks (the key is the domain's `slaRisk`). */
function rankOf(job: Job, now: Date): { risk: number; slaState: RowSlaState } {
  const { response, resolution } = slaClocks(job, now);
  const states = [response?.state, resolution?.state];
  const slaState: RowSlaState = states.includes('breached') ? 'breached' : states.includes('at-risk') ? 'at-risk' : response || resolution ? 'ok' : 'none';
  const left = Math.min(response?.minutesLeft ?? Infinity, resolution?.minutesLeft ?? Infinity);
  return { risk: left === Infinity ? Infinity : left + PRIORITY_RANK[job.priority] / 10, slaState };
}

/** 0 = breached, 1 = P1 not breached, 2 = everything else. */
const tier = (row: RankedRow): number => (row.slaState === 'breached' ? 0 : row.priority === 'P1' ? 1 : 2);

/**
 * The queue's default order, "most urgent first" as a dispatcher means it: every breached job
 * first (most overdue first, whatever its priority: it is already late), then every P1 that is not
 * breached (a P1 with hours left still goes before a P3 at risk), then everything else; within
 * each group least SLA time left first (jobs without a running clock last), then priority, then
 * job number, so the order is total. The risk is computed once per row, not per comparison, which
 * keeps 10,000 rows quick.
 */
export function rankMostUrgent(rows: readonly QueueRow[], now: Date): RankedRow[] {
  const ranked = rows.map((row) => ({ ...row, ...rankOf(row.job, now) }));
  return ranked.sort((a, b) => {
    const t = tier(a) - tier(b);
    if (t !== 0) return t;
    if (a.risk !== b.risk) return a.risk < b.risk ? -1 : 1;
    return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || byNumber.compare(a.number, b.number);
  });
}

/** The quick filter chips above the queue. */
export type QueueChips = {
  p1: boolean;
  breached: boolean;
  atRisk: boolean;
  /** A zone name, or null for any. */
  zone: string | null;
  /** A skill, or null for any. */
  skill: string | null;
  /** Exactly these jobs (from the banner's "and N more"), or null. */
  onlyIds: ReadonlySet<string> | null;
};

export const NO_CHIPS: QueueChips = { p1: false, breached: false, atRisk: false, zone: null, skill: null, onlyIds: null };

/**
 * Rows the chips keep. Chips of different kinds combine (P1 and North: P1 jobs in North); the two
 * SLA chips are one group (Breached or At risk), since a job is never both. No chip set keeps the
 * same array.
 */
export function applyChips<R extends RankedRow>(rows: R[], chips: QueueChips): R[] {
  const { p1, breached, atRisk, zone, skill, onlyIds } = chips;
  if (!p1 && !breached && !atRisk && zone === null && skill === null && onlyIds === null) return rows;
  return rows.filter(
    (r) =>
      (!p1 || r.priority === 'P1') &&
      (!(breached || atRisk) || (breached && r.slaState === 'breached') || (atRisk && r.slaState === 'at-risk')) &&
      (zone === null || r.zone === zone) &&
      (skill === null || r.job.requiredSkills.includes(skill)) &&
      (onlyIds === null || onlyIds.has(r.id)),
  );
}

/** The distinct zones and skills among `rows`, sorted, for the Zone and Skill chips. */
export function chipChoices(rows: readonly QueueRow[]): { zones: string[]; skills: string[] } {
  const zones = new Set<string>();
  const skills = new Set<string>();
  for (const r of rows) {
    if (r.zone) zones.add(r.zone);
    for (const s of r.job.requiredSkills) skills.add(s);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, 'en'));
  return { zones: sorted(zones), skills: sorted(skills) };
}

/**
 * Rows matching every word of `query` (case-insensitive) in any column: "p1 north" finds P1 jobs
 * in zone North. An empty query keeps all rows (the same array, so nothing re-renders).
 */
export function filterRows<R extends QueueRow>(rows: R[], query: string): R[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((w) => row.searchText.includes(w)));
}

/**
 * `filterRows` for a filter box, remembering its last answer: while the dispatcher keeps typing
 * (the new text starts with the last one, lower-cased) on the same rows, every word of the new
 * text contains a word of the last, so its matches are among the last matches, in the same order:
 * only those are searched again, not all 10,000 rows. Other changes search every row.
 */
export function narrowingFilter<R extends QueueRow>(): (rows: R[], query: string) => R[] {
  let last: { rows: R[]; query: string; result: R[] } | null = null;
  return (rows, query) => {
    const lower = query.toLowerCase();
    const from = last !== null && last.rows === rows && lower.startsWith(last.query) ? last.result : rows;
    const result = filterRows(from, query);
    last = { rows, query: lower, result };
    return result;
  };
}
