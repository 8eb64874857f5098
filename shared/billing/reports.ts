/** What the billing channels answer with: views built from the document, never stored. */
import type { BillingBatch } from '../schemas/billing';
import type { Client } from '../schemas/client';
import type { ContractType } from '../schemas/contract';
import type { BlockLevel, BlockStatement } from './block-hours';
import type { BillingTotals, UnbilledWork } from './unbilled';

export type BillingCurrency = { currency: string; taxRateBasisPoints: number };

/** One client's unbilled work in the period, for the overview. */
export type UnbilledClientRow = BillingTotals & { clientId: string; clientName: string; contractType: ContractType; visits: number };

export type BillingOverview = BillingCurrency & { from: string; to: string; clients: UnbilledClientRow[]; totals: BillingTotals };

/** A batch without its lines, for lists. */
export type BatchSummary = Omit<BillingBatch, 'lines'> & { lineCount: number };

export type BlockSummary = { balanceMinutes: number; level: BlockLevel; warnPercent: number };

export type ClientBilling = BillingCurrency & {
  client: Client;
  from: string;
  to: string;
  unbilled: UnbilledWork;
  /** Every batch of the client, newest first. */
  batches: BatchSummary[];
  /** Block-hours clients only. */
  block: (BlockSummary & { statement: BlockStatement }) | null;
};

/** What the job panel shows about the client's contract. */
export type ClientBillingStatus = { contractType: ContractType; block: BlockSummary | null };

/** A printable statement: the client's batches in the period, and its block hours. */
export type BillingStatement = BillingCurrency & {
  shopTimeZone: string;
  client: Pick<Client, 'id' | 'name'>;
  from: string;
  to: string;
  batches: BillingBatch[];
  totals: { netMinor: number; taxMinor: number; grossMinor: number };
  block: (BlockSummary & { statement: BlockStatement }) | null;
};
