/**
 * An empty PostgreSQL database as the destination of "Move this shop to the shared database".
 * The tables are created first (the store's own numbered migrations: an empty schema holds no shop
 * data); then, in ONE transaction holding the open lock, the whole document and every archived job
 * are written, read back through the same code the store loads with, and compared. A failure or a
 * mismatch rolls the transaction back: the database is left with empty tables.
 */
import pg from 'pg';
import { CURRENT_SCHEMA_VERSION, validateDocument } from '../../../shared/schemas/document';
import type { ArchiveEntry, ArchiveFile } from '../archive/archive-format';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from '../archive/archive-format';
import { assembleDocument } from '../store-pg/apply-rows';
import { diffDocuments } from '../store-pg/diff';
import { readMeta, readRowsIn } from '../store-pg/read-rows';
import { migrateSchema, withOpenLock } from '../store-pg/schema';
import { RowVersions } from '../store-pg/versions';
import { lockForWrite, writeRows } from '../store-pg/write';
import { describeConnection } from './connection-url';
import type { DatabaseConnection } from './connection-url';
import type { ShopDestination, ShopWriteTransaction } from './shop-move';
import type { ShopSnapshot } from './shop-records';
import { pgClientConfig } from './test-connection';

/** The id the move writes under in the change log (no desk is listening yet). */
const MOVE_HOST_ID = 'shop-move';

export function postgresDestination(connection: DatabaseConnection, opts: { connectTimeoutMs?: number } = {}): ShopDestination {
  return {
    describe: () => describeConnection(connection),
    async transaction(work) {
      const client = new pg.Client(await pgClientConfig(connection, opts.connectTimeoutMs ?? 10_000));
      client.on('error', () => {});
      await client.connect();
      try {
        return await withOpenLock(client, async () => {
          await migrateSchema(client);
          await client.query('BEGIN');
          try {
            const result = await work(transactionOn(client));
            await client.query('COMMIT');
            return result;
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
        });
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}

/** Inside the open transaction on `client`. */
export function transactionOn(client: pg.ClientBase): ShopWriteTransaction {
  return {
    async isEmpty() {
      if (await readMeta(client)) return false;
      const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM archived_jobs');
      return Number(rows[0]?.n ?? '0') === 0;
    },
    async write(shop: ShopSnapshot) {
      const doc = shop.document;
      const lock = await lockForWrite(client, {
        hostId: MOVE_HOST_ID,
        schemaVersion: doc.schemaVersion,
        init: { nextJobNumber: doc.nextJobNumber, nextBatchNumber: doc.nextBatchNumber },
      });
      await writeRows(client, diffDocuments({}, doc), new RowVersions(), lock, MOVE_HOST_ID);
      for (const file of shop.archive) {
        for (const entry of file.entries) {
          await client.query('INSERT INTO archived_jobs (job_id, month, number, finished_at, entry) VALUES ($1, $2, $3, $4, $5)', [
            entry.job.id,
            file.month,
            entry.job.number,
            entry.finishedAt,
            JSON.stringify(entry),
          ]);
        }
      }
    },
    async readBack() {
      const read = await readRowsIn(client, -1);
      const checked = validateDocument(assembleDocument(read));
      if (!checked.ok) throw new Error(`the copy does not read back as a valid shop: ${checked.reason}`);
      if (checked.value.schemaVersion !== CURRENT_SCHEMA_VERSION) throw new Error('the copy reads back at another data format');
      return { document: checked.value, archive: await readArchiveRows(client) };
    },
  };
}

/** The archived jobs as month files (oldest month first), as the data folder's archive holds them. */
export async function readArchiveRows(client: pg.ClientBase): Promise<ArchiveFile[]> {
  const { rows } = await client.query<{ month: string; entry: ArchiveEntry }>('SELECT month, entry FROM archived_jobs ORDER BY month, finished_at DESC, job_id');
  const months = new Map<string, ArchiveEntry[]>();
  for (const row of rows) {
    let list = months.get(row.month);
    if (!list) months.set(row.month, (list = []));
    list.push(row.entry);
  }
  return [...months].map(([month, entries]) => ({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, month, entries }));
}
