/**
 * Reading billing out of the document: pricing context per client, unbilled work, block hours.
 * Pure functions of one document, shared by the billing service's queries and its mutations (which
 * re-price inside the commit, from the document as it is then).
 */
import { blockBalance, blockEntries, blockLevel, blockStatement } from '../../../../shared/billing/block-hours';
import { unbilledWork } from '../../../../shared/billing/unbilled';
import type { PriceVisit } from '../../../../shared/billing/unbilled';
import { priceVisit } from '../../../../shared/billing/visit-pricing';
import type { UnbilledWork } from '../../../../shared/billing/unbilled';
import type { PricedVisit, PricingContext } from '../../../../shared/billing/visit-pricing';
import type { BatchSummary, BlockSummary } from '../../../../shared/billing/reports';
import type { BlockStatement } from '../../../../shared/billing/block-hours';
import type { BillingBatch } from '../../../../shared/schemas/billing';
import type { Client } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { findRecord } from '../records';

/** The far ends of any period: "every visit ever" for balances. */
const ALL_FROM = '0000-01-01';
const ALL_TO = '9999-12-31';

/**
 * Pricing context for `client`: the shop's zone and tax, and its SLA tier's hours and holidays
 * (what is after hours). A tier that no longer exists has no business hours, so its time counts
 * as after hours until the client is given a tier again.
 */
export function pricingContext(doc: DispatchDocument, client: Client): PricingContext {
  const tier = doc.slaPolicies.find((p) => p.id === client.slaTier);
  const names = new Map(doc.technicians.map((t) => [t.id, t.name]));
  return {
    timeZone: doc.settings.timeZone,
    tier: { businessHours: tier?.businessHours ?? [], holidays: tier?.holidays ?? [] },
    taxRateBasisPoints: doc.settings.billing.taxRateBasisPoints,
    technicianName: (id) => names.get(id) ?? 'Former technician',
  };
}

type Cached = { job: object; contract: object; tier: object | undefined; billing: object; timeZone: string; technicians: object; priced: PricedVisit };

/**
 * Priced visits by visit record. The document's records are immutable and keep their identity
 * while unchanged, so a visit priced before is priced again only when it, its job, the contract,
 * the tier, the tax settings or the technicians changed: the Billing dialog refetches on every
 * job change, and re-pricing thousands of visits (time-zone arithmetic per visit) each time would
 * hold the host up during a peak.
 */
const priced = new WeakMap<object, Cached>();

function cachedPrice(doc: DispatchDocument, client: Client, ctx: PricingContext): PriceVisit {
  const tier = doc.slaPolicies.find((p) => p.id === client.slaTier);
  return (job, visit) => {
    const hit = priced.get(visit);
    if (
      hit &&
      hit.job === job &&
      hit.contract === client.contract &&
      hit.tier === tier &&
      hit.billing === doc.settings.billing &&
      hit.timeZone === doc.settings.timeZone &&
      hit.technicians === doc.technicians
    ) {
      return hit.priced;
    }
    const value = priceVisit(job, visit, client.contract, ctx);
    priced.set(visit, { job, contract: client.contract, tier, billing: doc.settings.billing, timeZone: doc.settings.timeZone, technicians: doc.technicians, priced: value });
    return value;
  };
}

export function findClient(doc: DispatchDocument, clientId: string): Client {
  return findRecord(doc.clients, clientId, 'client').record;
}

/** The client's unbilled visits with arrival in [from, to], priced with today's contract. */
export function clientUnbilled(doc: DispatchDocument, client: Client, from: string, to: string): UnbilledWork {
  const ctx = pricingContext(doc, client);
  return unbilledWork(doc.jobs, client, from, to, ctx, cachedPrice(doc, client, ctx));
}

/** Block hours of a block-hours client: balance, warning level, and the statement of [from, to]. */
export function clientBlock(doc: DispatchDocument, client: Client, from: string, to: string): (BlockSummary & { statement: BlockStatement }) | null {
  if (client.contract.type !== 'block-hours') return null;
  const pending = clientUnbilled(doc, client, ALL_FROM, ALL_TO).visits;
  const entries = blockEntries(client.id, client.blockTopUps, doc.billingBatches, pending);
  const balanceMinutes = blockBalance(entries);
  return {
    balanceMinutes,
    level: blockLevel(balanceMinutes, client.blockTopUps, client.contract.blockWarnPercent),
    warnPercent: client.contract.blockWarnPercent,
    statement: blockStatement(entries, from, to),
  };
}

export function summarise(batch: BillingBatch): BatchSummary {
  const { lines, ...rest } = batch;
  return { ...rest, lineCount: lines.length };
}
