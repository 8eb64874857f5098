/** Report views of hand-made jobs, for the report tests. */
import { toReportJob, type ReportJob } from '../../../shared/reports/report-job';
import type { Job } from '../../../shared/schemas/job';
import { makeJob } from '../../support/factories';

let counter = 0;

/** A report view of `makeJob(overrides)`, with a fresh id and number unless given. */
export function reportJob(overrides: Partial<Job> = {}, opts: { archived?: boolean; clientName?: string } = {}): ReportJob {
  counter += 1;
  const job = makeJob({ id: `job-${counter}`, number: `J-${1000 + counter}`, ...overrides });
  return toReportJob(job, opts.clientName ?? 'Client One', opts.archived ?? false);
}

/** One history line. */
export function line(at: string, action: string, detail = ''): Job['history'][number] {
  return { at, by: 'dispatcher', action, detail };
}
