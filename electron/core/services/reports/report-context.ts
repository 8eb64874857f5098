/** What the pure reports need from the document besides jobs: rotas, contracts, billing figures. */
import type { ReportJob } from '../../../../shared/reports/report-job';
import type { IncomeContext, UnbilledClient } from '../../../../shared/reports/income';
import type { BlockBalanceRow } from '../../../../shared/reports/types';
import type { Rota } from '../../../../shared/reports/working-time';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { ReportRangeInput } from '../../../../shared/schemas/report-inputs';
import { clientBlock, clientUnbilled } from '../billing/billing-views';

/** The technicians a report lists: every active one, and inactive ones only when asked for by id. */
export function rotasOf(doc: DispatchDocument, input: Pick<ReportRangeInput, 'technicianIds'>): Array<Rota & { name: string }> {
  const wanted = input.technicianIds && input.technicianIds.length > 0 ? new Set(input.technicianIds) : null;
  return doc.technicians
    .filter((t) => (wanted ? wanted.has(t.id) : t.active))
    .map((t) => ({ id: t.id, name: t.name, workingHours: t.workingHours, timeOff: t.timeOff }));
}

/**
 * Whether a job's on-site time is charged under its client's contract as it stands: time and
 * materials with a rate, block hours always (they draw the balance), managed only outside its
 * included categories. A client no longer in the directory is counted as not charged.
 */
export function isBillable(doc: DispatchDocument): (job: ReportJob) => boolean {
  const contracts = new Map(doc.clients.map((c) => [c.id, c.contract]));
  return (job) => {
    const contract = contracts.get(job.clientId);
    if (!contract) return false;
    if (contract.type === 'block-hours') return true;
    if (contract.type === 'managed' && contract.includedCategories.includes(job.category)) return false;
    return contract.hourlyRateMinor > 0;
  };
}

/** Batches, unbilled visits in the range and block balances, for the clients asked for. */
export function incomeContext(doc: DispatchDocument, input: ReportRangeInput, clients: Set<string> | null): IncomeContext {
  const unbilled: UnbilledClient[] = [];
  const blockHours: BlockBalanceRow[] = [];
  for (const client of doc.clients) {
    if (clients && !clients.has(client.id)) continue;
    const work = clientUnbilled(doc, client, input.from, input.to);
    unbilled.push({ clientId: client.id, clientName: client.name, contractType: client.contract.type, visits: work.visits.map((v) => ({ day: v.day, netMinor: v.netMinor })) });
    const block = clientBlock(doc, client, input.from, input.to);
    if (block) {
      blockHours.push({
        clientId: client.id,
        clientName: client.name,
        balanceMinutes: block.balanceMinutes,
        level: block.level,
        toppedUpMinutes: block.statement.toppedUpMinutes,
        drawnMinutes: block.statement.drawnMinutes,
      });
    }
  }
  const contracts = new Map(doc.clients.map((c) => [c.id, c.contract.type]));
  return {
    currency: doc.settings.billing.currency,
    batches: clients ? doc.billingBatches.filter((b) => clients.has(b.clientId)) : doc.billingBatches,
    unbilled,
    blockHours,
    contractOf: (id) => contracts.get(id) ?? null,
  };
}
