/**
 * What one mutation changed, found by reference: immer keeps every record it did not touch
 * identical (the same object), so a changed record is one whose object differs from the one with
 * the same key before. The cost is one pass over the lists that changed, none over the others.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import { isList, TABLES, type TableSpec } from './tables';

export type RowUpsert = { key: string; record: unknown; before: unknown };
export type TableChange = { spec: TableSpec; upserts: RowUpsert[]; deletes: Array<{ key: string; before: unknown }> };
export type CounterChange = { before: number; after: number };

export type DocumentDiff = {
  tables: TableChange[];
  nextJobNumber: CounterChange | null;
  nextBatchNumber: CounterChange | null;
};

export function isEmptyDiff(diff: DocumentDiff): boolean {
  return diff.tables.length === 0 && diff.nextJobNumber === null && diff.nextBatchNumber === null;
}

/** Two records of one table share a key: the document breaks its own identity rule. */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`Two records of ${table} have the same key ${key}; the change was not saved.`);
  }
}

/** The rows to write to turn `before` into `after`. `before` may be partial (an empty database). */
export function diffDocuments(before: Partial<DispatchDocument>, after: DispatchDocument): DocumentDiff {
  const tables: TableChange[] = [];
  for (const spec of TABLES) {
    const change = isList(spec) ? diffList(spec, before[spec.field] as unknown[] | undefined, after[spec.field] as unknown[]) : diffSingle(spec, before[spec.field], after[spec.field]);
    if (change) tables.push(change);
  }
  return {
    tables,
    nextJobNumber: counter(before.nextJobNumber, after.nextJobNumber),
    nextBatchNumber: counter(before.nextBatchNumber, after.nextBatchNumber),
  };
}

function counter(before: number | undefined, after: number): CounterChange | null {
  return before === after || before === undefined ? null : { before, after };
}

function diffSingle(spec: TableSpec, before: unknown, after: unknown): TableChange | null {
  if (before === after) return null;
  return { spec, upserts: [{ key: spec.key(after as never), record: after, before }], deletes: [] };
}

function diffList(spec: TableSpec, before: readonly unknown[] | undefined, after: readonly unknown[]): TableChange | null {
  if (before === after) return null;
  const old = new Map<string, unknown>();
  for (const record of before ?? []) old.set(spec.key(record as never), record);
  const seen = new Set<string>();
  const upserts: RowUpsert[] = [];
  for (const record of after) {
    const key = spec.key(record as never);
    if (seen.has(key)) throw new DuplicateKeyError(spec.table, key);
    seen.add(key);
    const previous = old.get(key);
    if (previous !== record) upserts.push({ key, record, before: previous });
  }
  const deletes: TableChange['deletes'] = [];
  for (const [key, record] of old) if (!seen.has(key)) deletes.push({ key, before: record });
  return upserts.length === 0 && deletes.length === 0 ? null : { spec, upserts, deletes };
}
