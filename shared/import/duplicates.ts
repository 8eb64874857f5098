/**
 * What makes two rows the same record: a job's external reference, a client's or technician's
 * name (case- and space-insensitively). Used over a whole file by the renderer (batches cannot see
 * each other) and over each batch and the live data by the core.
 */
import type { ImportKind } from './columns';

/** The identity of a row, or null when it has none (a job without external_ref is always new). */
export function identityOf(kind: ImportKind, values: Partial<Record<string, string>>): string | null {
  const raw = kind === 'jobs' ? values['external_ref'] : values['name'];
  const key = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (key === '') return null;
  // External references are someone else's ids: compare them exactly. Names: ignore case.
  return kind === 'jobs' ? key : key.toLowerCase();
}

/** The column a row's identity comes from, for messages. */
export function identityField(kind: ImportKind): string {
  return kind === 'jobs' ? 'external_ref' : 'name';
}

/** For each row whose identity appeared on an earlier row: its line → the earlier line. */
export function repeatsInFile(kind: ImportKind, rows: readonly { line: number; values: Partial<Record<string, string>> }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const row of rows) {
    const key = identityOf(kind, row.values);
    if (key === null) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row.line);
    else repeats.set(row.line, earlier);
  }
  return repeats;
}
