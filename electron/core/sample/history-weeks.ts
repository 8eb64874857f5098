/**
 * Five weeks of finished calls before the sample's closed-out week, so the reports have history
 * to draw on first open: a morning peak every working day and a busier Monday, one Monday three
 * weeks back that was a peak (an outage: twice the calls, booked hours late), a printer at the
 * accountants' that keeps failing, one technician who works late twice a week, some visits that
 * ran long, a few jobs that needed another visit, and last month's work billed (this month's not).
 * Deterministic for the seed and relative to `now`, built with the services' own builders.
 */
import { buildBatch } from '../../../shared/billing/batches';
import { batchLabel, type BillingBatch } from '../../../shared/schemas/billing';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { dayOf } from '../../../shared/domain/jobs';
import { JobCreateSchema } from '../../../shared/schemas/inputs';
import type { Job, JobCategory } from '../../../shared/schemas/job';
import type { Priority } from '../../../shared/schemas/common';
import type { VisitOutcome } from '../../../shared/schemas/visit';
import { clientUnbilled } from '../services/billing/billing-views';
import { buildJob, findJob } from '../services/jobs/job-records';
import { saveJob } from '../services/jobs/job-revision';
import { visit, WORK, type Work } from './closed-out-week';
import { addDays, atMinute, weekdayOfDay } from './planner';
import type { Random } from './random';

const MINUTE = 60_000;
const BY = 'dispatcher';
/** Days before today the history covers (the closed-out week is the seven days before today). */
const FIRST_BACK = 42;
const LAST_BACK = 8;
/** Calls on an ordinary day, by weekday (Sunday first): Monday is the busy day. */
const CALLS_BY_WEEKDAY = [0, 13, 10, 10, 9, 8, 2];
/** When calls come in (minutes since midnight): most between 08:00 and 10:30, a second wave after lunch. */
const RECEIVED_AT = [485, 500, 520, 535, 550, 565, 580, 600, 615, 640, 690, 760, 800, 820, 870, 930];
const PRIORITIES: Priority[] = ['P2', 'P3', 'P3', 'P3', 'P4', 'P4', 'P2', 'P3'];
/** Days before today of the repeated printer calls at the accountants' main office. */
const PRINTER_DAYS = [31, 24, 17, 10];

type Call = { minute: number; priority: Priority; work: Work; client?: { id: string; siteId: string | null }; evening?: boolean };

/** Add the history to `doc` (directory already in it). Returns the billing batches made for last month's visits. */
export function addHistoryWeeks(doc: DispatchDocument, now: Date, rnd: Random): BillingBatch[] {
  const timeZone = doc.settings.timeZone;
  const today = dayOf(now, timeZone);
  const latecomer = doc.technicians[0];
  const accountant = doc.clients.find((c) => c.name.startsWith('Patel'));
  const printerSite = doc.sites.find((s) => s.clientId === accountant?.id) ?? null;
  const followUps: Array<{ job: Job; day: string; technicianId: string }> = [];
  const usedWeeks = new Set<number>();
  /** Calls pushed to the next day: when each technician is free again that day. */
  const carried = new Map<string, number>();
  // The Monday three to four weeks back: the outage.
  const peakDay = [21, 22, 23, 24, 25, 26, 27].map((b) => addDays(today, -b)).find((d) => weekdayOfDay(d) === 1);

  for (let back = FIRST_BACK; back >= LAST_BACK; back--) {
    const day = addDays(today, -back);
    const weekday = weekdayOfDay(day);
    const peak = day === peakDay;
    const working = doc.technicians.filter((t) => t.active && t.workingHours.some((h) => h.days.includes(weekday)));
    if (working.length === 0) continue;
    const count = (CALLS_BY_WEEKDAY[weekday] ?? 0) + (weekday >= 1 && weekday <= 5 ? rnd.int(0, 1) : 0) + (peak ? 12 : 0);
    const calls: Call[] = Array.from({ length: count }, () => ({
      minute: RECEIVED_AT[rnd.int(0, peak ? 7 : RECEIVED_AT.length - 1)] as number,
      priority: peak && rnd.next() < 0.5 ? 'P2' : (PRIORITIES[rnd.int(0, PRIORITIES.length - 1)] as Priority),
      work: WORK[rnd.int(0, WORK.length - 1)] as Work,
    }));
    if (PRINTER_DAYS.includes(back) && accountant) calls.push({ minute: 545, priority: 'P3', work: WORK[back % 2 === 0 ? 1 : 2] as Work, client: { id: accountant.id, siteId: printerSite?.id ?? null } });
    // Two evening call-outs a week for the same technician: over the shop's weekly limit.
    if ((weekday === 2 || weekday === 4) && latecomer && working.includes(latecomer)) calls.push({ minute: 16 * 60 + 40, priority: 'P2', work: WORK[8] as Work, evening: true });
    calls.sort((a, b) => a.minute - b.minute);

    const cursor = new Map(working.map((t) => [t.id, Math.max(shiftOf(t, weekday).start + 30, carried.get(t.id) ?? 0)]));
    carried.clear();
    const tomorrow = addDays(day, 1);
    const tomorrowCrew = doc.technicians.filter((t) => t.active && t !== latecomer && t.workingHours.some((h) => h.days.includes(weekdayOfDay(tomorrow))));
    const week = Math.floor(back / 7);
    for (const call of calls) {
      const bookedAfter = peak ? rnd.int(120, 200) : rnd.int(5, 25);
      const earliest = call.evening ? 18 * 60 : call.minute + bookedAfter + 30;
      const minutes = call.evening ? 165 : rnd.next() < 0.1 ? rnd.int(150, 200) : rnd.int(45, 100);
      const startFor = (id: string) => Math.ceil(Math.max(cursor.get(id) ?? 0, earliest) / 15) * 15;
      // Whoever is free first and can finish within their hours; only the evening call-outs run late.
      const fits = working.filter((t) => t !== latecomer && startFor(t.id) + minutes <= shiftOf(t, weekday).end);
      let technician = call.evening ? latecomer! : fits.reduce((a, b) => (startFor(b.id) < startFor(a.id) ? b : a), fits[0] ?? working[0]!);
      let visitDay = day;
      let start = startFor(technician.id);
      if (!call.evening && fits.length === 0 && tomorrowCrew.length > 0 && back > LAST_BACK) {
        // Nobody can fit it in today: first thing tomorrow (the last history day has no tomorrow of its own).
        const first = (t: (typeof tomorrowCrew)[number]) => Math.max(shiftOf(t, weekdayOfDay(tomorrow)).start + 30, carried.get(t.id) ?? 0);
        technician = tomorrowCrew.reduce((a, b) => (first(b) < first(a) ? b : a));
        visitDay = tomorrow;
        start = Math.ceil(first(technician) / 15) * 15;
        carried.set(technician.id, start + minutes + 30);
      } else cursor.set(technician.id, start + minutes + 30);
      // One call a week needs another visit, two days later (while that visit is still in the history,
      // even when the first was pushed to the next day).
      const outcome: VisitOutcome = !usedWeeks.has(week) && back >= LAST_BACK + 3 && call.work.category === 'network' ? 'another-visit' : 'done';
      if (outcome === 'another-visit') usedWeeks.add(week);
      const job = createCall(doc, rnd, { day, call, timeZone });
      const followUp = visit(doc, rnd, { job, technicianId: technician.id, day: visitDay, minute: start, minutes, work: call.work, outcome, timeZone, parts: [], bookedAt: Date.parse(job.receivedAt) + bookedAfter * MINUTE });
      if (followUp) followUps.push({ job: followUp, day: addDays(visitDay, 2), technicianId: technician.id });
    }
    for (const f of followUps.filter((p) => p.day === day)) {
      const start = Math.ceil(Math.max(15 * 60, cursor.get(f.technicianId) ?? 0) / 15) * 15;
      cursor.set(f.technicianId, start + 90);
      visit(doc, rnd, { job: findJob(doc, f.job.id).job, technicianId: f.technicianId, day, minute: start, minutes: 60, work: { ...(WORK[9] as Work), title: f.job.title }, outcome: 'done', timeZone, parts: [] });
    }
  }
  return billLastMonth(doc, now, rnd);
}

/** The technician's hours on a weekday, in minutes since midnight. */
function shiftOf(t: DispatchDocument['technicians'][number], weekday: number): { start: number; end: number } {
  const shift = t.workingHours.find((h) => h.days.includes(weekday));
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return shift ? { start: minutes(shift.start), end: minutes(shift.end) } : { start: 8 * 60, end: 17 * 60 };
}

function createCall(doc: DispatchDocument, rnd: Random, plan: { day: string; call: Call; timeZone: string }): Job {
  const { day, call, timeZone } = plan;
  const client = call.client ? doc.clients.find((c) => c.id === call.client?.id) : doc.clients[rnd.int(0, doc.clients.length - 1)];
  if (!client) throw new Error('the sample history needs clients');
  const sites = doc.sites.filter((s) => s.clientId === client.id);
  const contacts = doc.contacts.filter((c) => c.clientId === client.id);
  const receivedAt = atMinute(day, call.minute + rnd.int(0, 9), timeZone);
  const input = JobCreateSchema.parse({
    clientId: client.id,
    siteId: call.client ? call.client.siteId : (sites[rnd.int(0, sites.length - 1)]?.id ?? null),
    contactId: contacts[rnd.int(0, contacts.length - 1)]?.id ?? null,
    title: call.work.title,
    category: call.work.category satisfies JobCategory,
    priority: call.priority,
    estimateMinutes: 60,
    receivedAt: receivedAt.toISOString(),
  });
  const { job, nextJobNumber } = buildJob(doc, input, rnd.uuid(), { at: new Date(receivedAt.getTime() + 2 * MINUTE), by: BY });
  doc.jobs.push(job);
  doc.nextJobNumber = nextJobNumber;
  return job;
}

/**
 * Bill every client's history visits of the months before this one, in one batch each, made on
 * the first of this month (or an hour ago, on the 1st itself); this month's visits stay unbilled.
 */
function billLastMonth(doc: DispatchDocument, now: Date, rnd: Random): BillingBatch[] {
  const timeZone = doc.settings.timeZone;
  const firstOfMonth = `${dayOf(now, timeZone).slice(0, 7)}-01`;
  const lastBilled = addDays(firstOfMonth, -1);
  const from = addDays(dayOf(now, timeZone), -FIRST_BACK);
  if (lastBilled < from) return [];
  const createdAt = new Date(Math.min(atMinute(firstOfMonth, 10 * 60, timeZone).getTime(), now.getTime() - 60 * MINUTE)).toISOString();
  const batches: BillingBatch[] = [];
  for (const client of doc.clients) {
    const priced = clientUnbilled(doc, client, from, lastBilled).visits;
    if (priced.length === 0) continue;
    const batch = buildBatch(
      priced,
      { id: rnd.uuid(), number: doc.nextBatchNumber, clientId: client.id, clientName: client.name, periodFrom: from, periodTo: lastBilled, ...doc.settings.billing, note: '', createdAt },
      () => rnd.uuid(),
    );
    const billed = new Set(priced.map((v) => v.visitId));
    doc.jobs.forEach((job, index) => {
      if (!job.visits.some((v) => billed.has(v.id))) return;
      const visits = job.visits.map((v) => (billed.has(v.id) ? { ...v, billedBatchId: batch.id } : v));
      saveJob(doc, index, { ...job, visits, updatedAt: createdAt, history: [...job.history, { at: createdAt, by: BY, action: 'billing', detail: `Billed in ${batchLabel(batch)}` }] });
    });
    doc.billingBatches = [...doc.billingBatches, batch];
    doc.nextBatchNumber += 1;
    batches.push(batch);
  }
  return batches;
}
