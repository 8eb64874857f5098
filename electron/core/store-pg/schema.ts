/**
 * Bringing a database's tables up to this build: under a session advisory lock (so two desks
 * starting together take turns), apply the numbered SQL migrations not yet recorded in
 * `schema_migrations`, all in one transaction. A database migrated by a newer build is refused.
 */
import type pg from 'pg';
import { SQL_MIGRATIONS, type SqlMigration } from './migrations/index';

/** The advisory lock key every desk takes while opening (an arbitrary constant: "dispatch" in hex-ish). */
export const OPEN_LOCK_KEY = 0x0d15_7a7c;

/** The database was set up by a newer version of the app; nothing was changed. */
export class DatabaseTooNewError extends Error {
  readonly code = 'STORE_TOO_NEW';
  override readonly name = 'DatabaseTooNewError';
  constructor(
    readonly found: number,
    readonly supported: number,
    what: string,
  ) {
    super(`The shared database was set up by a newer version of Dispatch Console (${what} ${found}; this version knows up to ${supported}). Install the newer version on this desk; nothing was changed.`);
  }
}

/** Run `fn` holding the open lock on `client` (session level: released even if `fn` throws). */
export async function withOpenLock<R>(client: pg.ClientBase, fn: () => Promise<R>): Promise<R> {
  await client.query('SELECT pg_advisory_lock($1)', [OPEN_LOCK_KEY]);
  try {
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [OPEN_LOCK_KEY]).catch(() => undefined);
  }
}

/** Apply the missing SQL migrations in one transaction; returns the versions applied. */
export async function migrateSchema(client: pg.ClientBase, migrations: readonly SqlMigration[] = SQL_MIGRATIONS): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (newest > known) throw new DatabaseTooNewError(newest, known, 'database schema');
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
