/** Freezing priced visits into a numbered batch, and reversing a batch with a credit batch. Pure. */
import type { BillingBatch, BillingLine } from '../schemas/billing';
import type { Visit } from '../schemas/visit';
import type { PricedVisit } from './visit-pricing';

export type BatchMeta = {
  id: string;
  number: number;
  clientId: string;
  clientName: string;
  periodFrom: string;
  periodTo: string;
  currency: string;
  taxRateBasisPoints: number;
  note: string;
  createdAt: string;
};

function totals(lines: readonly BillingLine[]): Pick<BillingBatch, 'netMinor' | 'taxMinor' | 'grossMinor'> {
  const netMinor = lines.reduce((s, l) => s + l.amountMinor, 0);
  const taxMinor = lines.reduce((s, l) => s + l.taxMinor, 0);
  return { netMinor, taxMinor, grossMinor: netMinor + taxMinor };
}

/** An invoice batch holding every line of `visits`, each with a new id; totals are the sums of the lines. */
export function buildBatch(visits: readonly PricedVisit[], meta: BatchMeta, newId: () => string): BillingBatch {
  const lines = visits.flatMap((v) => v.lines.map((l): BillingLine => ({ ...l, id: newId(), creditOfLineId: null })));
  return { ...meta, kind: 'invoice', lines, ...totals(lines), creditOf: null, creditedBy: null };
}

/**
 * A credit batch reversing every line of `original`: the same figures negated, each pointing at the
 * line it reverses, so the two batches sum to nothing and the books show both.
 */
export function buildCredit(original: BillingBatch, meta: Omit<BatchMeta, 'clientId' | 'clientName' | 'periodFrom' | 'periodTo' | 'currency' | 'taxRateBasisPoints'>, newId: () => string): BillingBatch {
  const negate = (n: number) => (n === 0 ? 0 : -n);
  const lines = original.lines.map(
    (l): BillingLine => ({
      ...l,
      id: newId(),
      minutes: negate(l.minutes),
      afterHoursMinutes: negate(l.afterHoursMinutes),
      blockMinutes: negate(l.blockMinutes),
      quantity: negate(l.quantity),
      amountMinor: negate(l.amountMinor),
      taxMinor: negate(l.taxMinor),
      creditOfLineId: l.id,
    }),
  );
  return {
    ...meta,
    clientId: original.clientId,
    clientName: original.clientName,
    periodFrom: original.periodFrom,
    periodTo: original.periodTo,
    currency: original.currency,
    taxRateBasisPoints: original.taxRateBasisPoints,
    kind: 'credit',
    lines,
    ...totals(lines),
    creditOf: original.id,
    creditedBy: null,
  };
}

/** A visit in a batch is frozen: its times, travel and parts must not change any more. */
export function isVisitBilled(visit: Pick<Visit, 'billedBatchId'>): boolean {
  return visit.billedBatchId !== null;
}
