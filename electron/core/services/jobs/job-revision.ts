/**
 * Job revisions: every change to a job adds exactly one to its `revision`, and a caller that says
 * which revision it last saw (`expectedRevision`) is refused with CONFLICT, naming what changed,
 * instead of silently overwriting a newer version (a stale job panel, a second window, intake).
 */
import { formatHm } from '../../../../shared/domain/zoned-time';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { HistoryEntry, Job } from '../../../../shared/schemas/job';
import { conflict } from '../errors';
import { clip } from './format';

/** Changes named in a refusal, newest first; older ones are counted. */
const MAX_SHOWN = 2;

/**
 * Put `updated` in place of the job at `index` as one change: its revision becomes the stored
 * job's plus one, and the history entries the change added carry that revision. Returns what was
 * stored. Every service path that changes an existing job goes through here.
 */
export function saveJob(doc: DispatchDocument, index: number, updated: Job): Job {
  const before = doc.jobs[index];
  if (!before) throw new Error(`no job at index ${index}`);
  const revision = before.revision + 1;
  const known = before.history.length;
  const history = updated.history.map((entry, i) => (i < known ? entry : { ...entry, revision }));
  const saved: Job = { ...updated, revision, history };
  doc.jobs[index] = saved;
  return saved;
}

/** `status scheduled → on hold: waiting for parts, by intake:api at 10:02`. */
function describeEntry(entry: HistoryEntry, timeZone: string): string {
  const what = entry.action === 'status' ? `status ${entry.detail}` : entry.detail;
  return `${clip(what, 120)}, by ${entry.by} at ${formatHm(new Date(entry.at), timeZone)}`;
}

/**
 * Refuse (CONFLICT, nothing changed) when the caller saw an older (or unknown) revision of `job`.
 * The message lists the changes made since, newest first, from the job's history. Without
 * `expected` the caller asked for last-write-wins, so anything goes.
 */
export function assertRevision(doc: DispatchDocument, job: Job, expected: number | undefined, outcome = 'nothing was saved'): void {
  if (expected === undefined || expected === job.revision) return;
  // One line per change: its first history entry says what it was (a status change may add an
  // "SLA clock paused" line after it).
  const firstOfEach = new Map<number, HistoryEntry>();
  for (const e of job.history) if (e.revision !== undefined && e.revision > expected && !firstOfEach.has(e.revision)) firstOfEach.set(e.revision, e);
  const since = [...firstOfEach.values()].reverse();
  const shown = since.slice(0, MAX_SHOWN).map((e) => describeEntry(e, doc.settings.timeZone));
  const more = since.length - MAX_SHOWN;
  if (more > 0) shown.push(`and ${more} earlier ${more === 1 ? 'change' : 'changes'}`);
  const what = shown.length > 0 ? ` (${shown.join('; ')})` : '';
  throw conflict(`${job.number} was changed since you last saw it${what}; ${outcome}. Reload to see the current job.`, {
    jobId: job.id,
    revision: job.revision,
  });
}
