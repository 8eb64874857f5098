/**
 * Job history lines live one per row in `job_history`. A change to a job normally only adds lines
 * (services keep the earlier entries as they were), so only the new ones are inserted; a history
 * that was rewritten (not a continuation of the stored one) is replaced whole.
 */
import type pg from 'pg';
import type { HistoryEntry, Job } from '../../../shared/schemas/job';

export type HistoryPlan = { reset: boolean; from: number; lines: readonly HistoryEntry[] };

/** Which lines to write for `after`, given the stored `before` (undefined: a new job). */
export function historyPlan(before: Job | undefined, after: Job): HistoryPlan {
  if (!before) return { reset: false, from: 0, lines: after.history };
  if (before.history === after.history) return { reset: false, from: 0, lines: [] };
  const old = before.history;
  const continues = after.history.length >= old.length && old.every((entry, i) => sameEntry(entry, after.history[i]));
  if (continues) return { reset: false, from: old.length, lines: after.history.slice(old.length) };
  return { reset: true, from: 0, lines: after.history };
}

function sameEntry(a: HistoryEntry, b: HistoryEntry | undefined): boolean {
  if (a === b) return true;
  if (!b) return false;
  return a.at === b.at && a.by === b.by && a.action === b.action && a.detail === b.detail && a.revision === b.revision;
}

/** Write the planned lines of job `jobId` (inside the caller's transaction). */
export async function writeHistory(client: pg.ClientBase, jobId: string, plan: HistoryPlan): Promise<void> {
  if (plan.reset) await client.query('DELETE FROM job_history WHERE job_id = $1', [jobId]);
  if (plan.lines.length === 0) return;
  await client.query(
    `INSERT INTO job_history (job_id, line, entry)
     SELECT $1, $2::int + (x.ord::int) - 1, x.value FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(value, ord)`,
    [jobId, plan.from, JSON.stringify(plan.lines)],
  );
}
