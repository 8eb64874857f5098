/**
 * Read side of run sheets: resolve a day's visits from the document (client, site, contact names
 * and addresses) and compare them with print records. Pure functions of the document; the service
 * (run-sheets.ts) adds the store, the clock and the printer.
 */
import { bookingDeadlines } from '../../../../shared/domain/booking-deadlines';
import { awaitsResponse } from '../../../../shared/domain/sla';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { RunSheet, RunSheetStatusEntry, RunSheetVisit } from '../../../../shared/ipc/outputs';
import {
  PRIORITY_WORDS,
  compareWithPrinted,
  runSheetJobsByTechnician,
  shiftText,
  visitFingerprint,
} from '../../../../shared/domain/run-sheet';
import type { DepartedJob } from '../../../../shared/domain/run-sheet';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Client, Contact, Site } from '../../../../shared/schemas/client';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { notFound } from '../errors';
import { boardOrder } from '../schedule/board';

/**
 * One day of the document, read once: every technician's jobs that day and the directory by id,
 * so building 50 sheets or checking 50 print records does not scan 10,000 jobs 50 times.
 */
export type DayIndex = {
  doc: DispatchDocument;
  day: string;
  jobsByTechnician: Map<string, Job[]>;
  clients: Map<string, Client>;
  sites: Map<string, Site>;
  contacts: Map<string, Contact>;
};

export function indexDay(doc: DispatchDocument, day: string): DayIndex {
  return {
    doc,
    day,
    jobsByTechnician: runSheetJobsByTechnician(doc.jobs, day, doc.settings.timeZone),
    clients: new Map(doc.clients.map((c) => [c.id, c])),
    sites: new Map(doc.sites.map((s) => [s.id, s])),
    contacts: new Map(doc.contacts.map((c) => [c.id, c])),
  };
}

/** Every name and address a visit needs, resolved. */
export function toVisit(index: DayIndex, job: Job): RunSheetVisit {
  const client = index.clients.get(job.clientId);
  const site = job.siteId ? index.sites.get(job.siteId) : undefined;
  const contact = job.contactId ? index.contacts.get(job.contactId) : undefined;
  const content = {
    jobId: job.id,
    number: job.number,
    start: job.assignment?.start ?? '',
    end: job.assignment?.end ?? '',
    status: job.status,
    priority: job.priority,
    title: job.title,
    description: job.description,
    requiredSkills: [...job.requiredSkills],
    notes: job.notes,
    clientName: client?.name ?? 'Unknown client',
    siteName: site?.name ?? '',
    siteAddress: site?.address ?? '',
    accessNotes: site?.accessNotes ?? '',
    contactName: contact?.name ?? '',
    contactPhone: contact?.phone ?? '',
    responseDueAt: job.responseDueAt,
    resolutionDueAt: job.resolutionDueAt,
  };
  return {
    ...content,
    category: job.category,
    priorityText: PRIORITY_WORDS[job.priority],
    fingerprint: visitFingerprint(content),
    responseOwed: awaitsResponse(job),
    deadlines: bookingDeadlines(job, { start: content.start, end: content.end }),
  };
}

/**
 * The technicians whose sheets to build: the ones asked for (NOT_FOUND naming none that exist), or
 * everyone with a visit that day, in board order.
 */
export function sheetTechnicians(index: DayIndex, ids: readonly string[] | undefined): Technician[] {
  const doc = index.doc;
  if (ids && ids.length > 0) {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !doc.technicians.some((t) => t.id === id));
    if (missing.length > 0) {
      throw notFound(
        missing.length === 1
          ? 'That technician does not exist any more. They may have been removed on another screen.'
          : `${missing.length} of those technicians do not exist any more. They may have been removed on another screen.`,
      );
    }
    return doc.technicians.filter((t) => unique.includes(t.id)).sort(boardOrder);
  }
  return doc.technicians.filter((t) => index.jobsByTechnician.has(t.id)).sort(boardOrder);
}

/** One technician's sheet for `day`. */
export function buildSheet(index: DayIndex, technician: Technician): RunSheet {
  const jobs = index.jobsByTechnician.get(technician.id) ?? [];
  return {
    technicianId: technician.id,
    technicianName: technician.name,
    zone: technician.zone,
    shift: shiftText(technician, index.day),
    visits: jobs.map((j) => toVisit(index, j)),
  };
}

/** Where a job that is no longer on `technicianId`'s sheet for `day` went. */
function departure(doc: DispatchDocument, jobsById: ReadonlyMap<string, Job>, jobId: string, technicianId: string): DepartedJob | null {
  const job = jobsById.get(jobId);
  if (!job) return null;
  const base = { jobId, number: job.number };
  if (job.status === 'cancelled') return { ...base, fate: 'cancelled' };
  if (!job.assignment) return { ...base, fate: 'unassigned' };
  if (job.assignment.technicianId !== technicianId) {
    const name = doc.technicians.find((t) => t.id === job.assignment?.technicianId)?.name;
    return { ...base, fate: 'reassigned', ...(name ? { technicianName: name } : {}) };
  }
  const zone = doc.settings.timeZone;
  const start = new Date(job.assignment.start);
  return { ...base, fate: 'moved', day: format(start, 'EEE d MMM', { in: tz(zone) }) };
}

/** "Changed since printed" for every print record of `day`, in board order. */
export function sheetStatus(doc: DispatchDocument, day: string): RunSheetStatusEntry[] {
  const zone = doc.settings.timeZone;
  const records = doc.printRecords.filter((r) => r.day === day);
  if (records.length === 0) return [];
  const index = indexDay(doc, day);
  let jobsById: Map<string, Job> | undefined;
  const order = new Map([...doc.technicians].sort(boardOrder).map((t, i) => [t.id, i]));
  records.sort((a, b) => (order.get(a.technicianId) ?? 0) - (order.get(b.technicianId) ?? 0));
  return records.map((record) => {
    const current = (index.jobsByTechnician.get(record.technicianId) ?? []).map((j) => {
      const visit = toVisit(index, j);
      return { jobId: visit.jobId, number: visit.number, fingerprint: visit.fingerprint };
    });
    const departed = new Map<string, DepartedJob>();
    const onSheet = new Set(current.map((v) => v.jobId));
    for (const printed of record.jobs) {
      if (onSheet.has(printed.jobId)) continue;
      // Built only when some job left a sheet: most refreshes find every printed job still there.
      jobsById ??= new Map(doc.jobs.map((j) => [j.id, j]));
      const gone = departure(doc, jobsById, printed.jobId, record.technicianId);
      if (gone) departed.set(printed.jobId, gone);
    }
    return { technicianId: record.technicianId, printedAt: record.printedAt, changes: compareWithPrinted(record, current, departed, zone) };
  });
}
