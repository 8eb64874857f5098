import { isObj, withJobFields, type Obj } from './job-fields';
import type { Migration } from './types';

/** A status history line that took the job en route or on site: `dispatched → en route`. */
const RESPONDING_STATUS = /→ (en route|on site)(:|$)/;

/** The instant of the job's first en-route/on-site status line, or null. */
function firstResponse(history: unknown): string | null {
  if (!Array.isArray(history)) return null;
  const times = history
    .filter((e): e is Obj => isObj(e) && e.action === 'status' && typeof e.detail === 'string' && RESPONDING_STATUS.test(e.detail))
    .map((e) => e.at)
    .filter((at): at is string => typeof at === 'string')
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
}

/**
 * Version 4 gives every job `respondedAt`: when the customer first got a response. Until now a
 * job counted as responded as soon as it was booked, which hid late responses; from now on only
 * going en route or on site, or a recorded remote response, stops the response clock. Existing
 * jobs take the time of their first en-route/on-site status change, if their history has one,
 * else null (still owed).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'job-responded-at',
  up: (data) => withJobFields(data, 4, (job) => ({ ...job, respondedAt: firstResponse(job.history) })),
};
