/**
 * Publishes `jobs:changed` as a delta: the touched jobs as they are on disk now, numbered so that
 * views can tell when they missed one. Every service that changes jobs announces through here.
 */
import type { Job } from '../../../../shared/schemas/job';
import type { EventBus } from '../../ports';
import type { ServiceContext } from '../context';

// The last delta number each bus published. Keyed by the bus (one per core) so services need no
// shared object of their own and a test's fresh core starts from 0.
const lastPublished = new WeakMap<EventBus, number>();

/**
 * Announce that `ids` changed in the commit numbered `revision`. The jobs are read from the store
 * at this moment (durable state, never older than that commit), so a delta never takes a job back
 * to an earlier version. A delta announced later than a newer commit's (intake batches its
 * announcements) takes a fresh number, so deltas always go out in rising order.
 */
export function publishJobs(ctx: Pick<ServiceContext, 'store' | 'events' | 'revision'>, revision: number, ids: readonly string[]): void {
  const previous = lastPublished.get(ctx.events) ?? 0;
  const number = revision > previous ? revision : ctx.revision.next();
  lastPublished.set(ctx.events, number);
  const wanted = new Set(ids);
  const jobs: Job[] = [];
  for (const job of ctx.store.read().jobs) if (wanted.has(job.id)) jobs.push(job);
  const found = new Set(jobs.map((j) => j.id));
  const removed = ids.filter((id) => !found.has(id));
  ctx.events.publish('jobs:changed', { revision: number, previous, ids: [...ids], jobs, removed });
}
