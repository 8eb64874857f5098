/** How each kind of import is named and previewed in the dialog. */
import { columnsOf, mapHeaders } from '../../../../shared/import/columns';
import type { ImportKind } from '../../../../shared/import/columns';

export const kindLabels: Record<ImportKind, { plural: string; one: string }> = {
  jobs: { plural: 'jobs', one: 'job' },
  clients: { plural: 'clients', one: 'client' },
  technicians: { plural: 'technicians', one: 'technician' },
};

/** Columns shown in the preview table, most telling first. */
export const previewColumns: Record<ImportKind, string[]> = {
  jobs: ['client', 'title', 'priority', 'received_at', 'estimate', 'external_ref'],
  clients: ['name', 'contract_type', 'sla_tier', 'hourly_rate', 'site', 'contact'],
  technicians: ['name', 'skills', 'zone', 'working_hours'],
};

/** "client, title, priority" — the columns a kind cannot do without. */
export function requiredColumns(kind: ImportKind): string {
  return columnsOf(kind)
    .filter((c) => c.required)
    .map((c) => c.field)
    .join(', ');
}

/** Another kind whose required columns this header row has, when the chosen one does not fit. */
export function betterKind(chosen: ImportKind, headers: readonly string[]): ImportKind | null {
  const kinds: ImportKind[] = ['jobs', 'clients', 'technicians'];
  return kinds.find((k) => k !== chosen && mapHeaders(k, headers).problems.length === 0) ?? null;
}

const labels: Record<string, string> = {
  client: 'Client',
  site: 'Site',
  contact: 'Contact / requester',
  title: 'Title',
  description: 'Description',
  category: 'Category (type)',
  priority: 'Priority',
  skills: 'Skills',
  estimate: 'Estimate (minutes, 1h30)',
  estimate_hours: 'Estimate (hours)',
  external_ref: 'Ticket number (external ref)',
  received_at: 'Received time',
  status: 'Status (open or closed)',
  notes: 'Notes',
  name: 'Name',
  contract_type: 'Contract type',
  sla_tier: 'SLA tier',
  hourly_rate: 'Hourly rate',
  address: 'Address',
  zone: 'Zone',
  phone: 'Phone',
  email: 'E-mail',
  colour: 'Colour',
  working_hours: 'Working hours',
  daily_capacity_hours: 'Daily capacity (hours)',
};

/** A field as the mapping step names it. */
export function fieldLabel(field: string): string {
  return labels[field] ?? field;
}

/** What a file's priority, type or status value can be mapped to. */
export const valueOptions = {
  priority: [
    { value: 'P1', label: 'P1 (critical)' },
    { value: 'P2', label: 'P2 (high)' },
    { value: 'P3', label: 'P3 (normal)' },
    { value: 'P4', label: 'P4 (low)' },
    { value: '', label: 'Default (P3)' },
  ],
  category: ['hardware', 'software', 'network', 'printer', 'security', 'other'].map((c) => ({ value: c, label: c })),
  status: [
    { value: 'open', label: 'Open' },
    { value: 'closed', label: 'Closed' },
  ],
} as const;
