/**
 * Reading what the database holds, in one consistent snapshot (REPEATABLE READ): the meta row,
 * every record row written after a change number (all of them from -1), the history lines of the
 * jobs among them, and what was deleted after that number. Nothing here is trusted yet; see
 * apply-rows.ts for the checks.
 */
import type pg from 'pg';
import { TABLES } from './tables';

export type MetaValues = { schemaVersion: number; nextJobNumber: number; nextBatchNumber: number; changeSeq: number };
export type RawRow = { table: string; id: string; version: number; data: unknown };
export type RowsRead = {
  meta: MetaValues | null;
  rows: RawRow[];
  /** History lines by job id, in line order, for the jobs in `rows`. */
  history: Map<string, unknown[]>;
  deleted: Array<{ table: string; id: string }>;
};

const UNION = TABLES.map((t) => `SELECT '${t.table}' AS tbl, id, version, data FROM ${t.table} WHERE change_seq > $1`).join('\nUNION ALL\n');

type MetaRow = { schema_version: number; next_job_number: number; next_batch_number: number; change_seq: string };

export async function readMeta(client: pg.ClientBase): Promise<MetaValues | null> {
  const { rows } = await client.query<MetaRow>('SELECT schema_version, next_job_number, next_batch_number, change_seq FROM meta WHERE id = 1');
  const row = rows[0];
  if (!row) return null;
  return { schemaVersion: row.schema_version, nextJobNumber: row.next_job_number, nextBatchNumber: row.next_batch_number, changeSeq: Number(row.change_seq) };
}

/** Rows changed after `since` (-1: everything), read in one snapshot. */
export async function readRows(client: pg.ClientBase, since: number): Promise<RowsRead> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const read = await readRowsIn(client, since);
    await client.query('COMMIT');
    return read;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * `readRows` inside the caller's transaction: a writer holding the meta row lock reads what others
 * committed before it, and nobody can commit more until it is done.
 */
export async function readRowsIn(client: pg.ClientBase, since: number): Promise<RowsRead> {
  const meta = await readMeta(client);
  const { rows } = await client.query<{ tbl: string; id: string; version: number; data: unknown }>(UNION, [since]);
  const jobIds = rows.filter((r) => r.tbl === 'jobs').map((r) => r.id);
  const history = new Map<string, unknown[]>();
  if (jobIds.length > 0) {
    const lines = await client.query<{ job_id: string; entry: unknown }>(
      since < 0 ? 'SELECT job_id, entry FROM job_history ORDER BY job_id, line' : 'SELECT job_id, entry FROM job_history WHERE job_id = ANY($1) ORDER BY job_id, line',
      since < 0 ? [] : [jobIds],
    );
    for (const line of lines.rows) {
      let list = history.get(line.job_id);
      if (!list) history.set(line.job_id, (list = []));
      list.push(line.entry);
    }
  }
  const deleted =
    since < 0 ? [] : (await client.query<{ tbl: string; id: string }>('SELECT tbl, id FROM deleted_rows WHERE change_seq > $1 ORDER BY change_seq', [since])).rows.map((r) => ({ table: r.tbl, id: r.id }));
  return { meta, rows: rows.map((r) => ({ table: r.tbl, id: r.id, version: r.version, data: r.data })), history, deleted };
}
