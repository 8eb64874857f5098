/**
 * Income: what was billed (batches, less credits) and what is still unbilled (visits not in a batch,
 * priced with today's contract), by month and client, and the block-hours balances.
 */
import type { BillingBatch } from '../schemas/billing';
import type { ContractType } from '../schemas/contract';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf } from './shop-clock';
import type { BlockBalanceRow, IncomeClient, IncomeMonth, IncomeReport, ReportMeta } from './types';

export type UnbilledClient = {
  clientId: string;
  clientName: string;
  contractType: ContractType | null;
  /** The client's unbilled visits in the range: shop day and net price. */
  visits: ReadonlyArray<{ day: string; netMinor: number }>;
};

export type IncomeContext = {
  currency: string;
  batches: readonly BillingBatch[];
  unbilled: readonly UnbilledClient[];
  blockHours: readonly BlockBalanceRow[];
  /** Contract type of a client still in the directory. */
  contractOf(clientId: string): ContractType | null;
};

/** Every `YYYY-MM` from the month of `from` to the month of `to`. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    out.push(key);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

export function incomeReport(input: { from: string; to: string }, clock: ShopClock, ctx: IncomeContext): Omit<IncomeReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const months = new Map<string, IncomeMonth>(monthsOf(input.from, input.to).map((month) => [month, { month, billedNetMinor: 0, unbilledNetMinor: 0 }]));
  const clients = new Map<string, IncomeClient>();
  const clientRow = (clientId: string, clientName: string, contractType: ContractType | null) => {
    let row = clients.get(clientId);
    if (!row) clients.set(clientId, (row = { clientId, clientName, contractType, billedNetMinor: 0, unbilledNetMinor: 0, unbilledVisits: 0 }));
    return row;
  };
  for (const batch of ctx.batches) {
    const day = clock.dayOf(Date.parse(batch.createdAt));
    if (day < first || day > last) continue;
    // A credit batch carries negative figures: adding it takes the credited amount off its month.
    const month = months.get(dayKeyOfNumber(day).slice(0, 7));
    if (month) month.billedNetMinor += batch.netMinor;
    clientRow(batch.clientId, batch.clientName, ctx.contractOf(batch.clientId)).billedNetMinor += batch.netMinor;
  }
  for (const c of ctx.unbilled) {
    for (const v of c.visits) {
      if (v.day < input.from || v.day > input.to) continue;
      const month = months.get(v.day.slice(0, 7));
      if (month) month.unbilledNetMinor += v.netMinor;
      const row = clientRow(c.clientId, c.clientName, c.contractType);
      row.unbilledNetMinor += v.netMinor;
      row.unbilledVisits += 1;
    }
  }
  const rows = [...clients.values()].sort((a, b) => b.billedNetMinor + b.unbilledNetMinor - (a.billedNetMinor + a.unbilledNetMinor) || a.clientName.localeCompare(b.clientName));
  const monthRows = [...months.values()];
  return {
    currency: ctx.currency,
    hasBillingData: ctx.batches.length > 0 || ctx.unbilled.some((c) => c.visits.length > 0),
    months: monthRows,
    clients: rows,
    totals: {
      billedNetMinor: monthRows.reduce((n, m) => n + m.billedNetMinor, 0),
      unbilledNetMinor: monthRows.reduce((n, m) => n + m.unbilledNetMinor, 0),
    },
    blockHours: [...ctx.blockHours].sort((a, b) => a.balanceMinutes - b.balanceMinutes || a.clientName.localeCompare(b.clientName)),
  };
}
