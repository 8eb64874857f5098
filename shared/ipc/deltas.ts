/**
 * What `jobs:changed` carries: the changed jobs themselves, so an open view applies them without
 * refetching the queue or the board. Deltas are numbered: `revision` rises with every one, and
 * `previous` names the one before, so a view that missed one (event socket down, laptop asleep)
 * sees the gap and resynchronises once from a snapshot (`queue:list`, `board:range`).
 */
import type { Job } from '../schemas/job';

export type JobsDelta = {
  /** Rises strictly from one `jobs:changed` to the next. */
  revision: number;
  /** The `revision` of the `jobs:changed` published before this one (0 for the host's first). */
  previous: number;
  /** Every job the change touched. */
  ids: string[];
  /** The durable state of each touched job still in the active file. */
  jobs: Job[];
  /** Touched jobs that left the active file (archived). */
  removed: string[];
};

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');
const isJobLike = (v: unknown): v is Job =>
  typeof v === 'object' && v !== null && typeof (v as Job).id === 'string' && isCount((v as Job).revision);

/**
 * The push payload if it has the delta's shape, else null (the view then resynchronises). A cheap
 * structural check, not a full schema parse: an intake burst carries a thousand jobs, and the
 * payload comes from our own host over an authenticated channel; what it guards against is a host
 * and a page of different versions.
 */
export function parseJobsDelta(payload: unknown): JobsDelta | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (!isCount(p.revision) || !isCount(p.previous) || p.revision <= p.previous) return null;
  if (!isIdList(p.ids) || !isIdList(p.removed)) return null;
  if (!Array.isArray(p.jobs) || !p.jobs.every(isJobLike)) return null;
  return { revision: p.revision, previous: p.previous, ids: p.ids, jobs: p.jobs, removed: p.removed };
}
