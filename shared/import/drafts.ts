/**
 * Turn one imported row's text cells into the input a normal "create" would receive, or say per
 * field what is wrong. Pure: references to other records (a job's client, site, contact) stay as
 * text for the core to resolve against the live data. The record schemas used by normal creation
 * check the result, so an imported record obeys exactly the same rules as a typed-in one.
 */
import type { z } from 'zod';
import { newContract } from '../billing/contract-terms';
import { toMinorUnits } from '../billing/money';
import { ClientInputSchema, ContactInputSchema, JobCreateSchema, SiteInputSchema, TechnicianInputSchema } from '../schemas/inputs';
import type { ClientInput, ContactInput, JobCreate, SiteInput, TechnicianInput } from '../schemas/inputs';
import type { ClientField, JobField, TechnicianField } from './columns';
import type { ImportIssue } from './schemas';
import { guessTicketState } from './value-guess';
import type { Read } from './values';
import {
  longestDayHours,
  readAmount,
  readCategory,
  readColour,
  readContractType,
  readEstimate,
  readHours,
  readPriority,
  readReceivedAt,
  readSkills,
  readWorkingHours,
} from './values';

/** What the pure readers need from outside: the shop's zone, the time now, its SLA tiers. */
export type DraftContext = { timeZone: string; now: Date; slaPolicies: readonly { id: string; name: string }[] };

export type Drafted<T> = { ok: true; draft: T } | { ok: false; issues: ImportIssue[] };

type Values<F extends string> = Partial<Record<F, string>>;

/** Collects issues while reading cells; `take` gives the value or undefined after noting why. */
function issueList() {
  const issues: ImportIssue[] = [];
  return {
    issues,
    add: (field: string, message: string) => issues.push({ field, message }),
    take<T>(field: string, read: Read<T>): T | undefined {
      if (read.ok) return read.value;
      issues.push({ field, message: read.message });
      return undefined;
    },
    /** Run a record schema and report its problems under the CSV column names. */
    check<S extends z.ZodType>(schema: S, data: unknown, columnOf: Record<string, string>): z.output<S> | undefined {
      const parsed = schema.safeParse(data);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        issues.push({ field: columnOf[key] ?? key, message: issue.message });
      }
      return undefined;
    },
  };
}

const text = (v: string | undefined) => (v ?? '').trim();
/**
 * A spreadsheet cell often wraps a long title over lines (Alt+Enter in Excel): an import folds each
 * line break, with the spaces around it, into one space instead of refusing the row. Other control
 * and invisible characters are still refused by the title schema, as in the form and the intake API.
 */
const foldTitle = (v: string | undefined) => text(v).replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');

export type JobDraft = {
  /** Client id or name, site and contact names (or ids), as written in the file. */
  client: string;
  site: string | null;
  contact: string | null;
  input: JobCreate;
  /** The ticket was closed in the tool it came from: it becomes a finished job, for history. */
  closed: boolean;
};

const jobColumnOf: Record<string, JobField> = {
  clientId: 'client',
  siteId: 'site',
  contactId: 'contact',
  title: 'title',
  description: 'description',
  category: 'category',
  requiredSkills: 'skills',
  priority: 'priority',
  estimateMinutes: 'estimate',
  externalRef: 'external_ref',
  notes: 'notes',
  receivedAt: 'received_at',
};

/** Default when a jobs file has no estimate for a row. */
export const DEFAULT_ESTIMATE_MINUTES = 60;

/** A job row → `jobs:create` input (client still by name). */
export function jobDraft(values: Values<JobField>, ctx: DraftContext): Drafted<JobDraft> {
  const r = issueList();
  const client = text(values.client);
  if (client === '') r.add('client', 'required (the client name or id)');
  const priority = values.priority === undefined ? (r.add('priority', 'required (P1–P4)'), undefined) : r.take('priority', readPriority(values.priority));
  const category = r.take('category', readCategory(values.category ?? ''));
  const estimate =
    values.estimate !== undefined
      ? r.take('estimate', readEstimate(values.estimate))
      : values.estimate_hours !== undefined
        ? r.take('estimate_hours', readHoursAsMinutes(values.estimate_hours))
        : DEFAULT_ESTIMATE_MINUTES;
  const receivedAt = values.received_at === undefined ? undefined : r.take('received_at', readReceivedAt(values.received_at, ctx.timeZone, ctx.now));
  const input = r.check(
    JobCreateSchema,
    {
      clientId: '-',
      title: foldTitle(values.title),
      description: (values.description ?? '').trim(),
      category: category ?? 'other',
      requiredSkills: readSkills(values.skills ?? ''),
      priority: priority ?? 'P3',
      estimateMinutes: estimate ?? DEFAULT_ESTIMATE_MINUTES,
      externalRef: text(values.external_ref) || null,
      notes: (values.notes ?? '').trim(),
      ...(receivedAt ? { receivedAt } : {}),
    },
    jobColumnOf,
  );
  if (r.issues.length > 0 || !input) return { ok: false, issues: r.issues };
  const closed = values.status !== undefined && guessTicketState(values.status) === 'closed';
  return { ok: true, draft: { client, site: text(values.site) || null, contact: text(values.contact) || null, input, closed } };
}

/** `1.5` hours → 90 minutes (a PSA's budget or estimated hours). */
function readHoursAsMinutes(value: string): Read<number> {
  const hours = readHours(value);
  return hours.ok ? { ok: true, value: Math.round(hours.value * 60) } : hours;
}

export type ClientDraft = {
  client: ClientInput;
  /** A first site, when the row names one or gives an address. */
  site: Omit<SiteInput, 'clientId'> | null;
  /** A first contact, when the row names one. */
  contact: Omit<ContactInput, 'clientId'> | null;
};

/** The tier whose id or name matches (case-insensitively); blank means `standard`, else the first tier. */
function readTier(value: string, policies: DraftContext['slaPolicies']): Read<string> {
  const key = value.trim().toLowerCase();
  if (key === '') {
    const fallback = policies.find((p) => p.id === 'standard') ?? policies[0];
    return fallback ? { ok: true, value: fallback.id } : { ok: false, message: 'the shop has no SLA tiers yet' };
  }
  const match = policies.find((p) => p.id.toLowerCase() === key || p.name.toLowerCase() === key);
  if (match) return { ok: true, value: match.id };
  return { ok: false, message: `unknown SLA tier; expected one of ${policies.map((p) => p.id).join(', ')}` };
}

/** A client row → client, plus a first site and contact when the row has them. */
export function clientDraft(values: Values<ClientField>, ctx: DraftContext): Drafted<ClientDraft> {
  const r = issueList();
  const contractType = r.take('contract_type', readContractType(values.contract_type ?? ''));
  const slaTier = r.take('sla_tier', readTier(values.sla_tier ?? '', ctx.slaPolicies));
  const hourlyRate =
    values.hourly_rate === undefined ? (r.add('hourly_rate', 'required (e.g. 95 or 95.50)'), undefined) : r.take('hourly_rate', readAmount(values.hourly_rate));
  const name = text(values.name);
  const client = r.check(
    ClientInputSchema,
    {
      name,
      contract: newContract(contractType ?? 'time-and-materials', toMinorUnits(hourlyRate ?? 0)),
      slaTier: slaTier ?? 'standard',
      environmentNotes: (values.notes ?? '').trim(),
    },
    { name: 'name', contract: 'hourly_rate', slaTier: 'sla_tier', environmentNotes: 'notes' },
  );
  let site: ClientDraft['site'] = null;
  if (values.site !== undefined || values.address !== undefined) {
    const siteName = text(values.site) || 'Main site';
    const parsed = r.check(
      SiteInputSchema,
      { clientId: '-', name: siteName, address: text(values.address), zone: text(values.zone) },
      { name: 'site', address: 'address', zone: 'zone' },
    );
    if (parsed) site = { name: parsed.name, address: parsed.address, zone: parsed.zone, accessNotes: parsed.accessNotes };
  } else if (values.zone !== undefined) {
    r.add('zone', 'a zone belongs to a site: add a site or address column value');
  }
  let contact: ClientDraft['contact'] = null;
  if (values.contact !== undefined) {
    const parsed = r.check(
      ContactInputSchema,
      { clientId: '-', name: text(values.contact), phone: text(values.phone), email: text(values.email) },
      { name: 'contact', phone: 'phone', email: 'email' },
    );
    if (parsed) contact = { name: parsed.name, phone: parsed.phone, email: parsed.email };
  } else if (values.phone !== undefined || values.email !== undefined) {
    r.add('contact', 'required when a phone or e-mail is given (whose number is it?)');
  }
  if (r.issues.length > 0 || !client) return { ok: false, issues: r.issues };
  return { ok: true, draft: { client, site, contact } };
}

/** Distinct, readable colours for technicians imported without one. */
export const TECHNICIAN_PALETTE = ['#1f5f9e', '#b71c1c', '#2e7d32', '#6a1b9a', '#e65100', '#00695c', '#ad1457', '#4e342e', '#283593', '#827717'];

/** Shop hours when a technicians file gives none. */
export const DEFAULT_WORKING_HOURS = 'Mon-Fri 08:00-17:00';

/** A technician row → `technicians:create` input. Colour, hours and capacity have defaults. */
export function technicianDraft(values: Values<TechnicianField>, ctx: DraftContext & { index: number }): Drafted<TechnicianInput> {
  const r = issueList();
  const colour =
    values.colour === undefined ? TECHNICIAN_PALETTE[ctx.index % TECHNICIAN_PALETTE.length] : r.take('colour', readColour(values.colour));
  const hours = r.take('working_hours', readWorkingHours(values.working_hours ?? DEFAULT_WORKING_HOURS));
  const capacity =
    values.daily_capacity_hours === undefined ? (hours ? longestDayHours(hours) : 8) : r.take('daily_capacity_hours', readHours(values.daily_capacity_hours));
  const input = r.check(
    TechnicianInputSchema,
    {
      name: text(values.name),
      skills: readSkills(values.skills ?? ''),
      zone: text(values.zone),
      colour: colour ?? '#000000',
      workingHours: hours ?? [],
      dailyCapacityHours: capacity ?? 8,
    },
    { name: 'name', skills: 'skills', zone: 'zone', colour: 'colour', workingHours: 'working_hours', dailyCapacityHours: 'daily_capacity_hours' },
  );
  if (r.issues.length > 0 || !input) return { ok: false, issues: r.issues };
  return { ok: true, draft: input };
}
