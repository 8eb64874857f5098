/** Unbilled work of one client for a period, priced with its contract as it stands today. */
import type { Client } from '../schemas/client';
import type { Job } from '../schemas/job';
import type { Visit } from '../schemas/visit';
import { dayOf } from '../domain/jobs';
import { priceVisit } from './visit-pricing';
import type { PricedVisit, PricingContext } from './visit-pricing';

export type BillingTotals = { netMinor: number; taxMinor: number; grossMinor: number; blockMinutes: number };

export type UnbilledWork = BillingTotals & { visits: PricedVisit[] };

type BillableJob = Pick<Job, 'id' | 'number' | 'category' | 'externalRef' | 'clientId'> & { visits: readonly Visit[] };

/** Sum of the priced visits' lines. */
export function totalsOf(visits: readonly Pick<PricedVisit, 'netMinor' | 'taxMinor' | 'blockMinutes'>[]): BillingTotals {
  let netMinor = 0;
  let taxMinor = 0;
  let blockMinutes = 0;
  for (const v of visits) {
    netMinor += v.netMinor;
    taxMinor += v.taxMinor;
    blockMinutes += v.blockMinutes;
  }
  return { netMinor, taxMinor, grossMinor: netMinor + taxMinor, blockMinutes };
}

/**
 * Every visit of the client's jobs not yet in a batch whose arrival falls on a shop day in
 * [from, to] (inclusive), oldest first (ties by job number), each priced with its lines.
 */
export function unbilledWork(jobs: readonly BillableJob[], client: Pick<Client, 'id' | 'contract'>, from: string, to: string, ctx: PricingContext): UnbilledWork {
  const visits: PricedVisit[] = [];
  for (const job of jobs) {
    if (job.clientId !== client.id) continue;
    for (const visit of job.visits) {
      if (visit.billedBatchId !== null) continue;
      const day = dayOf(new Date(visit.arrivedAt), ctx.timeZone);
      if (day < from || day > to) continue;
      visits.push(priceVisit(job, visit, client.contract, ctx));
    }
  }
  visits.sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) || a.jobNumber.localeCompare(b.jobNumber));
  return { visits, ...totalsOf(visits) };
}
