/**
 * The sample shop offered on first start: five clients, eight technicians and thirty calls, laid
 * out relative to `now` in the shop's time zone so the board and the queue look like a real
 * morning. Records are made by the same builders the services use (`buildJob`, `scheduleJob`,
 * `changeStatus`, the entity schemas), so the result is valid by construction.
 */
import { dayOf } from '../../../shared/domain/jobs';
import { ClientSchema, ContactSchema, SiteSchema } from '../../../shared/schemas/client';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { JobCreateSchema } from '../../../shared/schemas/inputs';
import type { Job } from '../../../shared/schemas/job';
import { TechnicianSchema } from '../../../shared/schemas/technician';
import { assertSlaTier } from '../services/clients/clients';
import { parseRecord } from '../services/errors';
import { buildJob, changeStatus, findJob } from '../services/jobs/job-records';
import { saveJob } from '../services/jobs/job-revision';
import { scheduleJob } from '../services/schedule/schedule-records';
import { sampleClients, sampleTechnicians } from './directory-data';
import { sampleJobs } from './job-data';
import { addSamplePlans } from './maintenance-data';
import { createPlanner, plannedDays } from './planner';
import type { Slot } from './planner';
import { seededRandom } from './random';
import { addClosedOutWeek } from './closed-out-week';
import { addHistoryWeeks } from './history-weeks';

export const DEFAULT_SAMPLE_SEED = 20_261_126;

export type SampleShop = Pick<
  DispatchDocument,
  'clients' | 'sites' | 'contacts' | 'technicians' | 'jobs' | 'nextJobNumber' | 'parts' | 'maintenancePlans' | 'billingBatches' | 'nextBatchNumber'
> & {
  /** Rule findings met while booking the sample (expected to be none; tests check). */
  warnings: string[];
};

const MINUTE = 60_000;
const BY = 'dispatcher';

/**
 * Build the sample shop on top of `base` (its settings, SLA tiers and job counter are used; its
 * records are ignored). Deterministic for the same `base`, `now` and `seed`.
 */
export function buildSampleShop(opts: { base: DispatchDocument; now: Date; seed: number }): SampleShop {
  const rnd = seededRandom(opts.seed);
  const now = opts.now.getTime();
  const doc: DispatchDocument = { ...structuredClone(opts.base), clients: [], sites: [], contacts: [], technicians: [], jobs: [], maintenancePlans: [], billingBatches: [], nextBatchNumber: 1 };
  const timeZone = doc.settings.timeZone;
  const [day1, day2] = plannedDays(opts.now, timeZone);

  const clientIds = new Map<string, { id: string; sites: string[]; contacts: string[]; zones: string[] }>();
  for (const c of sampleClients) {
    const { blockTopUps, ...fields } = c;
    const id = rnd.uuid();
    // Top-up ids come from the client's id, not the seeded sequence, so every other sample id stays as it was.
    const topUps = blockTopUps.map((t, i) => ({
      id: `${id}-topup-${i + 1}`,
      day: dayOf(new Date(now - t.daysBefore * 86_400_000), timeZone),
      minutes: t.hours * 60,
      note: t.note,
      recordedAt: new Date(now - t.daysBefore * 86_400_000).toISOString(),
    }));
    const client = parseRecord(ClientSchema, { ...fields, id, blockTopUps: topUps, slaTier: tierFor(doc, c.slaTier) }, 'client');
    assertSlaTier(doc, client.slaTier);
    doc.clients.push(client);
    const sites = c.sites.map((s) => parseRecord(SiteSchema, { ...s, id: rnd.uuid(), clientId: client.id }, 'site'));
    const contacts = c.contacts.map((p) => parseRecord(ContactSchema, { ...p, id: rnd.uuid(), clientId: client.id }, 'contact'));
    doc.sites.push(...sites);
    doc.contacts.push(...contacts);
    clientIds.set(c.key, { id: client.id, sites: sites.map((s) => s.id), contacts: contacts.map((p) => p.id), zones: sites.map((s) => s.zone) });
  }

  const techIds = new Map<string, string>();
  for (const t of sampleTechnicians) {
    const { key, offOnSecondDay, ...fields } = t;
    const timeOff = offOnSecondDay ? [{ start: day2, end: day2, reason: offOnSecondDay }] : [];
    const technician = parseRecord(TechnicianSchema, { ...fields, id: rnd.uuid(), timeOff, active: true }, 'technician');
    doc.technicians.push(technician);
    techIds.set(key, technician.id);
  }

  // Five weeks of finished calls before that, last month's billed, for the reports (its own random
  // source too).
  addHistoryWeeks(doc, opts.now, seededRandom(opts.seed + 2));
  // Last week, closed out from the returned run sheets (its own random source, so today's calls
  // are the same with or without it).
  const parts = addClosedOutWeek(doc, opts.now, seededRandom(opts.seed + 1));

  // Plan first (receipt times depend on the slots), then create in order of receipt so job
  // numbers rise with time, as they would have in real life.
  const planner = createPlanner(doc.technicians, timeZone);
  const minuteOf = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  const entries = sampleJobs.map((template) => {
    const refs = clientIds.get(template.client);
    if (!refs) throw new Error(`Sample job "${template.title}" names unknown client ${template.client}.`);
    let slot: Slot | null = null;
    let receivedAt: number;
    if ('day' in template.plan) {
      slot = planner.place({
        day: template.plan.day === 1 ? day1 : day2,
        preferred: techIds.get(template.plan.tech) ?? '',
        skills: template.skills,
        zone: refs.zones[template.site] ?? '',
        estimateMinutes: template.estimateMinutes,
        ...(template.plan.after ? { after: template.plan.after } : {}),
      });
    }
    if (slot) {
      const early = now - rnd.int(20, 360) * MINUTE;
      // A visit is booked after the call came in, and some time before it starts.
      receivedAt = Math.min(early, slot.start.getTime() - rnd.int(45, 150) * MINUTE);
    } else {
      const minutesAgo = 'queue' in template.plan ? template.plan.queue : 30;
      receivedAt = now - (minutesAgo + rnd.int(0, 4)) * MINUTE;
    }
    return { template, refs, slot, receivedAt: minuteOf(receivedAt) };
  });
  entries.sort((a, b) => a.receivedAt - b.receivedAt);

  const warnings: string[] = [];
  for (const entry of entries) {
    const { template, refs, slot, receivedAt } = entry;
    const createdAt = Math.min(receivedAt + 2 * MINUTE, now);
    const input = JobCreateSchema.parse({
      clientId: refs.id,
      siteId: refs.sites[template.site] ?? null,
      contactId: refs.contacts[template.contact] ?? null,
      title: template.title,
      description: template.description,
      category: template.category,
      requiredSkills: template.skills,
      priority: template.priority,
      estimateMinutes: template.estimateMinutes,
      receivedAt: new Date(receivedAt).toISOString(),
    });
    const { job, nextJobNumber } = buildJob(doc, input, rnd.uuid(), { at: new Date(createdAt), by: BY });
    doc.jobs.push(job);
    doc.nextJobNumber = nextJobNumber;

    if (slot) {
      const assignedAt = Math.min(createdAt + rnd.int(3, 20) * MINUTE, now);
      const scheduled = scheduleJob(
        doc,
        { jobId: job.id, technicianId: slot.technicianId, start: slot.start.toISOString() },
        'assign',
        { at: new Date(assignedAt), by: BY },
      );
      saveJob(doc, scheduled.index, scheduled.job);
      warnings.push(...scheduled.conflicts.map((c) => `${job.number}: ${c.message}`));
      progress(doc, job.id, slot, assignedAt, now);
    } else if ('queue' in template.plan && template.plan.holdReason) {
      const { job: current, index } = findJob(doc, job.id);
      const at = new Date(Math.min(createdAt + 25 * MINUTE, now));
      saveJob(doc, index, changeStatus(current, { status: 'on-hold', reason: template.plan.holdReason }, { at, by: BY }));
    }
  }

  // Two maintenance clients: their plans, and the visits already due as jobs (numbered after the calls).
  const maintenancePlans = addSamplePlans(doc, clientIds, techIds, rnd, opts.now);

  return {
    clients: doc.clients,
    sites: doc.sites,
    contacts: doc.contacts,
    technicians: doc.technicians,
    jobs: doc.jobs,
    nextJobNumber: doc.nextJobNumber,
    parts,
    maintenancePlans,
    billingBatches: doc.billingBatches,
    nextBatchNumber: doc.nextBatchNumber,
    warnings,
  };
}

/** The preferred tier if the shop has it, else its first tier (a shop may have renamed the defaults). */
function tierFor(doc: DispatchDocument, preferred: string): string {
  return doc.slaPolicies.some((p) => p.id === preferred) ? preferred : (doc.slaPolicies[0]?.id ?? preferred);
}

/**
 * Walk a booked job along the field flow as far as `now` allows: the run sheet goes out 15 minutes
 * before the technician's shift starts, they leave 20 minutes before the visit, arrive on time and
 * finish on time.
 */
function progress(doc: DispatchDocument, jobId: string, slot: Slot, assignedAt: number, now: number): void {
  const start = slot.start.getTime();
  const steps: [Job['status'], number][] = [
    ['dispatched', Math.min(slot.shiftStart.getTime() - 15 * MINUTE, start - 30 * MINUTE)],
    ['en-route', start - 20 * MINUTE],
    ['on-site', start],
    ['done', slot.end.getTime()],
  ];
  let last = assignedAt;
  for (const [status, when] of steps) {
    if (when > now) return;
    last = Math.max(last + MINUTE, when);
    if (last > now) return;
    const { job, index } = findJob(doc, jobId);
    saveJob(doc, index, changeStatus(job, { status }, { at: new Date(last), by: BY }));
  }
}

