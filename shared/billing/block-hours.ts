/**
 * Block hours: prepaid time bought in top-ups and drawn down by billable time. The balance counts
 * every visit: frozen lines of billing batches (a credit gives its minutes back) and visits not
 * billed yet, priced with today's contract, so the dispatcher sees what is really left before the
 * month is billed. Going below zero is allowed and flagged, never refused: the work was done.
 */
import type { BillingBatch } from '../schemas/billing';
import { batchLabel } from '../schemas/billing';
import type { BlockTopUp } from '../schemas/contract';
import type { PricedVisit } from './visit-pricing';

export type BlockEntry = {
  day: string;
  kind: 'top-up' | 'drawdown' | 'credit';
  /** Signed: top-ups and credits add, drawdowns subtract. */
  minutes: number;
  /** What the entry is: the top-up's note, or the job and batch. */
  description: string;
  /** Drawdowns: whether the visit is in a billing batch yet. */
  billed: boolean;
};

export type BlockStatement = {
  from: string;
  to: string;
  openingMinutes: number;
  entries: BlockEntry[];
  toppedUpMinutes: number;
  drawnMinutes: number;
  closingMinutes: number;
};

export type BlockLevel = 'ok' | 'low' | 'negative';

const ORDER: Record<BlockEntry['kind'], number> = { 'top-up': 0, credit: 1, drawdown: 2 };

/** Every movement of a client's block, oldest first (on one day: top-ups, then credits, then drawdowns). */
export function blockEntries(clientId: string, topUps: readonly BlockTopUp[], batches: readonly BillingBatch[], unbilled: readonly PricedVisit[]): BlockEntry[] {
  const entries: BlockEntry[] = topUps.map((t) => ({ day: t.day, kind: 'top-up', minutes: t.minutes, description: t.note || 'Hours bought', billed: true }));
  for (const batch of batches) {
    if (batch.clientId !== clientId) continue;
    for (const line of batch.lines) {
      if (line.blockMinutes === 0) continue;
      const credit = line.blockMinutes < 0;
      entries.push({ day: line.day, kind: credit ? 'credit' : 'drawdown', minutes: -line.blockMinutes, description: `${line.jobNumber} (${batchLabel(batch)})`, billed: true });
    }
  }
  for (const visit of unbilled) {
    if (visit.blockMinutes === 0) continue;
    entries.push({ day: visit.day, kind: 'drawdown', minutes: -visit.blockMinutes, description: `${visit.jobNumber} (not billed yet)`, billed: false });
  }
  return entries.sort((a, b) => a.day.localeCompare(b.day) || ORDER[a.kind] - ORDER[b.kind]);
}

/** Opening balance before `from`, the movements of [from, to] (shop days, inclusive) and the closing balance. */
export function blockStatement(entries: readonly BlockEntry[], from: string, to: string): BlockStatement {
  let openingMinutes = 0;
  let toppedUpMinutes = 0;
  let drawnMinutes = 0;
  const inPeriod: BlockEntry[] = [];
  for (const e of entries) {
    if (e.day < from) openingMinutes += e.minutes;
    else if (e.day <= to) {
      inPeriod.push(e);
      if (e.kind === 'top-up') toppedUpMinutes += e.minutes;
      else drawnMinutes -= e.minutes;
    }
  }
  return { from, to, openingMinutes, entries: inPeriod, toppedUpMinutes, drawnMinutes, closingMinutes: openingMinutes + toppedUpMinutes - drawnMinutes };
}

/** The balance now: every movement ever. */
export function blockBalance(entries: readonly BlockEntry[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/**
 * `negative` below zero; `low` at or under `warnPercent` of the latest top-up (the block in use:
 * 20 % of a 10-hour block is 2 hours), or with nothing bought at all; otherwise `ok`.
 * `warnPercent` 0 turns the low warning off.
 */
export function blockLevel(balanceMinutes: number, topUps: readonly Pick<BlockTopUp, 'minutes'>[], warnPercent: number): BlockLevel {
  if (balanceMinutes < 0) return 'negative';
  if (warnPercent === 0) return 'ok';
  const latest = topUps[topUps.length - 1];
  if (!latest) return 'low';
  return balanceMinutes * 100 <= latest.minutes * warnPercent ? 'low' : 'ok';
}
