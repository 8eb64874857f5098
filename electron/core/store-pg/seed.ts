/**
 * Writing a whole document into an empty database, as it is (any format version the tables can
 * hold), in one transaction: the first step of moving a shop from its data file to the shared
 * database, and how tests set up an older shop. The caller validates first where it matters; the
 * next open migrates an older document and validates it like a file.
 */
import type pg from 'pg';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { diffDocuments } from './diff';
import { readMeta } from './read-rows';
import { migrateSchema, withOpenLock } from './schema';
import { RowVersions } from './versions';
import { writeDiff } from './write';

/** The database already holds a shop; seeding would mix two. */
export class DatabaseNotEmptyError extends Error {
  readonly code = 'STORE_NOT_EMPTY';
  override readonly name = 'DatabaseNotEmptyError';
  constructor() {
    super('The shared database already holds a shop; nothing was copied into it. Use an empty database.');
  }
}

/** Seed an empty database with `raw` (a parsed document); returns the change number written. */
export async function seedDocument(client: pg.ClientBase, raw: { schemaVersion: number }, hostId = 'seed'): Promise<number> {
  return withOpenLock(client, async () => {
    await migrateSchema(client);
    if (await readMeta(client)) throw new DatabaseNotEmptyError();
    const doc = raw as unknown as DispatchDocument;
    const written = await writeDiff(client, diffDocuments({}, doc), new RowVersions(), {
      hostId,
      schemaVersion: doc.schemaVersion,
      init: { nextJobNumber: doc.nextJobNumber, nextBatchNumber: doc.nextBatchNumber ?? 1 },
    });
    return written.seq;
  });
}
