/**
 * CSV import: `validate` judges a batch of rows without writing; `commit` judges it again inside
 * one `store.mutate` and creates what passes with the same record builders as normal creation
 * (jobs get numbers, SLA due times and a history line by `import`). Rows that repeat an existing
 * record are skipped as duplicates, so a batch sent twice (a retry after a lost reply) never
 * creates anything twice.
 */
import { formatJobNumber } from '../../../../shared/domain/jobs';
import type { ImportBatch, ImportCommitResult, ImportedRecord, ImportValidation } from '../../../../shared/import/schemas';
import { ClientSchema, ContactSchema, SiteSchema } from '../../../../shared/schemas/client';
import type { Client, Contact, Site } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import { TechnicianSchema } from '../../../../shared/schemas/technician';
import type { Technician } from '../../../../shared/schemas/technician';
import { commit } from '../commit';
import type { Actor, ServiceContext } from '../context';
import { publishJobs } from '../jobs/job-deltas';
import { parseRecord } from '../errors';
import { planBatch, planClients, planJobs, planTechnicians } from './import-plan';
import { rememberMapping } from './remember-mapping';
import type { ImportMappingInput } from '../../../../shared/schemas/import-mapping';
import type { Plan, ResolvedJob } from './import-plan';
import { buildJob, historyEntry, slaDueTimes } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';

/** Who imported records, as written in job history. */
export const IMPORT_ACTOR: Actor = 'import';

type Created = { imported: ImportedRecord[] };

export type ImportService = ReturnType<typeof createImportService>;

/** Jobs from ready rows, numbered after the highest number in use, pushed only once all are built. */
function createJobs(doc: DispatchDocument, plan: Plan<ResolvedJob>, newId: () => string, meta: ChangeMeta): Created & { ids: string[] } {
  const taken = new Set(doc.jobs.map((j) => j.number));
  let next = doc.nextJobNumber;
  const jobs: Job[] = [];
  // SLA due times cost about a millisecond each (business hours walked in the shop's zone), and
  // most imported rows share tier, priority and receipt time ("now"): compute each combination once.
  const due = new Map<string, Pick<Job, 'responseDueAt' | 'resolutionDueAt'>>();
  const dueFor = (client: ResolvedJob['client'], priority: Job['priority'], receivedAt: Date) => {
    const key = `${client.slaTier}|${priority}|${receivedAt.getTime()}`;
    let times = due.get(key);
    if (!times) due.set(key, (times = slaDueTimes(doc, client, priority, receivedAt)));
    return times;
  };
  for (const { line, draft } of plan.ready) {
    while (taken.has(formatJobNumber(next))) next += 1;
    // buildJob scans doc.jobs for numbers and external references on every call; the plan has
    // already checked references and `taken` tracks numbers, so hand it an empty job list: a
    // 10,000-row import stays linear instead of quadratic. With no SLA tiers it leaves the due
    // times empty; they are filled from the cache above with the same function it would call.
    const shadow = { ...doc, jobs: [], slaPolicies: [], nextJobNumber: next };
    const { job, nextJobNumber } = buildJob(shadow, draft.input, newId(), meta);
    Object.assign(job, dueFor(draft.client, job.priority, new Date(job.receivedAt)));
    if (draft.closed) {
      // Closed in the tool it came from: kept for history as finished work, never on the queue.
      job.status = 'done';
      job.history = [historyEntry(meta, 'created', `Imported from CSV row ${line} as a closed ${job.priority} ticket for ${draft.client.name}`)];
    } else job.history = [historyEntry(meta, 'created', `Imported from CSV row ${line} as ${job.priority} for ${draft.client.name}`)];
    taken.add(job.number);
    next = nextJobNumber;
    jobs.push(job);
  }
  doc.jobs.push(...jobs);
  doc.nextJobNumber = next;
  return {
    imported: jobs.map((job, i) => ({ line: plan.ready[i]?.line ?? 0, id: job.id, label: `${job.number} ${job.title}` })),
    ids: jobs.map((j) => j.id),
  };
}

function createClients(doc: DispatchDocument, plan: ReturnType<typeof planClients>, newId: () => string): Created {
  const clients: Client[] = [];
  const sites: Site[] = [];
  const contacts: Contact[] = [];
  const imported: ImportedRecord[] = [];
  for (const { line, draft } of plan.ready) {
    const client = parseRecord(ClientSchema, { ...draft.client, id: newId() }, 'client');
    clients.push(client);
    if (draft.site) sites.push(parseRecord(SiteSchema, { ...draft.site, id: newId(), clientId: client.id }, 'site'));
    if (draft.contact) contacts.push(parseRecord(ContactSchema, { ...draft.contact, id: newId(), clientId: client.id }, 'contact'));
    imported.push({ line, id: client.id, label: client.name });
  }
  doc.clients.push(...clients);
  doc.sites.push(...sites);
  doc.contacts.push(...contacts);
  return { imported };
}

function createTechnicians(doc: DispatchDocument, plan: ReturnType<typeof planTechnicians>, newId: () => string): Created {
  const technicians: Technician[] = plan.ready.map(({ draft }) => parseRecord(TechnicianSchema, { ...draft, id: newId() }, 'technician'));
  doc.technicians.push(...technicians);
  return { imported: technicians.map((t, i) => ({ line: plan.ready[i]?.line ?? 0, id: t.id, label: t.name })) };
}

export function createImportService(ctx: ServiceContext) {
  return {
    /** Keep a confirmed column mapping for the next file with the same header row. */
    rememberMapping: (mapping: ImportMappingInput) => rememberMapping(ctx, mapping),

    /** Per-row verdicts for a batch; writes nothing. */
    validate(batch: ImportBatch): ImportValidation {
      const plan = planBatch(ctx.store.read(), batch, ctx.clock.now());
      return { kind: batch.kind, rows: plan.outcomes };
    },

    /**
     * Create the batch's valid rows in one write and report the others. A batch with nothing to
     * create writes nothing and publishes nothing.
     */
    async commit(batch: ImportBatch): Promise<ImportCommitResult> {
      const now = ctx.clock.now();
      const preview = planBatch(ctx.store.read(), batch, now);
      if (preview.ready.length === 0) {
        return { kind: batch.kind, imported: [], rejected: preview.outcomes, revision: ctx.revision.current() };
      }
      const meta: ChangeMeta = { at: now, by: IMPORT_ACTOR };
      const result = await commit(
        ctx,
        (doc, base) => {
          // Judge again against the document as it is now (another screen may have changed it),
          // reading the frozen base; only the new records go into the draft.
          let created: Created & { ids?: string[] };
          let outcomes;
          if (batch.kind === 'jobs') {
            const plan = planJobs(base, batch.rows, now);
            outcomes = plan.outcomes;
            created = createJobs(doc, plan, ctx.newId, meta);
          } else if (batch.kind === 'clients') {
            const plan = planClients(base, batch.rows, now);
            outcomes = plan.outcomes;
            created = createClients(doc, plan, ctx.newId);
          } else {
            const plan = planTechnicians(base, batch.rows, now);
            outcomes = plan.outcomes;
            created = createTechnicians(doc, plan, ctx.newId);
          }
          return { ...created, rejected: outcomes.filter((o) => o.status !== 'ready') };
        },
        (created, revision) => {
          if (batch.kind === 'jobs') publishJobs(ctx, revision, created.ids ?? []);
          else if (batch.kind === 'clients') ctx.events.publish('clients:changed', { revision });
          else ctx.events.publish('technicians:changed', { revision });
        },
      );
      return { kind: batch.kind, imported: result.imported, rejected: result.rejected, revision: ctx.revision.current() };
    },
  };
}
