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
  jobs: ['client', 'title', 'priority', 'estimate', 'external_ref'],
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
