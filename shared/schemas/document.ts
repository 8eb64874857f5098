import { z } from 'zod';
import { ClientSchema, ContactSchema, SiteSchema } from './client';
import { JobSchema } from './job';
import { SettingsSchema, defaultSettings } from './settings';
import { SlaPolicySchema } from './sla';
import { TechnicianSchema } from './technician';
import { describeIssues, toFieldIssues } from './issues';
import { AlertStateSchema } from './alerts';
import { PrintRecordSchema } from './print';
import { PartSchema } from './visit';
import { MessageSettingsSchema, defaultMessageSettings } from './messages';
import { CalendarFeedSchema } from './calendar';
import { MaintenancePlanSchema } from './maintenance';
import { BillingBatchSchema } from './billing';
import { defaultSlaPolicies } from '../domain/sla-defaults';

/** The `schemaVersion` this build reads and writes. Bump it together with a new file in shared/migrations/. */
export const CURRENT_SCHEMA_VERSION = 6;

export const DispatchDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** Next number handed out as `J-<n>`; only ever grows, so numbers are never reused. */
  nextJobNumber: z.number().int().min(1),
  settings: SettingsSchema,
  slaPolicies: z.array(SlaPolicySchema),
  clients: z.array(ClientSchema),
  sites: z.array(SiteSchema),
  contacts: z.array(ContactSchema),
  technicians: z.array(TechnicianSchema),
  jobs: z.array(JobSchema),
  /** The latest printed run sheet per technician and day (since v2). */
  printRecords: z.array(PrintRecordSchema),
  /** Acknowledged urgent alerts and the snooze (since v2). */
  alertState: AlertStateSchema,
  /** The parts list the close-out picks from, with unit prices (since v5). */
  parts: z.array(PartSchema).default([]),
  /** Customer messages: SMTP server (no password), arrival window, templates (since v5). */
  messages: MessageSettingsSchema.default(defaultMessageSettings()),
  /** Technicians' subscribable calendar feeds, by token hash (since v5). */
  calendarFeeds: z.array(CalendarFeedSchema).max(10_000).default([]),
  /** Recurring maintenance plans; their occurrences become jobs (since v5). */
  maintenancePlans: z.array(MaintenancePlanSchema).default([]),
  /** Billing batches and credit batches, oldest first; never edited or removed (since v5). */
  billingBatches: z.array(BillingBatchSchema).default([]),
  /** Next number handed out as `B-<n>`; only ever grows (since v5). */
  nextBatchNumber: z.number().int().min(1).default(1),
});

export type DispatchDocument = z.infer<typeof DispatchDocumentSchema>;

/** A new, empty data file: default settings and SLA tiers, no clients, technicians or jobs. */
export function emptyDocument(timeZone = 'UTC'): DispatchDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    nextJobNumber: 1001,
    settings: defaultSettings(timeZone),
    slaPolicies: defaultSlaPolicies(),
    clients: [],
    sites: [],
    contacts: [],
    technicians: [],
    jobs: [],
    printRecords: [],
    alertState: { acknowledged: [], snoozedUntil: null },
    parts: [],
    messages: defaultMessageSettings(),
    calendarFeeds: [],
    maintenancePlans: [],
    billingBatches: [],
    nextBatchNumber: 1,
  };
}

/** Ids that appear twice in one collection, or references to records that do not exist. */
function integrityProblems(doc: DispatchDocument): string[] {
  const problems: string[] = [];
  const unique = (name: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${name}: duplicate id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const clients = unique('clients', doc.clients.map((c) => c.id));
  const sites = unique('sites', doc.sites.map((s) => s.id));
  const contacts = unique('contacts', doc.contacts.map((c) => c.id));
  const technicians = unique('technicians', doc.technicians.map((t) => t.id));
  unique('jobs', doc.jobs.map((j) => j.id));
  unique('job numbers', doc.jobs.map((j) => j.number));
  unique('slaPolicies', doc.slaPolicies.map((p) => p.id));
  for (const s of doc.sites) if (!clients.has(s.clientId)) problems.push(`site ${s.id}: unknown client ${s.clientId}`);
  for (const c of doc.contacts) if (!clients.has(c.clientId)) problems.push(`contact ${c.id}: unknown client ${c.clientId}`);
  for (const j of doc.jobs) {
    if (!clients.has(j.clientId)) problems.push(`job ${j.number}: unknown client ${j.clientId}`);
    if (j.siteId && !sites.has(j.siteId)) problems.push(`job ${j.number}: unknown site ${j.siteId}`);
    if (j.contactId && !contacts.has(j.contactId)) problems.push(`job ${j.number}: unknown contact ${j.contactId}`);
    if (j.assignment && !technicians.has(j.assignment.technicianId)) {
      problems.push(`job ${j.number}: unknown technician ${j.assignment.technicianId}`);
    }
  }
  const feeds = unique('calendarFeeds', doc.calendarFeeds.map((f) => f.technicianId));
  for (const id of feeds) if (!technicians.has(id)) problems.push(`calendar feed: unknown technician ${id}`);
  unique('maintenancePlans', doc.maintenancePlans.map((p) => p.id));
  for (const p of doc.maintenancePlans) {
    if (!clients.has(p.clientId)) problems.push(`maintenance plan ${p.id}: unknown client ${p.clientId}`);
    if (p.siteId && !sites.has(p.siteId)) problems.push(`maintenance plan ${p.id}: unknown site ${p.siteId}`);
  }
  for (const b of doc.billingBatches) {
    if (!clients.has(b.clientId)) problems.push(`billing batch ${b.number}: unknown client ${b.clientId}`);
  }
  for (const r of doc.printRecords) {
    if (!technicians.has(r.technicianId)) problems.push(`print record ${r.day}: unknown technician ${r.technicianId}`);
  }
  return problems;
}

/** Parse untrusted data (a file on disk, a backup) into a document, or say in words why not. */
export function validateDocument(data: unknown): { ok: true; value: DispatchDocument } | { ok: false; reason: string } {
  const parsed = DispatchDocumentSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: describeIssues(toFieldIssues(parsed.error)) };
  const problems = integrityProblems(parsed.data);
  if (problems.length > 0) {
    const more = problems.length > 5 ? `; …and ${problems.length - 5} more` : '';
    return { ok: false, reason: problems.slice(0, 5).join('; ') + more };
  }
  return { ok: true, value: parsed.data };
}
