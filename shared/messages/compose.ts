/**
 * A message for one job, from its template and the job's records: the field values (times in the
 * shop's zone), then the rendered subject (header-safe) and body. Pure; the clock is not needed,
 * every time shown is the booking's.
 */
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { Client, Contact, Site } from '../schemas/client';
import type { Job } from '../schemas/job';
import type { MessageSettings, MessageTemplate } from '../schemas/messages';
import type { Technician } from '../schemas/technician';
import { formatHm } from '../domain/zoned-time';
import { headerSafe } from './fields';
import type { FieldValues, MessageField } from './fields';
import { renderTemplate } from './render';

export type MessageContext = {
  job: Job;
  client: Pick<Client, 'name'> | null;
  site: Pick<Site, 'name' | 'address'> | null;
  contact: Pick<Contact, 'name' | 'email'> | null;
  technician: Pick<Technician, 'name'> | null;
  timeZone: string;
  settings: Pick<MessageSettings, 'arrivalWindowMinutes' | 'smtp'>;
  /** `HH:MM` (shop time) for "Running late", chosen by the dispatcher when sending. */
  newArrivalTime?: string | undefined;
  /** Replaces the latest visit's work done as `{{visitSummary}}`. */
  visitSummary?: string | undefined;
};

export type ComposedText = {
  subject: string;
  body: string;
  unknown: string[];
  missing: MessageField[];
};

/** `Wednesday 9 December 2026` in the shop's zone. */
export function formatArrivalDay(instant: Date, timeZone: string): string {
  return format(instant, 'EEEE d MMMM yyyy', { in: tz(timeZone) });
}

/** `09:00 and 11:00`; just `09:00` when the shop promises an exact time (window 0). */
export function formatArrivalWindow(start: Date, windowMinutes: number, timeZone: string): string {
  const from = formatHm(start, timeZone);
  if (windowMinutes === 0) return from;
  return `${from} and ${formatHm(start.getTime() + windowMinutes * 60_000, timeZone)}`;
}

/** The value of every field for this job; a field with nothing to say is absent. */
export function messageFields(ctx: MessageContext): FieldValues {
  const { job } = ctx;
  const values: FieldValues = {
    jobNumber: job.number,
    jobTitle: job.title,
    contactName: ctx.contact?.name || 'there',
  };
  const put = (field: MessageField, value: string | undefined | null) => {
    if (value) values[field] = value;
  };
  put('clientName', ctx.client?.name);
  put('siteName', ctx.site?.name);
  put('siteAddress', ctx.site?.address);
  put('technicianName', ctx.technician?.name);
  put('shopName', ctx.settings.smtp.fromName);
  if (job.assignment) {
    const start = new Date(job.assignment.start);
    put('arrivalDay', formatArrivalDay(start, ctx.timeZone));
    put('arrivalWindow', formatArrivalWindow(start, ctx.settings.arrivalWindowMinutes, ctx.timeZone));
  }
  put('newArrivalTime', ctx.newArrivalTime);
  put('visitSummary', ctx.visitSummary ?? job.visits.at(-1)?.workDone);
  return values;
}

/** Subject and body for this job from `template`, with what the dispatcher should check. */
export function composeMessage(template: MessageTemplate, values: FieldValues): ComposedText {
  const subject = renderTemplate(template.subject, values);
  const body = renderTemplate(template.body, values);
  return {
    subject: headerSafe(subject.text),
    body: body.text,
    unknown: [...new Set([...subject.unknown, ...body.unknown])],
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

/** Example values for the settings preview, so a template can be judged before any job uses it. */
export const SAMPLE_FIELDS: FieldValues = {
  jobNumber: 'J-1042',
  jobTitle: 'Reception PC will not boot',
  clientName: 'Harbour Dental',
  contactName: 'Megan Doyle',
  siteName: 'Quay Street surgery',
  siteAddress: '14 Quay Street, Bristol',
  technicianName: 'Alex Chen',
  arrivalDay: 'Wednesday 9 December 2026',
  arrivalWindow: '09:00 and 11:00',
  newArrivalTime: '11:30',
  visitSummary: 'Replaced the failed power supply and checked the backups ran overnight.',
};
