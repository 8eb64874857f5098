/**
 * A whole shop as records, for copying it between stores and proving the copy is whole: every
 * record (a job, a client, an archived job, the settings…) gets a key and a SHA-256 of its
 * canonical JSON (keys sorted, no spaces), so the same data hashes the same on either side however
 * each store happens to order fields or rows.
 */
import { createHash } from 'node:crypto';
import type { DispatchDocument } from '../../../shared/schemas/document';
import type { ArchiveFile } from '../archive/archive-format';

/** Everything a shop holds: the active document and the month archives. */
export type ShopSnapshot = { document: DispatchDocument; archive: ArchiveFile[] };

/** Record kinds in the order a report lists them. */
export const RECORD_KINDS = [
  'jobs',
  'clients',
  'sites',
  'contacts',
  'technicians',
  'slaPolicies',
  'printRecords',
  'parts',
  'calendarFeeds',
  'maintenancePlans',
  'billingBatches',
  'archivedJobs',
  'shop',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

type ListKind = Exclude<RecordKind, 'archivedJobs' | 'shop'>;
const LIST_KINDS = RECORD_KINDS.filter((k): k is ListKind => k !== 'archivedJobs' && k !== 'shop');

/** The document's single values (not lists), each one record of kind `shop`. */
const SINGLE_FIELDS = ['schemaVersion', 'nextJobNumber', 'nextBatchNumber', 'settings', 'alertState', 'messages'] as const;

/** JSON with object keys sorted at every level and `undefined` fields left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function recordHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Record key → hash, for one side of a copy. */
export type RecordDigest = Map<string, string>;

/** Every record of the shop with its hash; keys are `<kind>/<id>`. */
export function digestShop(shop: ShopSnapshot): RecordDigest {
  const out: RecordDigest = new Map();
  const doc = shop.document;
  for (const kind of LIST_KINDS) {
    for (const [i, record] of (doc[kind] as ReadonlyArray<Record<string, unknown>>).entries()) {
      out.set(`${kind}/${keyOf(record, i)}`, recordHash(record));
    }
  }
  for (const file of shop.archive) {
    for (const entry of file.entries) out.set(`archivedJobs/${file.month}/${entry.job.id}`, recordHash(entry));
  }
  for (const field of SINGLE_FIELDS) out.set(`shop/${field}`, recordHash(doc[field]));
  return out;
}

/**
 * A record's key within its kind. Print records and calendar feeds have no id: technician and day
 * (or the feed's token hash) name them; the position is the last resort so no record is dropped.
 */
function keyOf(record: Record<string, unknown>, index: number): string {
  if (typeof record.id === 'string') return record.id;
  const tech = typeof record.technicianId === 'string' ? record.technicianId : null;
  if (tech !== null && typeof record.day === 'string') return `${tech}@${record.day}`;
  if (tech !== null && typeof record.tokenHash === 'string') return `${tech}@${record.tokenHash.slice(0, 16)}`;
  return `#${index}`;
}

export type KindCount = { kind: RecordKind; count: number };

/** How many records of each kind (zeros included, so a report lists every kind). */
export function countRecords(digest: RecordDigest): KindCount[] {
  const counts = new Map<string, number>();
  for (const key of digest.keys()) {
    const kind = key.slice(0, key.indexOf('/'));
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return RECORD_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** One hash over all record hashes in key order: the figure both sides must agree on. */
export function shopChecksum(digest: RecordDigest): string {
  const hash = createHash('sha256');
  for (const key of [...digest.keys()].sort()) hash.update(`${key}=${digest.get(key)}\n`);
  return hash.digest('hex');
}

export type DigestComparison =
  | { same: true; records: number; checksum: string; counts: KindCount[] }
  | { same: false; missing: string[]; extra: string[]; different: string[] };

/** Compare what was copied (`copy`) with what it was copied from (`source`), record by record. */
export function compareDigests(source: RecordDigest, copy: RecordDigest): DigestComparison {
  const missing: string[] = [];
  const different: string[] = [];
  for (const [key, hash] of source) {
    const other = copy.get(key);
    if (other === undefined) missing.push(key);
    else if (other !== hash) different.push(key);
  }
  const extra = [...copy.keys()].filter((key) => !source.has(key));
  if (missing.length + different.length + extra.length === 0) {
    return { same: true, records: source.size, checksum: shopChecksum(source), counts: countRecords(source) };
  }
  return { same: false, missing, extra, different };
}

/** "2 records missing (jobs/j-1, clients/c-4), 1 different (shop/settings)" — at most 5 keys per list. */
export function describeDifference(diff: Extract<DigestComparison, { same: false }>): string {
  const part = (keys: string[], word: string) => {
    if (keys.length === 0) return null;
    const shown = keys.slice(0, 5).join(', ');
    const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
    return `${keys.length} ${keys.length === 1 ? 'record' : 'records'} ${word} (${shown}${more})`;
  };
  return [part(diff.missing, 'missing'), part(diff.different, 'different'), part(diff.extra, 'unexpected')].filter(Boolean).join(', ');
}
