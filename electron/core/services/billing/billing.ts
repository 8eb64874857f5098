/**
 * Billing: unbilled work by client, numbered billing batches that freeze their lines and mark the
 * visits billed, credit batches, block-hours top-ups and statements. Rules: shared/billing and
 * docs/billing.md. Every change is one commit: the batch and the billed marks land together or
 * not at all.
 */
import { buildBatch, buildCredit } from '../../../../shared/billing/batches';
import { totalsOf } from '../../../../shared/billing/unbilled';
import type { BillingOverview, BillingStatement, ClientBilling, ClientBillingStatus, UnbilledClientRow } from '../../../../shared/billing/reports';
import type { BillingBatch } from '../../../../shared/schemas/billing';
import { batchLabel } from '../../../../shared/schemas/billing';
import type { BillingClientPeriod, BillingCreateBatch, BillingCredit, BillingTopUp } from '../../../../shared/schemas/billing-inputs';
import type { Client } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { consoleActor } from '../context';
import type { PrintOutcome, Printer } from '../../ports';
import { conflict, listSome, notFound } from '../errors';
import { publishJobs } from '../jobs/job-deltas';
import { saveJob } from '../jobs/job-revision';
import { clientBlock, clientUnbilled, findClient, summarise } from './billing-views';

export type BillingService = ReturnType<typeof createBillingService>;

const newestFirst = (a: BillingBatch, b: BillingBatch) => b.number - a.number;

export function createBillingService(ctx: ServiceContext, printer: Printer) {
  const money = () => {
    const { currency, taxRateBasisPoints } = ctx.store.read().settings.billing;
    return { currency, taxRateBasisPoints };
  };
  /** After a batch: the billing views refetch, and every view holding the jobs gets them. */
  const announce = (jobIds: readonly string[]) => (_: unknown, revision: number) => {
    ctx.events.publish('billing:changed', { revision });
    if (jobIds.length > 0) publishJobs(ctx, revision, jobIds);
  };

  return {
    /** Every client with unbilled visits in the period, by name, with totals. */
    overview(input: { from: string; to: string }): BillingOverview {
      const doc = ctx.store.read();
      // Jobs grouped by client once, so the overview costs one pass over the jobs, not one per client.
      const byClient = new Map<string, DispatchDocument['jobs']>();
      for (const job of doc.jobs) {
        if (job.visits.length === 0) continue;
        const list = byClient.get(job.clientId);
        if (list) list.push(job);
        else byClient.set(job.clientId, [job]);
      }
      const clients: UnbilledClientRow[] = [];
      for (const client of doc.clients) {
        const jobs = byClient.get(client.id);
        if (!jobs) continue;
        const work = clientUnbilled({ ...doc, jobs }, client, input.from, input.to);
        if (work.visits.length === 0) continue;
        const { visits, ...totals } = work;
        clients.push({ clientId: client.id, clientName: client.name, contractType: client.contract.type, visits: visits.length, ...totals });
      }
      // Sorted after filtering, with one collator: a collator per comparison costs more than the pricing.
      const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      clients.sort((a, b) => collator.compare(a.clientName, b.clientName));
      const totals = totalsOf(clients);
      return { ...money(), from: input.from, to: input.to, clients, totals: { ...totals, grossMinor: totals.netMinor + totals.taxMinor } };
    },

    /** One client: unbilled work in the period, its batches, its block hours. NOT_FOUND for an unknown client. */
    client(input: BillingClientPeriod): ClientBilling {
      const doc = ctx.store.read();
      const client = findClient(doc, input.clientId);
      return {
        ...money(),
        client,
        from: input.from,
        to: input.to,
        unbilled: clientUnbilled(doc, client, input.from, input.to),
        batches: doc.billingBatches.filter((b) => b.clientId === client.id).sort(newestFirst).map(summarise),
        block: clientBlock(doc, client, input.from, input.to),
      };
    },

    /** The contract type and block-hours balance, for the job panel. */
    status(input: { clientId: string }): ClientBillingStatus {
      const doc = ctx.store.read();
      const client = findClient(doc, input.clientId);
      const block = clientBlock(doc, client, '0000-01-01', '0000-01-01');
      return { contractType: client.contract.type, block: block && { balanceMinutes: block.balanceMinutes, level: block.level, warnPercent: block.warnPercent } };
    },

    /** A batch with all its lines. NOT_FOUND for an unknown id. */
    batch(input: { id: string }): BillingBatch {
      const batch = ctx.store.read().billingBatches.find((b) => b.id === input.id);
      if (!batch) throw notFound(`No billing batch with id ${input.id}.`);
      return batch;
    },

    /** The printable statement: the client's batches whose period overlaps [from, to], and its block hours. */
    statement(input: BillingClientPeriod): BillingStatement {
      const doc = ctx.store.read();
      const client = findClient(doc, input.clientId);
      const batches = doc.billingBatches
        .filter((b) => b.clientId === client.id && b.periodFrom <= input.to && b.periodTo >= input.from)
        .sort((a, b) => a.number - b.number);
      const netMinor = batches.reduce((s, b) => s + b.netMinor, 0);
      const taxMinor = batches.reduce((s, b) => s + b.taxMinor, 0);
      const block = clientBlock(doc, client, input.from, input.to);
      return {
        ...money(),
        shopTimeZone: doc.settings.timeZone,
        client: { id: client.id, name: client.name },
        from: input.from,
        to: input.to,
        batches,
        totals: { netMinor, taxMinor, grossMinor: netMinor + taxMinor },
        block,
      };
    },

    /**
     * Freeze the chosen visits into the next numbered batch and mark them billed, in one commit.
     * Priced from the document as it is at the commit (the contract, tier and tax then), so what
     * the batch holds is exactly what the visits were worth when billed. CONFLICT when a visit was
     * billed meanwhile, is not the client's, or is outside the period; NOT_FOUND for an unknown
     * client or visit.
     */
    createBatch(input: BillingCreateBatch): Promise<BillingBatch> {
      const id = ctx.newId();
      const lineIds = () => ctx.newId();
      const touched: string[] = [];
      return commit(
        ctx,
        (doc, base) => {
          const client = findClient(base, input.clientId);
          const wanted = new Set(input.visitIds);
          const priced = clientUnbilled(base, client, input.from, input.to).visits.filter((v) => wanted.has(v.visitId));
          if (priced.length !== wanted.size) throw refusal(base, client, input, new Set(priced.map((v) => v.visitId)));
          const batch = buildBatch(
            priced,
            {
              id,
              number: base.nextBatchNumber,
              clientId: client.id,
              clientName: client.name,
              periodFrom: input.from,
              periodTo: input.to,
              ...base.settings.billing,
              note: input.note,
              createdAt: ctx.clock.now().toISOString(),
            },
            lineIds,
          );
          markVisits(doc, base, { visitIds: wanted, batchId: batch.id, by: consoleActor(ctx), at: batch.createdAt, detail: `Billed in ${batchLabel(batch)}` }, touched);
          doc.billingBatches.push(batch);
          doc.nextBatchNumber = base.nextBatchNumber + 1;
          return batch;
        },
        announce(touched),
      );
    },

    /**
     * Reverse a whole batch with a credit batch (the next number), and release its visits so the
     * corrected work can be billed again. The original stays as it was, marked as credited.
     * CONFLICT for a credit batch or one already credited.
     */
    credit(input: BillingCredit): Promise<BillingBatch> {
      const id = ctx.newId();
      const touched: string[] = [];
      return commit(
        ctx,
        (doc, base) => {
          const index = base.billingBatches.findIndex((b) => b.id === input.batchId);
          const original = base.billingBatches[index];
          if (!original) throw notFound(`No billing batch with id ${input.batchId}.`);
          if (original.kind === 'credit') throw conflict(`${batchLabel(original)} is a credit batch; it cannot be credited again.`);
          if (original.creditedBy !== null) {
            const by = base.billingBatches.find((b) => b.id === original.creditedBy);
            throw conflict(`${batchLabel(original)} was already credited${by ? ` by ${batchLabel(by)}` : ''}.`);
          }
          const credit = buildCredit(original, { id, number: base.nextBatchNumber, note: input.note, createdAt: ctx.clock.now().toISOString() }, () => ctx.newId());
          const visits = new Set(original.lines.map((l) => l.visitId));
          markVisits(doc, base, { visitIds: visits, batchId: null, by: consoleActor(ctx), at: credit.createdAt, detail: `${batchLabel(original)} credited by ${batchLabel(credit)}: ${input.note}`, onlyFrom: original.id }, touched);
          doc.billingBatches[index] = { ...original, creditedBy: credit.id };
          doc.billingBatches.push(credit);
          doc.nextBatchNumber = base.nextBatchNumber + 1;
          return credit;
        },
        announce(touched),
      );
    },

    /**
     * Print the statement natively (Electron: the system dialog or a PDF file). FORBIDDEN in the
     * headless host, whose renderer then prints the statement page from the browser.
     */
    print(input: BillingClientPeriod & { mode: 'dialog' | 'pdf' }): Promise<PrintOutcome> {
      const doc = ctx.store.read();
      const client = findClient(doc, input.clientId);
      const slug = client.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'client';
      const fileName = `statement-${slug}-${input.from}-to-${input.to}.pdf`;
      return printer.print({ statement: { clientId: client.id, from: input.from, to: input.to, fileName }, paperSize: doc.settings.paperSize, mode: input.mode });
    },

    /** Record block hours bought. CONFLICT unless the client is on block hours. */
    topUp(input: BillingTopUp): Promise<Client> {
      const id = ctx.newId();
      return commit(
        ctx,
        (doc, base) => {
          const client = findClient(base, input.clientId);
          if (client.contract.type !== 'block-hours') throw conflict(`${client.name} is not on block hours; change the contract first.`);
          const index = base.clients.indexOf(client);
          const topUp = { id, day: input.day, minutes: Math.round(input.hours * 60), note: input.note, recordedAt: ctx.clock.now().toISOString() };
          const updated: Client = { ...client, blockTopUps: [...client.blockTopUps, topUp] };
          doc.clients[index] = updated;
          return updated;
        },
        (_, revision) => {
          ctx.events.publish('clients:changed', { revision });
          ctx.events.publish('billing:changed', { revision });
        },
      );
    },
  };
}

/**
 * Set `billedBatchId` on the visits in `visitIds` (or clear it, for a credit), one job revision
 * and one history line per job. With `onlyFrom`, only visits still held by that batch change.
 */
function markVisits(
  doc: DispatchDocument,
  base: DispatchDocument,
  change: { visitIds: ReadonlySet<string>; batchId: string | null; by: string; at: string; detail: string; onlyFrom?: string },
  touched: string[],
): void {
  const { visitIds, batchId, by, at, detail, onlyFrom } = change;
  base.jobs.forEach((job, index) => {
    if (!job.visits.some((v) => visitIds.has(v.id) && (onlyFrom === undefined || v.billedBatchId === onlyFrom))) return;
    const visits = job.visits.map((v) => (visitIds.has(v.id) && (onlyFrom === undefined || v.billedBatchId === onlyFrom) ? { ...v, billedBatchId: batchId } : v));
    saveJob(doc, index, { ...job, visits, updatedAt: at, history: [...job.history, { at, by, action: 'billing', detail }] });
    touched.push(job.id);
  });
}

/** Why some chosen visits cannot be billed, naming the first few. */
function refusal(doc: DispatchDocument, client: Client, input: BillingCreateBatch, billable: ReadonlySet<string>) {
  const missing = input.visitIds.filter((id) => !billable.has(id));
  const described = missing.map((id) => {
    const job = doc.jobs.find((j) => j.visits.some((v) => v.id === id));
    const visit = job?.visits.find((v) => v.id === id);
    if (!job || !visit) return `${id} (no such visit)`;
    if (job.clientId !== client.id) return `${job.number} (another client's)`;
    if (visit.billedBatchId !== null) {
      const batch = doc.billingBatches.find((b) => b.id === visit.billedBatchId);
      return `${job.number} (already in ${batch ? batchLabel(batch) : 'a batch'})`;
    }
    return `${job.number} (outside ${input.from} – ${input.to})`;
  });
  const unknown = described.every((d) => d.endsWith('(no such visit)'));
  const message = `Nothing was billed: ${listSome(described)} cannot go in this batch. Reload the unbilled work and try again.`;
  return unknown ? notFound(message) : conflict(message, { visitIds: missing });
}
