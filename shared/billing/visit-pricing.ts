/**
 * What one visit costs under a client's contract: labour, billable travel and each part, as lines
 * ready to freeze into a billing batch. Pure; the rules are explained with worked examples in
 * docs/billing.md.
 */
import type { BillingLine } from '../schemas/billing';
import type { Contract } from '../schemas/contract';
import type { Job } from '../schemas/job';
import type { Visit } from '../schemas/visit';
import { dayOf } from '../domain/jobs';
import { divideRounded, formatMinutes, lineAmount, taxOf } from './money';
import { billableTime, visitTime } from './visit-time';
import type { TierHours } from './visit-time';

/** A line before it is frozen: no id yet, reversing nothing. */
export type DraftLine = Omit<BillingLine, 'id' | 'creditOfLineId'>;

export type PricedVisit = {
  visitId: string;
  jobId: string;
  jobNumber: string;
  day: string;
  arrivedAt: string;
  lines: DraftLine[];
  netMinor: number;
  taxMinor: number;
  /** Minutes drawn from a block-hours balance (0 for other contracts). */
  blockMinutes: number;
};

export type PricingContext = {
  timeZone: string;
  tier: TierHours;
  taxRateBasisPoints: number;
  technicianName(id: string): string;
};

type PricedJob = Pick<Job, 'id' | 'number' | 'category' | 'externalRef'>;

/** Labour at `rate` per hour: normal minutes at 100 %, after-hours minutes at `percent`. */
export function labourAmount(minutes: number, afterHoursMinutes: number, rateMinor: number, percent: number): number {
  const normal = minutes - afterHoursMinutes;
  return divideRounded(normal * rateMinor * 100 + afterHoursMinutes * rateMinor * percent, 6000);
}

/** Minutes drawn from a block: after-hours minutes count at the after-hours factor. */
export function blockDraw(minutes: number, afterHoursMinutes: number, percent: number): number {
  return divideRounded((minutes - afterHoursMinutes) * 100 + afterHoursMinutes * percent, 100);
}

/** Price one visit of `job` under `contract` (see the module comment). */
export function priceVisit(job: PricedJob, visit: Visit, contract: Contract, ctx: PricingContext): PricedVisit {
  const day = dayOf(new Date(visit.arrivedAt), ctx.timeZone);
  const base = {
    visitId: visit.id,
    jobId: job.id,
    jobNumber: job.number,
    day,
    technicianId: visit.technicianId,
    technicianName: ctx.technicianName(visit.technicianId),
    clientReference: job.externalRef ?? '',
  };
  const line = (fields: Omit<DraftLine, keyof typeof base | 'taxMinor'>): DraftLine => ({
    ...base,
    ...fields,
    taxMinor: taxOf(fields.amountMinor, ctx.taxRateBasisPoints),
  });

  const included = contract.type === 'managed' && contract.includedCategories.includes(job.category);
  const time = billableTime(visitTime(visit.arrivedAt, visit.departedAt, ctx.tier, ctx.timeZone), contract.incrementMinutes);
  const afterNote = time.afterHoursMinutes > 0 ? `${formatMinutes(time.afterHoursMinutes)} after hours at ${contract.afterHoursPercent} %` : '';
  const lines: DraftLine[] = [];
  let blockMinutes = 0;

  if (included) {
    lines.push(line({ kind: 'labour', description: `Labour: ${job.number}`, minutes: time.minutes, afterHoursMinutes: time.afterHoursMinutes, blockMinutes: 0, quantity: 1, rateMinor: 0, amountMinor: 0, note: `Included in contract (${job.category})` }));
  } else if (contract.type === 'block-hours') {
    blockMinutes = blockDraw(time.minutes, time.afterHoursMinutes, contract.afterHoursPercent);
    const note = [`${formatMinutes(blockMinutes)} drawn from block hours`, afterNote].filter(Boolean).join('; ');
    lines.push(line({ kind: 'labour', description: `Labour: ${job.number}`, minutes: time.minutes, afterHoursMinutes: time.afterHoursMinutes, blockMinutes, quantity: 1, rateMinor: 0, amountMinor: 0, note }));
  } else {
    const worked = labourAmount(time.minutes, time.afterHoursMinutes, contract.hourlyRateMinor, contract.afterHoursPercent);
    const minimum = time.minutes > 0 && worked < contract.minimumChargeMinor;
    const note = [afterNote, minimum ? 'minimum charge' : ''].filter(Boolean).join('; ');
    lines.push(line({ kind: 'labour', description: `Labour: ${job.number}`, minutes: time.minutes, afterHoursMinutes: time.afterHoursMinutes, blockMinutes: 0, quantity: 1, rateMinor: contract.hourlyRateMinor, amountMinor: minimum ? contract.minimumChargeMinor : worked, note }));
  }

  if (contract.travelBillable && visit.travelMinutes > 0 && !included) {
    const amount = divideRounded(visit.travelMinutes * contract.travelRateMinor, 60);
    lines.push(line({ kind: 'travel', description: `Travel: ${job.number}`, minutes: visit.travelMinutes, afterHoursMinutes: 0, blockMinutes: 0, quantity: 1, rateMinor: contract.travelRateMinor, amountMinor: amount, note: '' }));
  }

  for (const part of visit.parts) {
    lines.push(line({ kind: 'part', description: part.description, minutes: 0, afterHoursMinutes: 0, blockMinutes: 0, quantity: part.quantity, rateMinor: part.unitPriceMinor, amountMinor: lineAmount(part.quantity, part.unitPriceMinor), note: '' }));
  }

  return {
    visitId: visit.id,
    jobId: job.id,
    jobNumber: job.number,
    day,
    arrivedAt: visit.arrivedAt,
    lines,
    netMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0),
    taxMinor: lines.reduce((sum, l) => sum + l.taxMinor, 0),
    blockMinutes,
  };
}
