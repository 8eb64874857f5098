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
import { historyPlan, writeHistory } from './history';
import { encodeNotice } from './notice';
import type { RowVersions } from './versions';

export const CHANNEL = 'dispatch_changes';

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

async function writeUpserts(client: pg.ClientBase, change: TableChange, versions: RowVersions, seq: number, out: Written['versions']): Promise<void> {
  const { spec } = change;
  const cols = spec.columns;
  for (const { key, record, before } of change.upserts) {
    const values = spec.values(record as never);
    const data = JSON.stringify(spec.data(record as never));
    const known = before === undefined ? undefined : versions.get(spec.table, key);
    if (known === undefined) {
      // New here: it must be new in the database too (a unique violation means another desk has it).
      const params = [key, seq, ...values, data];
      const placeholders = params.map((_, i) => `$${i + 1}`);
      placeholders[placeholders.length - 1] += '::jsonb';
      await client.query(`INSERT INTO ${spec.table} (id, version, change_seq, ${[...cols, 'data'].join(', ')}) VALUES ($1, 1, ${placeholders.slice(1).join(', ')})`, params);
      out.push({ table: spec.table, key, version: 1 });
    } else {
      const sets = cols.map((c, i) => `${c} = $${i + 4}`);
      const result = await client.query<{ version: number }>(
        `UPDATE ${spec.table} SET version = version + 1, change_seq = $3, ${[...sets, `data = $${cols.length + 4}::jsonb`].join(', ')} WHERE id = $1 AND version = $2 RETURNING version`,
        [key, known, seq, ...values, data],
      );
      const next = result.rows[0]?.version;
      if (next === undefined) throw new ConcurrentChangeError(spec.table, key, 'another desk changed or removed it');
      out.push({ table: spec.table, key, version: next });
    }
    if (spec.field === 'jobs') await writeHistory(client, key, historyPlan(before as Job | undefined, record as Job));
  }
}

async function writeDeletes(client: pg.ClientBase, change: TableChange, versions: RowVersions, seq: number, out: Written['versions']): Promise<void> {
  const { spec } = change;
  for (const { key } of change.deletes) {
    const known = versions.get(spec.table, key);
    const result = await client.query(`DELETE FROM ${spec.table} WHERE id = $1 AND version = $2`, [key, known ?? -1]);
    if (result.rowCount !== 1) throw new ConcurrentChangeError(spec.table, key, 'another desk changed or removed it');
    await client.query('INSERT INTO deleted_rows (change_seq, tbl, id) VALUES ($1, $2, $3)', [seq, spec.table, key]);
    out.push({ table: spec.table, key, version: null });
  }
}
