/** Recording a job's first response when it is given without a visit (phone, remote session). */
import { awaitsResponse } from '../../../../shared/domain/sla';
import { formatHm } from '../../../../shared/domain/zoned-time';
import type { JobRespond } from '../../../../shared/schemas/inputs';
import type { Job } from '../../../../shared/schemas/job';
import { conflict } from '../errors';
import { historyEntry } from './job-records';
import type { ChangeMeta } from './job-records';

const HOW: Record<JobRespond['how'], string> = { phone: 'by phone', 'remote-session': 'by remote session' };

/**
 * The job with its response recorded at `meta.at` and a `responded` history line. CONFLICT when
 * no response is owed any more (already responded, en route, on site, finished): the first
 * response is a fact that happened once.
 */
export function recordResponse(job: Job, how: JobRespond['how'], meta: ChangeMeta, timeZone: string): Job {
  if (!awaitsResponse(job)) {
    const when = job.respondedAt ? ` at ${formatHm(new Date(job.respondedAt), timeZone)}` : '';
    throw conflict(`${job.number} needs no response now: it already had one${when} or is no longer open.`);
  }
  return {
    ...job,
    respondedAt: meta.at.toISOString(),
    history: [...job.history, historyEntry(meta, 'responded', `Responded remotely (${HOW[how]}); the response clock stopped.`)],
    updatedAt: meta.at.toISOString(),
  };
}
