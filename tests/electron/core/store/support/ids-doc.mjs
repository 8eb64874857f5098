// The document used by the child-process workers: `{ schemaVersion: 1, ids: string[] }`.
// Plain JavaScript so a child can use it without TypeScript; the crash test imports it too.

/**
 * Store options for `dir`, using the bundled store's `openStore`. `snapshotAfterRecords` small
 * makes the store rotate its journal often, so a kill can land in any step of a rotation too.
 */
export function idsOptions(dir, snapshotAfterRecords = undefined) {
  return {
    dir,
    ...(snapshotAfterRecords ? { snapshots: { afterRecords: snapshotAfterRecords } } : {}),
    currentVersion: 1,
    migrations: [],
    empty: () => ({ schemaVersion: 1, ids: [] }),
    validate: validateIds,
    onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
  };
}

/** Same contract as a zod-based validator: `{ ok, value }` or `{ ok: false, reason }`. */
export function validateIds(data) {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'not an object' };
  if (data.schemaVersion !== 1) return { ok: false, reason: `schemaVersion: expected 1, got ${String(data.schemaVersion)}` };
  if (!Array.isArray(data.ids)) return { ok: false, reason: 'ids: expected an array' };
  const bad = data.ids.findIndex((id) => typeof id !== 'string');
  if (bad !== -1) return { ok: false, reason: `ids.${bad}: expected a string` };
  return { ok: true, value: data };
}
