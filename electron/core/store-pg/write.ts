/**
 * One mutation as one transaction. It first takes the next `change_seq` from the meta row: that row
 * lock makes writers from every desk commit one after another, so change numbers are committed in
 * order and a desk that has applied everything up to N can catch up with "> N" without missing a
 * slower transaction. Every record is written with an optimistic check (an update names the row
 * version this desk saw; an insert must find no row), so a change made from a stale copy fails as
 * a whole instead of overwriting another desk's work. Counters are checked the same way. The
 * NOTIFY is sent inside the transaction, so PostgreSQL delivers it only if the COMMIT succeeds.
 */
import type pg from 'pg';
import type { Job } from '../../../shared/schemas/job';
import type { DocumentDiff, TableChange } from './diff';
import { ConcurrentChangeError } from './errors';
import { historyPlan } from './history';
import { encodeNotice } from './notice';
import type { RowVersions } from './versions';

export const CHANNEL = 'dispatch_changes';

/** Room for this many new records per list in one change before `ord` runs into the next change's. */
const ORD_PER_CHANGE = 1_000_000;

export type Written = {
  seq: number;
  /** New row versions (null: deleted), to record once COMMIT returned. */
  versions: Array<{ table: string; key: string; version: number | null }>;
};

export type WriteOptions = {
  hostId: string;
  /** The document schemaVersion this build writes; a database migrated past it is refused. */
  schemaVersion: number;
  /** A brand-new database: insert the meta row with these counters first, in the same transaction. */
  init?: { nextJobNumber: number; nextBatchNumber: number };
  /** The records were migrated from this document version: the meta row moves to `schemaVersion`. */
  migrateFrom?: number;
};

/** Write `diff` in one transaction on `client`; throws (after ROLLBACK) on any failure. */
export async function writeDiff(client: pg.ClientBase, diff: DocumentDiff, versions: RowVersions, opts: WriteOptions): Promise<Written> {
  await client.query('BEGIN');
  try {
    const lock = await lockForWrite(client, opts);
    const written = await writeRows(client, diff, versions, lock, opts.hostId);
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export type WriteLock = { seq: number; nextJobNumber: number; nextBatchNumber: number };

type MetaRow = { change_seq: string; next_job_number: number; next_batch_number: number; schema_version: number };

/**
 * Inside an open transaction: take this transaction's change number, which locks the meta row
 * until COMMIT or ROLLBACK, so from here on no other desk can commit. Refuses a database whose
 * document format differs from this build's.
 */
export async function lockForWrite(client: pg.ClientBase, opts: WriteOptions): Promise<WriteLock> {
  if (opts.init) {
    await client.query('INSERT INTO meta (id, schema_version, next_job_number, next_batch_number, change_seq) VALUES (1, $1, $2, $3, 0)', [
      opts.schemaVersion,
      opts.init.nextJobNumber,
      opts.init.nextBatchNumber,
    ]);
  }
  const meta = await client.query<MetaRow>('UPDATE meta SET change_seq = change_seq + 1 WHERE id = 1 RETURNING change_seq, next_job_number, next_batch_number, schema_version');
  const row = meta.rows[0];
  if (!row) throw new Error('The shared database has no meta row; it was not set up by Dispatch Console.');
  if (opts.migrateFrom !== undefined && row.schema_version === opts.migrateFrom) {
    await client.query('UPDATE meta SET schema_version = $1 WHERE id = 1', [opts.schemaVersion]);
  } else if (row.schema_version !== opts.schemaVersion) {
    throw new Error(`The shared database holds data format ${row.schema_version}, this desk writes ${opts.schemaVersion}; restart this desk with the same version of Dispatch Console as the others.`);
  }
  return { seq: Number(row.change_seq), nextJobNumber: row.next_job_number, nextBatchNumber: row.next_batch_number };
}

/** Inside the locked transaction: write the rows and counters of `diff` and queue the NOTIFY. */
export async function writeRows(client: pg.ClientBase, diff: DocumentDiff, versions: RowVersions, lock: WriteLock, hostId: string): Promise<Written> {
  const { seq } = lock;
  if (diff.nextJobNumber) {
    if (lock.nextJobNumber !== diff.nextJobNumber.before) throw new ConcurrentChangeError('meta', 'next_job_number', 'another desk numbered a job');
    await client.query('UPDATE meta SET next_job_number = $1 WHERE id = 1', [diff.nextJobNumber.after]);
  }
  if (diff.nextBatchNumber) {
    if (lock.nextBatchNumber !== diff.nextBatchNumber.before) throw new ConcurrentChangeError('meta', 'next_batch_number', 'another desk numbered a billing batch');
    await client.query('UPDATE meta SET next_batch_number = $1 WHERE id = 1', [diff.nextBatchNumber.after]);
  }
  const out: Written['versions'] = [];
  for (const change of diff.tables) await writeUpserts(client, change, versions, seq, out);
  for (const change of [...diff.tables].reverse()) await writeDeletes(client, change, versions, seq, out);
  await client.query('SELECT pg_notify($1, $2)', [CHANNEL, encodeNotice({ host: hostId, seq, changes: out })]);
  return { seq, versions: out };
}

/**
 * The table's inserts, then its updates, each as ONE statement over a JSON array of rows (a whole
 * shop copied in, or an archive batch, costs a few round trips, not thousands). An update names
 * the row version this desk saw; a row that did not match is a concurrent change.
 */
async function writeUpserts(client: pg.ClientBase, change: TableChange, versions: RowVersions, seq: number, out: Written['versions']): Promise<void> {
  const { spec } = change;
  const inserts: Array<Record<string, unknown>> = [];
  const updates: Array<Record<string, unknown>> = [];
  for (const { key, record, before } of change.upserts) {
    // A new record goes after every existing one (lists only ever grow at the end), in array order.
    const row: Record<string, unknown> = { id: key, data: spec.data(record as never), ord: seq * ORD_PER_CHANGE + inserts.length };
    spec.values(record as never).forEach((value, i) => (row[spec.columns[i]!] = value));
    const known = before === undefined ? undefined : versions.get(spec.table, key);
    // New here: it must be new in the database too (a unique violation means another writer has it).
    if (known === undefined) inserts.push(row);
    else updates.push({ id: row.id, data: row.data, ...Object.fromEntries(spec.columns.map((c) => [c, row[c]])), expected: known });
  }
  const recordType = (extra: string[]) => ['id text', ...extra, ...spec.columns.map((c, i) => `${c} ${spec.types[i]}`), 'data jsonb'].join(', ');
  if (inserts.length > 0) {
    await client.query(
      `INSERT INTO ${spec.table} (id, version, change_seq, ord, ${[...spec.columns, 'data'].join(', ')})
       SELECT r.id, 1, $1, r.ord, ${[...spec.columns, 'data'].map((c) => `r.${c}`).join(', ')} FROM jsonb_to_recordset($2::jsonb) AS r(${recordType(['ord bigint'])})`,
      [seq, JSON.stringify(inserts)],
    );
    for (const row of inserts) out.push({ table: spec.table, key: row.id as string, version: 1 });
  }
  if (updates.length > 0) {
    const result = await client.query<{ id: string; version: number }>(
      `UPDATE ${spec.table} AS t SET version = t.version + 1, change_seq = $1, ${[...spec.columns, 'data'].map((c) => `${c} = r.${c}`).join(', ')}
       FROM jsonb_to_recordset($2::jsonb) AS r(${recordType(['expected int'])})
       WHERE t.id = r.id AND t.version = r.expected RETURNING t.id, t.version`,
      [seq, JSON.stringify(updates)],
    );
    if (result.rows.length !== updates.length) {
      const done = new Set(result.rows.map((r) => r.id));
      const missed = updates.find((u) => !done.has(u.id as string));
      throw new ConcurrentChangeError(spec.table, String(missed?.id), 'another writer changed or removed it');
    }
    for (const row of result.rows) out.push({ table: spec.table, key: row.id, version: row.version });
  }
  if (spec.field === 'jobs') await writeHistories(client, change);
}

/** The history lines of every job the change wrote (see history.ts), in two statements at most. */
async function writeHistories(client: pg.ClientBase, change: TableChange): Promise<void> {
  const resets: string[] = [];
  const lines: Array<{ job_id: string; line: number; entry: unknown }> = [];
  for (const { key, record, before } of change.upserts) {
    const plan = historyPlan(before as Job | undefined, record as Job);
    if (plan.reset) resets.push(key);
    plan.lines.forEach((entry, i) => lines.push({ job_id: key, line: plan.from + i, entry }));
  }
  if (resets.length > 0) await client.query('DELETE FROM job_history WHERE job_id = ANY($1)', [resets]);
  if (lines.length > 0) {
    await client.query('INSERT INTO job_history (job_id, line, entry) SELECT r.job_id, r.line, r.entry FROM jsonb_to_recordset($1::jsonb) AS r(job_id text, line int, entry jsonb)', [
      JSON.stringify(lines),
    ]);
  }
}

async function writeDeletes(client: pg.ClientBase, change: TableChange, versions: RowVersions, seq: number, out: Written['versions']): Promise<void> {
  const { spec } = change;
  if (change.deletes.length === 0) return;
  const rows = change.deletes.map(({ key }) => ({ id: key, expected: versions.get(spec.table, key) ?? -1 }));
  const result = await client.query<{ id: string }>(
    `DELETE FROM ${spec.table} AS t USING jsonb_to_recordset($1::jsonb) AS r(id text, expected int) WHERE t.id = r.id AND t.version = r.expected RETURNING t.id`,
    [JSON.stringify(rows)],
  );
  if (result.rows.length !== rows.length) {
    const done = new Set(result.rows.map((r) => r.id));
    throw new ConcurrentChangeError(spec.table, String(rows.find((r) => !done.has(r.id))?.id), 'another writer changed or removed it');
  }
  const keys = rows.map((r) => r.id);
  await client.query('INSERT INTO deleted_rows (change_seq, tbl, id) SELECT $1, $2, unnest($3::text[])', [seq, spec.table, keys]);
  for (const key of keys) out.push({ table: spec.table, key, version: null });
}
