/**
 * How each part of the document maps to a table: the record's key, the columns the database
 * enforces, and the schema a row is checked against when read (rows are untrusted: another desk,
 * another version or a hand edit may have written them). Jobs keep their history in `job_history`
 * (see history.ts), so a job row's `data` holds the job without it.
 */
import type { z } from 'zod';
import { AlertStateSchema } from '../../../shared/schemas/alerts';
import { BillingBatchSchema } from '../../../shared/schemas/billing';
import { CalendarFeedSchema } from '../../../shared/schemas/calendar';
import { ClientSchema, ContactSchema, SiteSchema } from '../../../shared/schemas/client';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { JobSchema, type Job } from '../../../shared/schemas/job';
import { MaintenancePlanSchema } from '../../../shared/schemas/maintenance';
import { MessageSettingsSchema } from '../../../shared/schemas/messages';
import { PrintRecordSchema } from '../../../shared/schemas/print';
import { SettingsSchema } from '../../../shared/schemas/settings';
import { SlaPolicySchema } from '../../../shared/schemas/sla';
import { TechnicianSchema } from '../../../shared/schemas/technician';
import { PartSchema } from '../../../shared/schemas/visit';

/** Document fields kept as lists of records, one row each. */
export type ListField = 'technicians' | 'clients' | 'sites' | 'contacts' | 'slaPolicies' | 'parts' | 'jobs' | 'printRecords' | 'calendarFeeds' | 'maintenancePlans' | 'billingBatches';
/** Document fields kept as one shop-wide row. */
export type SingleField = 'settings' | 'alertState' | 'messages';
export type Field = ListField | SingleField;

type RecordOf<F extends Field> = F extends ListField ? DispatchDocument[F][number] : DispatchDocument[F];

export type TableSpec<F extends Field = Field> = {
  field: F;
  table: string;
  /** The row's primary key. */
  key(record: RecordOf<F>): string;
  /** Enforced columns besides id/version/change_seq/data, in this order. */
  columns: readonly string[];
  values(record: RecordOf<F>): unknown[];
  /** What goes in `data` (the job without its history). */
  data(record: RecordOf<F>): unknown;
  /** Checks a row's `data`, returning the record, or the reason it is unusable. */
  schema: z.ZodType;
};

const SHOP = 'shop';
const whole = <R>(r: R): unknown => r;

function list<F extends ListField>(field: F, table: string, schema: z.ZodType, columns: readonly string[], values: (r: RecordOf<F>) => unknown[], key?: (r: RecordOf<F>) => string): TableSpec<F> {
  return { field, table, schema, columns, values, data: whole, key: key ?? ((r) => (r as { id: string }).id) };
}

function single<F extends SingleField>(field: F, table: string, schema: z.ZodType): TableSpec<F> {
  return { field, table, schema, columns: [], values: () => [], data: whole, key: () => SHOP };
}

/** A job without its history lines (they live in `job_history`). */
export const JobRowSchema = JobSchema.omit({ history: true });

/**
 * Every table, parents before children: inserts and updates go in this order and deletes in the
 * reverse one (references are checked at COMMIT anyway; the order keeps the statements readable).
 */
export const TABLES: readonly TableSpec[] = [
  list('technicians', 'technicians', TechnicianSchema, ['name'], (t) => [t.name]),
  list('clients', 'clients', ClientSchema, ['name'], (c) => [c.name]),
  list('sites', 'sites', SiteSchema, ['client_id'], (s) => [s.clientId]),
  list('contacts', 'contacts', ContactSchema, ['client_id'], (c) => [c.clientId]),
  list('slaPolicies', 'sla_policies', SlaPolicySchema, [], () => []),
  list('parts', 'parts', PartSchema, [], () => []),
  {
    ...list(
      'jobs',
      'jobs',
      JobRowSchema,
      ['number', 'client_id', 'site_id', 'contact_id', 'technician_id', 'status', 'priority', 'revision', 'starts_at', 'ends_at', 'external_ref'],
      (j: Job) => [
        j.number,
        j.clientId,
        j.siteId,
        j.contactId,
        j.assignment?.technicianId ?? null,
        j.status,
        j.priority,
        j.revision,
        j.assignment?.start ?? null,
        j.assignment?.end ?? null,
        j.externalRef,
      ],
    ),
    data: (j: Job) => {
      const { history: _history, ...rest } = j;
      return rest;
    },
  } as TableSpec<'jobs'>,
  list('printRecords', 'print_records', PrintRecordSchema, ['technician_id', 'day'], (r) => [r.technicianId, r.day], (r) => `${r.technicianId}/${r.day}`),
  list('calendarFeeds', 'calendar_feeds', CalendarFeedSchema, [], () => [], (f) => f.technicianId),
  list('maintenancePlans', 'maintenance_plans', MaintenancePlanSchema, ['client_id', 'site_id'], (p) => [p.clientId, p.siteId]),
  list('billingBatches', 'billing_batches', BillingBatchSchema, ['number', 'client_id'], (b) => [b.number, b.clientId]),
  single('settings', 'settings', SettingsSchema),
  single('alertState', 'alert_state', AlertStateSchema),
  single('messages', 'message_settings', MessageSettingsSchema),
] as TableSpec[];

export const TABLE_BY_NAME: ReadonlyMap<string, TableSpec> = new Map(TABLES.map((t) => [t.table, t]));

export function isList(spec: TableSpec): spec is TableSpec<ListField> {
  return spec.field !== 'settings' && spec.field !== 'alertState' && spec.field !== 'messages';
}
