/**
 * Ticket exports of the tools Break/Fix shops commonly come from, recognised by their header
 * row. Each preset names the columns the tool writes (from its published export columns and API
 * field names) and the job field each one fills; docs/csv-import.md lists them for the user, and
 * docs/samples/ has a sample export of each layout.
 */
import { fieldsByAlias, headerKey } from './columns';
import type { FieldOf, ImportKind, JobField } from './columns';

export type PresetId = 'connectwise-manage' | 'autotask' | 'freshdesk' | 'zendesk' | 'halopsa' | 'syncro';

export type ImportPreset = {
  id: PresetId;
  /** As the user knows it: "ConnectWise Manage". */
  name: string;
  /** Headers that together identify the tool's export (all must be present). */
  signature: readonly string[];
  /** The tool's headers this importer reads, and into which field. */
  columns: Readonly<Record<string, JobField>>;
  /** The tool's headers read as nothing here (listed in the docs; any other header is ignored too). */
  ignored: readonly string[];
};

export const importPresets: readonly ImportPreset[] = [
  {
    id: 'connectwise-manage',
    name: 'ConnectWise Manage',
    signature: ['Ticket #', 'Summary Description', 'Date Entered'],
    columns: {
      'Ticket #': 'external_ref',
      Company: 'client',
      Site: 'site',
      Contact: 'contact',
      'Summary Description': 'title',
      'Initial Description': 'description',
      Type: 'category',
      Priority: 'priority',
      Status: 'status',
      'Date Entered': 'received_at',
      'Budget Hours': 'estimate_hours',
    },
    ignored: ['Board', 'Subtype', 'Item', 'Resources', 'Actual Hours', 'Age', 'Last Update', 'SLA Status'],
  },
  {
    id: 'autotask',
    name: 'Datto Autotask',
    signature: ['Ticket Number', 'Title', 'Issue Type'],
    columns: {
      'Ticket Number': 'external_ref',
      Organization: 'client',
      Account: 'client',
      Contact: 'contact',
      Title: 'title',
      Description: 'description',
      'Issue Type': 'category',
      Priority: 'priority',
      Status: 'status',
      Created: 'received_at',
      'Estimated Hours': 'estimate_hours',
    },
    ignored: ['Sub-Issue Type', 'Ticket Type', 'Queue', 'Primary Resource', 'Due Date', 'Source', 'Worked Hours'],
  },
  {
    id: 'freshdesk',
    name: 'Freshdesk',
    signature: ['Ticket ID', 'Subject', 'Created time'],
    columns: {
      'Ticket ID': 'external_ref',
      'Company Name': 'client',
      'Requester Name': 'contact',
      Subject: 'title',
      Description: 'description',
      Type: 'category',
      Priority: 'priority',
      Status: 'status',
      'Created time': 'received_at',
    },
    ignored: ['Requester Email', 'Source', 'Agent', 'Group', 'Due by Time', 'Resolved time', 'Closed time', 'Last update time', 'Time tracked', 'Tags'],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    signature: ['Id', 'Requester', 'Subject', 'Created at'],
    columns: {
      Id: 'external_ref',
      Organization: 'client',
      Requester: 'contact',
      Subject: 'title',
      Description: 'description',
      'Ticket type': 'category',
      Priority: 'priority',
      Status: 'status',
      'Created at': 'received_at',
    },
    ignored: ['Requester email', 'Submitter', 'Assignee', 'Group', 'Tags', 'Via', 'Updated at', 'Due date', 'Solved at'],
  },
  {
    id: 'halopsa',
    name: 'HaloPSA',
    signature: ['Summary', 'Date Occurred'],
    columns: {
      ID: 'external_ref',
      Client: 'client',
      Site: 'site',
      User: 'contact',
      Summary: 'title',
      Details: 'description',
      Category: 'category',
      Priority: 'priority',
      Status: 'status',
      'Date Occurred': 'received_at',
      Estimate: 'estimate_hours',
    },
    ignored: ['Ticket Type', 'Agent', 'Team', 'Last Action', 'SLA', 'Fix By'],
  },
  {
    id: 'syncro',
    name: 'Syncro',
    signature: ['Customer', 'Subject', 'Problem Type'],
    columns: {
      'Ticket Number': 'external_ref',
      Number: 'external_ref',
      Customer: 'client',
      Contact: 'contact',
      Subject: 'title',
      Description: 'description',
      'Problem Type': 'category',
      Priority: 'priority',
      Status: 'status',
      Created: 'received_at',
    },
    ignored: ['Tech', 'Due Date', 'Updated', 'Location'],
  },
];

/**
 * The preset whose signature headers are all in the header row; when several fit, the one that
 * reads the most of the file's columns. Null for a file no preset knows.
 */
export function recognisePreset(headers: readonly string[]): ImportPreset | null {
  const keys = new Set(headers.map(headerKey));
  let best: ImportPreset | null = null;
  let bestHits = 0;
  for (const preset of importPresets) {
    if (!preset.signature.every((h) => keys.has(headerKey(h)))) continue;
    const hits = Object.keys(preset.columns).filter((h) => keys.has(headerKey(h))).length;
    if (hits > bestHits) [best, bestHits] = [preset, hits];
  }
  return best;
}

/**
 * The field to pre-fill for each column: the preset's choice for its own headers, else the known
 * spellings of our columns, never the same field twice (the first column keeps it).
 */
export function suggestFields<K extends ImportKind>(kind: K, headers: readonly string[]): { preset: ImportPreset | null; fields: (FieldOf<K> | null)[] } {
  const preset = kind === 'jobs' ? recognisePreset(headers) : null;
  const byAlias = fieldsByAlias(kind, headers);
  const presetFields = new Map(Object.entries(preset?.columns ?? {}).map(([h, f]) => [headerKey(h), f as FieldOf<K>]));
  const taken = new Set<FieldOf<K>>();
  const fields = headers.map((header, i) => {
    const field = preset ? (presetFields.get(headerKey(header)) ?? null) : (byAlias[i] ?? null);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  // Columns a preset does not name may still be ours by spelling (an extra "Notes" column).
  if (preset) {
    headers.forEach((_, i) => {
      const field = byAlias[i] ?? null;
      if (fields[i] === null && field !== null && !taken.has(field) && !presetFields.has(headerKey(headers[i] ?? ''))) {
        const ignoredByPreset = preset.ignored.some((h) => headerKey(h) === headerKey(headers[i] ?? ''));
        if (!ignoredByPreset) {
          fields[i] = field;
          taken.add(field);
        }
      }
    });
  }
  return { preset, fields };
}
