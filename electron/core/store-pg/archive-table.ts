/**
 * Archived jobs in the shared database: one row per job in `archived_jobs`, by the month it
 * finished, read and written a month at a time as the archiver and search expect (ArchiveStorage).
 * Rows are untrusted like month files: a month is checked with the same rules when read. Writes are
 * idempotent (upsert by job id), so two desks archiving the same finished jobs leave one copy.
 */
import type pg from 'pg';
import { checkMonth, type ArchiveStorage, type MonthRead, type PendingBatch } from '../archive/archive-files';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ArchiveFile } from '../archive/archive-format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class ArchiveTable implements ArchiveStorage {
  constructor(
    private readonly pool: pg.Pool,
    /** This desk's id: its archiver's batch in progress is kept under it. */
    private readonly hostId: string,
    /** The database, for messages. */
    private readonly location: string,
  ) {}

  prepare(): Promise<void> {
    // The tables are made by the schema migrations; nothing is left half-written by a transaction.
    return Promise.resolve();
  }

  pathOf(month: string): string {
    return `${this.location} (archived jobs of ${month})`;
  }

  async months(): Promise<string[]> {
    const { rows } = await this.pool.query<{ month: string }>('SELECT DISTINCT month FROM archived_jobs ORDER BY month DESC');
    return rows.map((r) => r.month).filter((m) => MONTH.test(m));
  }

  async read(month: string, full: boolean): Promise<MonthRead> {
    const { rows } = await this.pool.query<{ entry: unknown }>('SELECT entry FROM archived_jobs WHERE month = $1 ORDER BY finished_at DESC, number DESC', [month]);
    return checkMonth({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, month, entries: rows.map((r) => r.entry) }, month, full);
  }

  async write(file: ArchiveFile): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const ids = file.entries.map((e) => e.job.id);
      await client.query('DELETE FROM archived_jobs WHERE month = $1 AND NOT (job_id = ANY($2))', [file.month, ids]);
      await client.query(
        `INSERT INTO archived_jobs (job_id, month, number, finished_at, entry)
         SELECT x->'job'->>'id', $1, x->'job'->>'number', (x->>'finishedAt')::timestamptz, x FROM jsonb_array_elements($2::jsonb) AS x
         ON CONFLICT (job_id) DO UPDATE SET month = EXCLUDED.month, number = EXCLUDED.number, finished_at = EXCLUDED.finished_at, entry = EXCLUDED.entry`,
        [file.month, JSON.stringify(file.entries)],
      );
      await client.query('INSERT INTO archive_months (month, stamp) VALUES ($1, 1) ON CONFLICT (month) DO UPDATE SET stamp = archive_months.stamp + 1', [file.month]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Each month's write stamp: another desk archiving into a month changes it. */
  async stamps(): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ month: string; stamp: string }>('SELECT month, stamp FROM archive_months');
    return new Map(rows.map((r) => [r.month, String(r.stamp)]));
  }

  async writePending(batch: PendingBatch): Promise<void> {
    await this.pool.query('INSERT INTO archive_pending (host, data) VALUES ($1, $2::jsonb) ON CONFLICT (host) DO UPDATE SET data = EXCLUDED.data', [this.hostId, JSON.stringify(batch)]);
  }

  async readPending(): Promise<PendingBatch | null> {
    const { rows } = await this.pool.query<{ data: unknown }>('SELECT data FROM archive_pending WHERE host = $1', [this.hostId]);
    const ids = (rows[0]?.data as { ids?: unknown } | undefined)?.ids;
    if (typeof ids !== 'object' || ids === null) return null;
    const clean: Record<string, string> = {};
    for (const [id, month] of Object.entries(ids)) if (typeof month === 'string' && MONTH.test(month)) clean[id] = month;
    return { ids: clean };
  }

  async clearPending(): Promise<void> {
    await this.pool.query('DELETE FROM archive_pending WHERE host = $1', [this.hostId]);
  }
}
