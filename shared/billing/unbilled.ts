/** Unbilled work of one client for a period, priced with its contract as it stands today. */
import type { Client } from '../schemas/client';
import type { Job } from '../schemas/job';
import type { Visit } from '../schemas/visit';
import { priceVisit } from './visit-pricing';
import type { PricedVisit, PricingContext } from './visit-pricing';

/** How one visit is priced; the service passes a cached {@link priceVisit}. */
export type PriceVisit = (job: BillableJob, visit: Visit) => PricedVisit;

/** `YYYY-MM-DD` moved by `n` days (UTC calendar arithmetic on a day key). */
function shiftDayKey(day: string, n: number): string {
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString();
  // Past year 0000 or 9999 the ISO text gains a sign and stops sorting as text: keep the far end as it is.
  return /^\d{4}-/.test(shifted) ? shifted.slice(0, 10) : day;
}

export type BillingTotals = { netMinor: number; taxMinor: number; grossMinor: number; blockMinutes: number };

export type UnbilledWork = BillingTotals & { visits: PricedVisit[] };

export type BillableJob = Pick<Job, 'id' | 'number' | 'category' | 'externalRef' | 'clientId'> & { visits: readonly Visit[] };

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
export function unbilledWork(
  jobs: readonly BillableJob[],
  client: Pick<Client, 'id' | 'contract'>,
  from: string,
  to: string,
  ctx: PricingContext,
  price: PriceVisit = (job, visit) => priceVisit(job, visit, client.contract, ctx),
): UnbilledWork {
  // A shop day lies within a day either side of the UTC day, so most visits are ruled out by comparing text.
  const roughFrom = shiftDayKey(from, -1);
  const roughTo = shiftDayKey(to, 2);
  const visits: PricedVisit[] = [];
  for (const job of jobs) {
    if (job.clientId !== client.id) continue;
    for (const visit of job.visits) {
      if (visit.billedBatchId !== null || visit.arrivedAt < roughFrom || visit.arrivedAt >= roughTo) continue;
      // The priced visit carries its shop day (and a cached price costs nothing to ask again).
      const pricedVisit = price(job, visit);
      if (pricedVisit.day < from || pricedVisit.day > to) continue;
      visits.push(pricedVisit);
    }
  }
  visits.sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) || a.jobNumber.localeCompare(b.jobNumber));
  return { visits, ...totalsOf(visits) };
}
