/**
 * Opening the shared store — the entry point hosts use:
 *
 *   const store = await openPostgresStore({ connectionString, hostId, deskName });
 *   const core = await createCore({ dataDir, host, version, store });
 *
 * Under an advisory lock (two desks starting together take turns) it brings the tables up to this
 * build (numbered SQL migrations), sets up an empty database with a fresh document, migrates an
 * older document's records (shared/migrations, then validation, written back in one transaction)
 * and refuses a newer one; then it loads and checks the whole document, starts listening for other
 * desks' changes, and catches up on anything committed meanwhile.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrations as documentMigrations } from '../../../shared/migrations/index';
import type { Migration } from '../../../shared/migrations/types';
import { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument, type DispatchDocument } from '../../../shared/schemas/document';
import { DocumentState } from '../store/document-state';
import { upgrade } from '../store/migrate';
import type { ValidationResult } from '../store/types';
import { assembleDocument, rememberVersions } from './apply-rows';
import { diffDocuments } from './diff';
import { DatabaseUnavailableError, isConnectionError } from './errors';
import { ChangeListener, type ReconnectPolicy } from './listener';
import { PostgresStore } from './postgres-store';
import { readMeta, readRows } from './read-rows';
import { DatabaseTooNewError, migrateSchema, withOpenLock } from './schema';
import { RowVersions } from './versions';
import { writeDiff } from './write';

export type OpenPostgresStoreOptions = {
  /** `postgres://user:password@host:5432/database?sslmode=require`; or give `config`. */
  connectionString?: string;
  /** node-postgres settings (host, port, user, password, database, ssl…); merged over `connectionString`. */
  config?: pg.PoolConfig;
  /** This desk's id in change notifications. Default: a random UUID per open. */
  hostId?: string;
  /** The dispatcher-facing name of this desk ("desk 2"); kept for the host to write into history. */
  deskName?: string;
  /** Time zone of a brand-new shop's document. Default UTC. */
  timeZone?: string;
  /** The document rules; defaults are the app's own (tests pass older versions and migrations). */
  currentVersion?: number;
  migrations?: readonly Migration[];
  validate?: (data: unknown) => ValidationResult<DispatchDocument>;
  empty?: () => DispatchDocument;
  onWarning?: (message: string) => void;
  reconnect?: ReconnectPolicy;
  /** Connections in the pool for writes and catch-ups (the listener has its own). Default 4. */
  poolSize?: number;
};

/** The open shared store, with the desk name the host gave (for history lines). */
export type OpenedPostgresStore = PostgresStore & { readonly deskName: string | null };

export async function openPostgresStore(opts: OpenPostgresStoreOptions): Promise<OpenedPostgresStore> {
  const config: pg.PoolConfig = { ...(opts.connectionString ? { connectionString: opts.connectionString } : {}), ...opts.config };
  const warn = opts.onWarning ?? ((message: string) => console.warn(`[store] ${message}`));
  const currentVersion = opts.currentVersion ?? CURRENT_SCHEMA_VERSION;
  const rules = {
    currentVersion,
    migrations: opts.migrations ?? documentMigrations,
    validate: opts.validate ?? validateDocument,
  };
  const empty = opts.empty ?? (() => emptyDocument(opts.timeZone ?? 'UTC'));
  const hostId = opts.hostId ?? randomUUID();

  const pool = new pg.Pool({ ...config, max: opts.poolSize ?? 4 });
  // An idle connection that dies (server restart) must not crash the process; the next use reconnects.
  pool.on('error', (error) => warn(`Shared database connection: ${error.message}`));
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw isConnectionError(error) ? new DatabaseUnavailableError(error instanceof Error ? error.message : String(error)) : error;
    });
    let loaded: Awaited<ReturnType<typeof loadDocument>>;
    try {
      loaded = await withOpenLock(client, async () => {
        await migrateSchema(client);
        if (!(await readMeta(client))) {
          const doc = empty();
          await writeDiff(client, diffDocuments({}, doc), new RowVersions(), {
            hostId,
            schemaVersion: currentVersion,
            init: { nextJobNumber: doc.nextJobNumber, nextBatchNumber: doc.nextBatchNumber },
          });
        }
        return loadDocument(client, rules, hostId);
      });
    } finally {
      client.release();
    }

    const policy = { initialMs: 200, maxMs: 5_000, unreachableAfterMs: 10_000, ...opts.reconnect };
    let store: PostgresStore | null = null;
    const listener = new ChangeListener(
      config,
      {
        notice: (payload) => store?.handleNotice(payload),
        connected: () => void store?.catchUp(),
        state: (state) => store?.handleState(state),
        warn,
      },
      policy,
    );
    await listener.start();
    store = new PostgresStore({
      pool,
      state: new DocumentState(loaded.doc),
      versions: loaded.versions,
      seq: loaded.seq,
      hostId,
      location: describeLocation(config),
      schemaVersion: currentVersion,
      validate: rules.validate,
      warn,
      listener,
    });
    // Anything committed between the load and the LISTEN.
    await store.catchUp();
    return Object.assign(store, { deskName: opts.deskName ?? null });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

type Rules = { currentVersion: number; migrations: readonly Migration[]; validate: (data: unknown) => ValidationResult<DispatchDocument> };

/** Load and check the whole document, migrating an older one's records first (under the open lock). */
async function loadDocument(client: pg.ClientBase, rules: Rules, hostId: string): Promise<{ doc: DispatchDocument; versions: RowVersions; seq: number }> {
  const read = await readRows(client, -1);
  const version = read.meta?.schemaVersion ?? 0;
  if (version > rules.currentVersion) throw new DatabaseTooNewError(version, rules.currentVersion, 'data format');
  const raw = assembleDocument(read);
  const versions = new RowVersions();
  rememberVersions(read, versions);
  if (version === rules.currentVersion) {
    const checked = rules.validate(raw);
    if (!checked.ok) throw new InvalidDatabaseError(checked.reason);
    return { doc: checked.value, versions, seq: read.meta?.changeSeq ?? 0 };
  }
  const migrated = upgrade(raw, version, { ...rules, migrations: [...rules.migrations] });
  if (!migrated.ok) throw new InvalidDatabaseError(migrated.reason);
  // Every record's new shape, in one transaction; the meta row moves to the new version with it.
  await writeDiff(client, diffDocuments(raw as unknown as DispatchDocument, migrated.value), versions, {
    hostId,
    schemaVersion: rules.currentVersion,
    migrateFrom: version,
  });
  return loadDocument(client, rules, hostId);
}

/** The records in the database do not form a valid document; nothing was changed. */
export class InvalidDatabaseError extends Error {
  readonly code = 'STORE_INVALID';
  override readonly name = 'InvalidDatabaseError';
  constructor(readonly reason: string) {
    super(`The shared database holds records Dispatch Console cannot use (${reason}). Nothing was changed; restore it from a pg_dump backup or ask for help.`);
  }
}

/** `postgres://host:port/database` (user shown, password never). */
export function describeLocation(config: pg.PoolConfig): string {
  let host = config.host;
  let port = config.port;
  let database = config.database;
  let user = config.user;
  if (config.connectionString) {
    try {
      const url = new URL(config.connectionString);
      host ??= url.hostname;
      port ??= url.port ? Number(url.port) : undefined;
      database ??= url.pathname.replace(/^\//, '') || undefined;
      user ??= url.username || undefined;
    } catch {
      // An unparsable string is reported by the driver on connect; here it only labels the status.
    }
  }
  return `postgres://${user ? `${decodeURIComponent(user)}@` : ''}${host ?? 'localhost'}:${port ?? 5432}/${database ?? ''}`;
}
