/**
 * Look-ups by external reference and by number over a job list, built once per list. The store's
 * states are frozen and shared, so the list a burst of intake requests reads (`read().jobs`, or the
 * `base` of one batch's mutation) is the same array for all of them: one pass indexes it, where a
 * search per request made every request cost a pass over thousands of jobs.
 */
import type { Job } from '../../../../shared/schemas/job';

export type JobIndex = { byRef: ReadonlyMap<string, Job>; numbers: ReadonlySet<string> };

const cache = new WeakMap<readonly Job[], JobIndex>();

function build(jobs: readonly Job[]): JobIndex {
  const byRef = new Map<string, Job>();
  const numbers = new Set<string>();
  for (const job of jobs) {
    if (job.externalRef !== null && !byRef.has(job.externalRef)) byRef.set(job.externalRef, job);
    numbers.add(job.number);
  }
  return { byRef, numbers };
}

/** The index of `jobs`; kept for a frozen list (it cannot change), built afresh for any other. */
export function indexJobs(jobs: readonly Job[]): JobIndex {
  if (!Object.isFrozen(jobs)) return build(jobs);
  let index = cache.get(jobs);
  if (!index) {
    index = build(jobs);
    cache.set(jobs, index);
  }
  return index;
}
