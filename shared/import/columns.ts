/**
 * The columns a CSV import understands, per kind, with the header spellings accepted for each.
 * Headers are matched case-insensitively and ignoring spaces, underscores, hyphens and dots, so
 * "External Ref", "external_ref" and "externalRef" all name the same column. docs/csv-import.md
 * is the user-facing copy of these tables; keep the two together.
 */

/** What a file holds: one kind per import. */
export type ImportKind = 'jobs' | 'clients' | 'technicians';

export const importKinds: readonly ImportKind[] = ['jobs', 'clients', 'technicians'];

export const jobFields = [
  'client',
  'site',
  'contact',
  'title',
  'description',
  'category',
  'priority',
  'skills',
  'estimate',
  'estimate_hours',
  'external_ref',
  'received_at',
  'status',
  'notes',
] as const;

export const clientFields = [
  'name',
  'contract_type',
  'sla_tier',
  'hourly_rate',
  'notes',
  'site',
  'address',
  'zone',
  'contact',
  'phone',
  'email',
] as const;

export const technicianFields = ['name', 'skills', 'zone', 'colour', 'working_hours', 'daily_capacity_hours'] as const;

export type JobField = (typeof jobFields)[number];
export type ClientField = (typeof clientFields)[number];
export type TechnicianField = (typeof technicianFields)[number];
export type FieldOf<K extends ImportKind> = K extends 'jobs' ? JobField : K extends 'clients' ? ClientField : TechnicianField;

type ColumnSpec<F extends string> = Record<F, { required?: boolean; aliases: readonly string[] }>;

const jobColumns: ColumnSpec<JobField> = {
  client: {
    required: true,
    aliases: ['client', 'client_name', 'client_id', 'customer', 'company', 'company_name', 'account', 'account_name', 'organization', 'organisation', 'business_name'],
  },
  site: { aliases: ['site', 'site_name', 'location'] },
  contact: { aliases: ['contact', 'contact_name', 'caller', 'reported_by', 'requester', 'requester_name', 'user_name', 'end_user'] },
  title: { required: true, aliases: ['title', 'subject', 'summary', 'short_description', 'summary_description', 'ticket_title'] },
  description: { aliases: ['description', 'details', 'problem', 'body', 'initial_description', 'issue_description'] },
  category: { aliases: ['category', 'type', 'job_type', 'ticket_type', 'issue_type', 'problem_type'] },
  priority: { aliases: ['priority', 'prio', 'urgency'] },
  skills: { aliases: ['skills', 'required_skills', 'skill'] },
  estimate: { aliases: ['estimate', 'estimate_minutes', 'estimated_minutes', 'duration', 'est'] },
  estimate_hours: { aliases: ['estimate_hours', 'estimated_hours', 'budget_hours', 'est_hours', 'hours_estimate'] },
  external_ref: {
    aliases: ['external_ref', 'ref', 'reference', 'ticket', 'ticket_id', 'ticket_number', 'ticket_no', 'ticket_num', 'external_id'],
  },
  received_at: {
    aliases: ['received_at', 'received', 'opened_at', 'opened', 'created_at', 'logged_at', 'created', 'created_time', 'created_date', 'create_date', 'date_entered', 'date_created', 'date_logged', 'date_opened', 'date_occurred'],
  },
  status: { aliases: ['status', 'state', 'ticket_status'] },
  notes: { aliases: ['notes', 'note', 'internal_notes'] },
};

const clientColumns: ColumnSpec<ClientField> = {
  name: { required: true, aliases: ['name', 'client', 'client_name', 'company', 'customer'] },
  contract_type: { aliases: ['contract_type', 'contract', 'agreement'] },
  sla_tier: { aliases: ['sla_tier', 'sla', 'tier', 'sla_policy'] },
  hourly_rate: { required: true, aliases: ['hourly_rate', 'rate', 'hourly', 'labour_rate', 'labor_rate'] },
  notes: { aliases: ['notes', 'environment_notes', 'environment'] },
  site: { aliases: ['site', 'site_name', 'location'] },
  address: { aliases: ['address', 'site_address', 'street'] },
  zone: { aliases: ['zone', 'area', 'region'] },
  contact: { aliases: ['contact', 'contact_name', 'main_contact'] },
  phone: { aliases: ['phone', 'telephone', 'tel', 'contact_phone', 'mobile'] },
  email: { aliases: ['email', 'e_mail', 'contact_email', 'mail'] },
};

const technicianColumns: ColumnSpec<TechnicianField> = {
  name: { required: true, aliases: ['name', 'technician', 'technician_name', 'engineer', 'tech'] },
  skills: { aliases: ['skills', 'skill', 'competencies'] },
  zone: { aliases: ['zone', 'area', 'region', 'patch'] },
  colour: { aliases: ['colour', 'color'] },
  working_hours: { aliases: ['working_hours', 'hours', 'shift', 'schedule'] },
  daily_capacity_hours: { aliases: ['daily_capacity_hours', 'daily_capacity', 'capacity', 'capacity_hours'] },
};

const specs: { [K in ImportKind]: ColumnSpec<FieldOf<K>> } = {
  jobs: jobColumns,
  clients: clientColumns,
  technicians: technicianColumns,
};

/** The columns of `kind`: field name, whether it must be present, accepted header spellings. */
export function columnsOf<K extends ImportKind>(kind: K): { field: FieldOf<K>; required: boolean; aliases: readonly string[] }[] {
  const spec = specs[kind] as ColumnSpec<FieldOf<K>>;
  return (Object.keys(spec) as FieldOf<K>[]).map((field) => ({ field, required: spec[field].required === true, aliases: spec[field].aliases }));
}

/** `"External Ref"`, `"external_ref"`, `"externalRef"` → `externalref`; also drops a byte-order mark. */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** How a file's header row maps onto the fields of a kind. */
export type HeaderMapping<K extends ImportKind = ImportKind> = {
  /** Column index → field; columns not listed are ignored. */
  columns: { index: number; header: string; field: FieldOf<K> }[];
  /** Headers that name no known column (shown to the user as "ignored"). */
  ignored: string[];
  /** File-level problems: missing required columns, two columns for one field. Empty = importable. */
  problems: string[];
};

/** The field each header names by its spelling (case- and punctuation-insensitively), or null. */
export function fieldsByAlias<K extends ImportKind>(kind: K, headers: readonly string[]): (FieldOf<K> | null)[] {
  const byKey = new Map<string, FieldOf<K>>();
  for (const column of columnsOf(kind)) for (const alias of column.aliases) byKey.set(headerKey(alias), column.field);
  return headers.map((raw) => byKey.get(headerKey(raw.replace(/^\uFEFF/, '').trim())) ?? null);
}

/** Map a header row to fields, by alias, case- and punctuation-insensitively. */
export function mapHeaders<K extends ImportKind>(kind: K, headers: readonly string[]): HeaderMapping<K> {
  return mappingOf(kind, headers, fieldsByAlias(kind, headers));
}

/** A header row with a field (or null: ignore) chosen for each column, checked as a whole. */
export function mappingOf<K extends ImportKind>(kind: K, headers: readonly string[], fields: readonly (FieldOf<K> | null)[]): HeaderMapping<K> {
  const columns: HeaderMapping<K>['columns'] = [];
  const ignored: string[] = [];
  const problems: string[] = [];
  const seen = new Map<FieldOf<K>, string>();
  headers.forEach((raw, index) => {
    const header = raw.replace(/^\uFEFF/, '').trim();
    const field = fields[index] ?? null;
    if (field === null) {
      if (header !== '') ignored.push(header);
      return;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      problems.push(`The columns "${earlier}" and "${header}" both mean ${field}; keep one of them.`);
      return;
    }
    seen.set(field, header);
    columns.push({ index, header, field });
  });
  const missing = columnsOf(kind).filter((c) => c.required && !seen.has(c.field));
  if (missing.length > 0) {
    const names = missing.map((c) => c.field).join(', ');
    problems.push(`A ${kind} file needs ${missing.length === 1 ? 'a column' : 'columns'} named ${names}; the header row has no such ${missing.length === 1 ? 'column' : 'columns'}.`);
  }
  return { columns, ignored, problems };
}

/** One data row's cells as `{ field: text }`, using a header mapping; empty cells are left out. */
export function rowValues<K extends ImportKind>(mapping: HeaderMapping<K>, cells: readonly string[]): Partial<Record<FieldOf<K>, string>> {
  const values: Partial<Record<FieldOf<K>, string>> = {};
  for (const { index, field } of mapping.columns) {
    const cell = cells[index];
    if (cell !== undefined && cell.trim() !== '') values[field] = cell;
  }
  return values;
}
