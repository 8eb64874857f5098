/**
 * The sample shop's last week, closed out: every working technician had one or two visits a day
 * over the seven days before the day it is loaded, entered from the returned run sheets with real
 * times, travel, parts and signatures. Most ended done; one a day needed another visit (its
 * follow-up was booked and finished two days later), and one was an evening call.
 * So the close-out and billing screens have work to show from the first start. Built with the
 * services' own builders, so every record is valid by construction; deterministic for the seed.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import { JobCreateSchema } from '../../../shared/schemas/inputs';
import type { Job } from '../../../shared/schemas/job';
import type { Part, VisitOutcome, VisitPart } from '../../../shared/schemas/visit';
import { VisitEntrySchema } from '../../../shared/schemas/visit-inputs';
import { dayOf } from '../../../shared/domain/jobs';
import { buildJob, findJob } from '../services/jobs/job-records';
import { saveJob } from '../services/jobs/job-revision';
import { scheduleJob } from '../services/schedule/schedule-records';
import { followUpAllocator, recordVisit } from '../services/visits/visit-records';
import { addDays, atMinute, weekdayOfDay } from './planner';
import type { Random } from './random';

const MINUTE = 60_000;
const BY = 'dispatcher';

/** The sample shop's parts list (prices in minor units). */
export const sampleParts: ReadonlyArray<Omit<Part, 'id'>> = [
  { name: 'Patch cable, Cat6, 2 m', unitPriceMinor: 450 },
  { name: 'Toner cartridge, black', unitPriceMinor: 8900 },
  { name: 'Pickup roller kit', unitPriceMinor: 2400 },
  { name: 'Memory, 8 GB DDR4', unitPriceMinor: 3200 },
  { name: 'SSD, 500 GB', unitPriceMinor: 5900 },
  { name: 'Network switch, 8-port', unitPriceMinor: 4500 },
  { name: 'Wi-Fi access point', unitPriceMinor: 14900 },
];

export type Work = { title: string; category: Job['category']; workDone: string; parts: Array<[partIndex: number, quantity: number]>; free?: Omit<VisitPart, 'partId'> };

export const WORK: Work[] = [
  { title: 'Laptop very slow to start', category: 'hardware', workDone: 'Swapped the hard disk for an SSD and restored the image.', parts: [[4, 1]] },
  { title: 'Printer jams on every job', category: 'printer', workDone: 'Replaced the pickup rollers, cleaned the paper path, test prints fine.', parts: [[2, 1]] },
  { title: 'Toner low warning, prints faint', category: 'printer', workDone: 'Fitted a new toner cartridge and ran a cleaning page.', parts: [[1, 1]] },
  { title: 'Desk phones drop off the network', category: 'network', workDone: 'Re-patched the comms cabinet and labelled the ports.', parts: [[0, 4]] },
  { title: 'PC runs out of memory in the practice software', category: 'hardware', workDone: 'Added 8 GB of memory; the software now opens in seconds.', parts: [[3, 2]] },
  { title: 'Outlook keeps asking for the password', category: 'software', workDone: 'Removed stale credentials and rebuilt the mail profile.', parts: [] },
  { title: 'Meeting room screen will not mirror', category: 'hardware', workDone: 'Replaced the HDMI adapter and updated the display driver.', parts: [], free: { description: 'USB-C to HDMI adapter', quantity: 1, unitPriceMinor: 2250 } },
  { title: 'Back office Wi-Fi drops out', category: 'network', workDone: 'Surveyed the signal; a second access point is needed.', parts: [] },
  { title: 'Antivirus alerts on two PCs', category: 'security', workDone: 'Cleaned both machines, updated definitions, checked the other PCs.', parts: [] },
  { title: 'Switch in the store room failing', category: 'network', workDone: 'Replaced the 8-port switch and moved the links across.', parts: [[5, 1], [0, 2]] },
];

export const SIGNERS = ['M. Doyle', 'T. Baxter', 'A. Foster', 'S. Patel', 'L. Moore', 'R. Hughes', 'J. Ward', 'P. Raman'];

/**
 * Add a closed-out week to `doc` (clients, sites, contacts and technicians already in it), before
 * the day of `now` in the shop's zone. Jobs are created in time order, so their numbers come
 * before today's. Returns the parts list used.
 */
export function addClosedOutWeek(doc: DispatchDocument, now: Date, rnd: Random): Part[] {
  const timeZone = doc.settings.timeZone;
  const parts: Part[] = sampleParts.map((p) => ({ ...p, id: rnd.uuid() }));
  const today = dayOf(now, timeZone);
  const followUps: Array<{ job: Job; day: string; technicianId: string }> = [];

  for (let back = 7; back >= 1; back--) {
    const day = addDays(today, -back);
    const working = doc.technicians.filter((t) => t.active && t.workingHours.some((h) => h.days.includes(weekdayOfDay(day))));
    // Another visit only where its follow-up (two days later) is still in the past: a follow-up
    // left in the queue would carry last week's breached SLA into the first morning's alerts.
    let anotherVisitToday = back < 3;
    for (const [n, technician] of working.entries()) {
      const shift = technician.workingHours.find((h) => h.days.includes(weekdayOfDay(day)));
      if (!shift) continue;
      let minute = Number(shift.start.slice(0, 2)) * 60 + Number(shift.start.slice(3, 5)) + 30;
      for (let v = rnd.int(1, 2); v > 0; v--) {
        const work = WORK[rnd.int(0, WORK.length - 1)] as Work;
        const outcome: VisitOutcome = !anotherVisitToday && work.category === 'network' && work.parts.length === 0 ? 'another-visit' : 'done';
        anotherVisitToday ||= outcome === 'another-visit';
        const job = createJob(doc, rnd, day, minute, work, timeZone);
        const followUp = visit(doc, rnd, { job, technicianId: technician.id, day, minute, work, outcome, timeZone, parts });
        if (followUp) followUps.push({ job: followUp, day: addDays(day, 2), technicianId: technician.id });
        minute += 150;
      }
      // One evening call a week: billed at the after-hours rate where the contract says so.
      if (back === 3 && n === 0) {
        const work = WORK[5] as Work;
        const job = createJob(doc, rnd, day, 17 * 60, work, timeZone);
        visit(doc, rnd, { job, technicianId: technician.id, day, minute: 18 * 60 + 30, work, outcome: 'done', timeZone, parts });
      }
    }
    // The follow-ups booked for today: the second visit finishes the work.
    for (const f of followUps.filter((p) => p.day === day)) {
      const work: Work = { ...(WORK[9] as Work), title: f.job.title };
      visit(doc, rnd, { job: findJob(doc, f.job.id).job, technicianId: f.technicianId, day, minute: 15 * 60, work, outcome: 'done', timeZone, parts });
    }
  }
  return parts;
}

function createJob(doc: DispatchDocument, rnd: Random, day: string, minute: number, work: Work, timeZone: string): Job {
  const client = doc.clients[rnd.int(0, doc.clients.length - 1)];
  if (!client) throw new Error('the sample week needs clients');
  const sites = doc.sites.filter((s) => s.clientId === client.id);
  const contacts = doc.contacts.filter((c) => c.clientId === client.id);
  const receivedAt = atMinute(day, minute - rnd.int(60, 120), timeZone);
  const input = JobCreateSchema.parse({
    clientId: client.id,
    siteId: sites[rnd.int(0, sites.length - 1)]?.id ?? null,
    contactId: contacts[rnd.int(0, contacts.length - 1)]?.id ?? null,
    title: work.title,
    category: work.category,
    priority: (['P2', 'P3', 'P3', 'P4'] as const)[rnd.int(0, 3)],
    estimateMinutes: 60,
    receivedAt: receivedAt.toISOString(),
  });
  const { job, nextJobNumber } = buildJob(doc, input, rnd.uuid(), { at: new Date(receivedAt.getTime() + 2 * MINUTE), by: BY });
  doc.jobs.push(job);
  doc.nextJobNumber = nextJobNumber;
  return job;
}

export type VisitPlan = {
  job: Job;
  technicianId: string;
  day: string;
  minute: number;
  work: Work;
  outcome: VisitOutcome;
  timeZone: string;
  parts: Part[];
  /** How long on site (default: 45–110 minutes at random). */
  minutes?: number;
  /** When it was booked (default: ten minutes after the job was created). */
  bookedAt?: number;
};

/** Book the job on the technician at `minute`, then close out the visit that evening; returns the follow-up it made, if any. */
export function visit(doc: DispatchDocument, rnd: Random, plan: VisitPlan): Job | null {
  const { job, technicianId, day, minute, work, outcome, timeZone, parts } = plan;
  const start = atMinute(day, minute, timeZone);
  const bookedAt = Math.min(plan.bookedAt ?? Date.parse(job.createdAt) + 10 * MINUTE, start.getTime() - MINUTE);
  const booked = scheduleJob(doc, { jobId: job.id, technicianId, start: start.toISOString() }, 'assign', { at: new Date(bookedAt), by: BY });
  saveJob(doc, booked.index, booked.job);
  const arrived = start.getTime() + rnd.int(-5, 20) * MINUTE;
  const departed = arrived + (plan.minutes ?? rnd.int(45, 110)) * MINUTE;
  const used: VisitPart[] = work.parts.flatMap(([i, quantity]) => {
    const part = parts[i];
    return part ? [{ partId: part.id, description: part.name, quantity, unitPriceMinor: part.unitPriceMinor }] : [];
  });
  if (work.free) used.push({ partId: null, ...work.free });
  const entry = VisitEntrySchema.parse({
    technicianId,
    arrivedAt: new Date(arrived).toISOString(),
    departedAt: new Date(departed).toISOString(),
    travelMinutes: rnd.int(10, 45),
    workDone: work.workDone,
    parts: used,
    signedBy: SIGNERS[rnd.int(0, SIGNERS.length - 1)],
    outcome,
  });
  const closedAt = new Date(Math.max(departed, atMinute(day, 17 * 60 + 45, timeZone).getTime()) + 15 * MINUTE);
  const { job: current, index } = findJob(doc, job.id);
  const recorded = recordVisit(doc, current, entry, { at: closedAt, by: BY }, rnd.uuid(), followUpAllocator(doc, () => rnd.uuid()));
  if (!recorded) return null;
  saveJob(doc, index, recorded.job);
  if (recorded.followUp) {
    doc.jobs.push(recorded.followUp);
    doc.nextJobNumber = Number(recorded.followUp.number.slice(2)) + 1;
  }
  return recorded.followUp;
}
