/** Helpers shared by the services that keep plain records (technicians, clients, sites, contacts). */
import type { z } from 'zod';
import { notFound, parseRecord } from './errors';

/** The record with `id` and its index, or NOT_FOUND with "That <what> does not exist any more." */
export function findRecord<T extends { id: string }>(list: readonly T[], id: string, what: string): { record: T; index: number } {
  const index = list.findIndex((r) => r.id === id);
  const record = list[index];
  if (!record) throw notFound(`That ${what} does not exist any more. It may have been removed on another screen.`);
  return { record, index };
}

/**
 * `current` with the defined fields of `patch`, re-validated as a whole with the entity schema
 * (BAD_INPUT naming the fields); null when nothing would change.
 */
export function mergeRecord<S extends z.ZodType<{ id: string }>>(
  schema: S,
  current: z.output<S>,
  patch: Record<string, unknown>,
  what: string,
): z.output<S> | null {
  const defined = Object.entries(patch).filter(([, v]) => v !== undefined);
  const record = current as Record<string, unknown>;
  if (defined.every(([k, v]) => JSON.stringify(record[k]) === JSON.stringify(v))) return null;
  return parseRecord(schema, { ...current, ...Object.fromEntries(defined), id: current.id }, what);
}

/** Sort key helper: by `a` then `b`, case- and accent-insensitively. */
export function byKeys<T>(...keys: ((r: T) => string)[]): (x: T, y: T) => number {
  return (x, y) => {
    for (const key of keys) {
      const order = key(x).localeCompare(key(y), undefined, { sensitivity: 'base', numeric: true });
      if (order !== 0) return order;
    }
    return 0;
  };
}
