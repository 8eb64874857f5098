/**
 * Turning rows into the document. A whole document (at open) is assembled from every row and then
 * checked like a file (schema and integrity, after the document migrations if it is older). Rows
 * another desk changed are checked one by one against their record's schema before they replace
 * the records in memory; a row that fails is left out and reported, never applied.
 */
import { produce } from 'immer';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { JobSchema } from '../../../shared/schemas/job';
import type { RowsRead } from './read-rows';
import { isList, TABLE_BY_NAME, TABLES, type Field, type TableSpec } from './tables';
import type { RowVersions } from './versions';

/** What a catch-up changed, by document field: keys written and keys removed. */
export type FieldChanges = Partial<Record<Field, { changed: string[]; removed: string[] }>>;

/** The rows as an unchecked document (the caller validates or migrates it). */
export function assembleDocument(read: RowsRead): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    schemaVersion: read.meta?.schemaVersion,
    nextJobNumber: read.meta?.nextJobNumber,
    nextBatchNumber: read.meta?.nextBatchNumber,
  };
  for (const spec of TABLES) if (isList(spec)) doc[spec.field] = [];
  for (const row of read.rows) {
    const spec = TABLE_BY_NAME.get(row.table);
    if (!spec) continue;
    const record = recordOf(spec, row.data, read.history.get(row.id));
    if (isList(spec)) (doc[spec.field] as unknown[]).push(record);
    else doc[spec.field] = record;
  }
  return doc;
}

function recordOf(spec: TableSpec, data: unknown, history: unknown[] | undefined): unknown {
  if (spec.field !== 'jobs') return data;
  return { ...(typeof data === 'object' && data !== null ? data : {}), history: history ?? [] };
}

/** Record the row versions of a fully read database. */
export function rememberVersions(read: RowsRead, versions: RowVersions): void {
  versions.clear();
  for (const row of read.rows) versions.set(row.table, row.id, row.version);
}

/**
 * Apply rows changed elsewhere to `doc`: rows newer than this desk's copy replace (or add) their
 * records, deleted rows go. Returns the new document (or `doc` itself when nothing applied).
 */
export function applyRows(doc: DispatchDocument, read: RowsRead, versions: RowVersions, warn: (message: string) => void): { doc: DispatchDocument; changes: FieldChanges } {
  const updates = new Map<Field, Map<string, unknown>>();
  const removals = new Map<Field, Set<string>>();
  for (const row of read.rows) {
    const spec = TABLE_BY_NAME.get(row.table);
    if (!spec) continue;
    const known = versions.get(row.table, row.id);
    if (known !== undefined && known >= row.version) continue;
    const schema = spec.field === 'jobs' ? JobSchema : spec.schema;
    const parsed = schema.safeParse(recordOf(spec, row.data, read.history.get(row.id)));
    if (!parsed.success || spec.key(parsed.data as never) !== row.id) {
      warn(`A ${row.table} row (${row.id.slice(0, 80)}) written by another desk is not a valid record and was not applied${parsed.success ? ' (its key does not match)' : `: ${parsed.error.issues[0]?.message ?? 'invalid'}`}.`);
      continue;
    }
    versions.set(row.table, row.id, row.version);
    let map = updates.get(spec.field);
    if (!map) updates.set(spec.field, (map = new Map()));
    map.set(row.id, parsed.data);
  }
  for (const { table, id } of read.deleted) {
    const spec = TABLE_BY_NAME.get(table);
    if (!spec || versions.get(table, id) === undefined) continue;
    versions.delete(table, id);
    if (updates.get(spec.field)?.has(id)) continue;
    let set = removals.get(spec.field);
    if (!set) removals.set(spec.field, (set = new Set()));
    set.add(id);
  }
  const meta = read.meta;
  const countersMove = meta !== null && (meta.nextJobNumber !== doc.nextJobNumber || meta.nextBatchNumber !== doc.nextBatchNumber);
  if (updates.size === 0 && removals.size === 0 && !countersMove) return { doc, changes: {} };

  const changes: FieldChanges = {};
  const next = produce(doc, (draft) => {
    if (meta) {
      draft.nextJobNumber = meta.nextJobNumber;
      draft.nextBatchNumber = meta.nextBatchNumber;
    }
    for (const spec of TABLES) {
      const upd = updates.get(spec.field);
      const rem = removals.get(spec.field);
      if (!upd && !rem) continue;
      changes[spec.field] = { changed: [...(upd?.keys() ?? [])], removed: [...(rem ?? [])] };
      if (!isList(spec)) {
        const record = upd?.values().next().value;
        if (record !== undefined) (draft as Record<string, unknown>)[spec.field] = record;
        continue;
      }
      // Rebuild from the frozen base so untouched records stay the same objects (no draft per record).
      const list = doc[spec.field] as unknown[];
      const kept: unknown[] = [];
      const placed = new Set<string>();
      for (const record of list) {
        const key = spec.key(record as never);
        if (rem?.has(key)) continue;
        const replacement = upd?.get(key);
        if (replacement !== undefined) placed.add(key);
        kept.push(replacement ?? record);
      }
      for (const [key, record] of upd ?? []) if (!placed.has(key)) kept.push(record);
      (draft as Record<string, unknown>)[spec.field] = kept;
    }
  });
  return { doc: next, changes };
}
