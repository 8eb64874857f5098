/**
 * The shared store: the same contract as the data file (`Store<DispatchDocument>`), with the
 * document in PostgreSQL so several desks work on one shop.
 *
 * Each desk keeps the whole document in memory, as the file store does, and answers reads from it.
 * Mutations run one at a time in call order: the change is applied to an immer draft, the records
 * it touched are found by reference (diff.ts) and written in ONE transaction with per-row version
 * checks (write.ts); only after COMMIT returns does the caller get its answer. If another desk got
 * there first (a row version moved on, a job number or external reference taken), the desk catches
 * up from the database and runs the change again on the fresh state, so a numbering race simply
 * takes the next number and a stale `expectedRevision` becomes the service's normal CONFLICT,
 * naming who changed the job. Any other failure rolls memory back to the last committed state.
 *
 * Other desks' commits arrive through LISTEN/NOTIFY (listener.ts) and are fetched by change number
 * (read-rows.ts), checked and applied (apply-rows.ts), then announced to `onExternalChange`
 * listeners, which the core turns into the same push events as local changes.
 */
import type pg from 'pg';
import type { DocumentState } from '../store/document-state';
import { StoreClosedError } from '../store/errors';
import type { BackupInfo, ExternalChange, Store, StoreStatus, ValidationResult } from '../store/types';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { AppError } from '../../../shared/ipc/result';
import { ArchiveTable } from './archive-table';
import { applyRows, assembleDocument, rememberVersions, type FieldChanges } from './apply-rows';
import { diffDocuments, isEmptyDiff, type DocumentDiff } from './diff';
import { DatabaseUnavailableError, isConnectionError, isRetryable } from './errors';
import type { ChangeListener, ConnectionState } from './listener';
import { parseNotice } from './notice';
import { readRows, readRowsIn, type RowsRead } from './read-rows';
import type { RowVersions } from './versions';
import { lockForWrite, writeRows } from './write';

/**
 * Catch up and run a change again at most this many times. Desks take the write lock before
 * writing, so a version mismatch can only come from a writer that does not (an older build, a hand
 * edit); a deterministic refusal (a reference to nothing) must not be tried for long.
 */
export const MAX_RETRIES = 2;

export type PostgresStoreParts = {
  pool: pg.Pool;
  state: DocumentState<DispatchDocument>;
  versions: RowVersions;
  /** Every change up to this number is applied to `state`. */
  seq: number;
  /** The desk's stable id (its archiver's batch in progress is kept under it). */
  hostId: string;
  /** This open's id in notifications (the desk id plus a random part): its own notices are skipped. */
  instanceId: string;
  /** Shown as the status's data location: the server and database, never the password. */
  location: string;
  schemaVersion: number;
  validate(data: unknown): ValidationResult<DispatchDocument>;
  warn(message: string): void;
  /** Built by the opener; its events are routed to the store with `attach`. */
  listener: ChangeListener;
};

export class PostgresStore implements Store<DispatchDocument> {
  private chain: Promise<unknown> = Promise.resolve();
  private closing: Promise<void> | null = null;
  private seq: number;
  private lastWriteError: string | null = null;
  /** The last write failed only because the database could not be reached: cleared once it can. */
  private writeErrorIsOutage = false;
  private catchUpQueued = false;
  private readonly changeListeners = new Set<(change: ExternalChange) => void>();
  private readonly statusListeners = new Set<(status: StoreStatus) => void>();

  constructor(private readonly parts: PostgresStoreParts) {
    this.seq = parts.seq;
    this.archive = new ArchiveTable(parts.pool, parts.hostId, parts.location);
  }

  /** This open's id in NOTIFY payloads (its own notifications are skipped). */
  get instanceId(): string {
    return this.parts.instanceId;
  }

  /** Archived jobs live in the database too, so archive search, reports and exports work on every desk. */
  readonly archive: ArchiveTable;

  read(): DispatchDocument {
    if (this.closing) throw new StoreClosedError();
    return this.parts.state.durable;
  }

  mutate<R>(fn: (doc: DispatchDocument, base: DispatchDocument) => R): Promise<R> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.enqueue(() => this.runMutation(fn));
  }

  flush(): Promise<void> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    // Every acknowledged change is committed already; wait for the ones still queued.
    return this.chain.then(() => undefined);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.chain;
      await this.parts.listener.stop();
      await this.parts.pool.end().catch(() => undefined);
    })();
    return this.closing;
  }

  status(): StoreStatus {
    return { dataFile: this.parts.location, recovery: null, lastWriteError: this.lastWriteError, backend: 'postgres', connection: this.parts.listener.state };
  }

  listBackups(): Promise<BackupInfo[]> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return Promise.resolve([]);
  }

  createBackup(): Promise<BackupInfo> {
    return Promise.reject(noFileBackups());
  }

  restoreBackup(): Promise<void> {
    return Promise.reject(noFileBackups());
  }

  onExternalChange(listener: (change: ExternalChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onStatusChange(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Fetch and apply what other desks committed since this desk's last change number. */
  catchUp(): Promise<void> {
    if (this.closing) return Promise.resolve();
    if (this.catchUpQueued) return this.chain.then(() => undefined);
    this.catchUpQueued = true;
    return this.enqueue(async () => {
      this.catchUpQueued = false;
      await this.catchUpNow();
    }).catch((error: unknown) => {
      // The listener asks again after it reconnects; a read that failed loses nothing.
      this.parts.warn(`Catching up with the shared database failed: ${describe(error)}`);
    });
  }

  /** Wiring for the listener's events (see open-postgres-store.ts). */
  handleNotice(payload: string | undefined): void {
    const notice = parseNotice(payload);
    // Our own commit, or one already applied: nothing to fetch.
    if (notice && (notice.host === this.parts.instanceId || notice.seq <= this.seq)) return;
    void this.catchUp();
  }

  handleState(state: ConnectionState): void {
    if (state === 'connected' && this.writeErrorIsOutage) {
      this.writeErrorIsOutage = false;
      this.lastWriteError = null;
    }
    const status = this.status();
    for (const listener of [...this.statusListeners]) listener(status);
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async runMutation<R>(fn: (doc: DispatchDocument, base: DispatchDocument) => R): Promise<R> {
    const { state } = this.parts;
    for (let attempt = 0; ; attempt++) {
      // First on memory: a change that is refused, or changes nothing, needs no database.
      let result = state.apply(fn);
      let diff = this.pendingDiff();
      if (isEmptyDiff(diff)) {
        state.markDurable(state.latest);
        return result;
      }
      try {
        return await this.withClient(async (client) => {
          await client.query('BEGIN');
          try {
            const lock = await lockForWrite(client, { hostId: this.parts.instanceId, schemaVersion: this.parts.schemaVersion });
            if (lock.seq !== this.seq + 1) {
              // Another desk committed since this one last caught up. Holding the lock nobody else
              // can commit now: apply what they did and run the change again on it, so a taken
              // number moves on and a stale revision check refuses with the service's CONFLICT.
              state.rollBack();
              this.applyRead(await readRowsIn(client, this.seq), lock.seq - 1);
              result = state.apply(fn);
              diff = this.pendingDiff();
              if (isEmptyDiff(diff)) {
                await client.query('ROLLBACK');
                state.markDurable(state.latest);
                return result;
              }
            }
            const written = await writeRows(client, diff, this.parts.versions, lock, this.parts.instanceId);
            await client.query('COMMIT');
            for (const v of written.versions) {
              if (v.version === null) this.parts.versions.delete(v.table, v.key);
              else this.parts.versions.set(v.table, v.key, v.version);
            }
            state.markDurable(state.latest);
            this.seq = lock.seq;
            this.setWriteError(null);
            return result;
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
        });
      } catch (error) {
        state.rollBack();
        // Only a writer that does not take the lock (an older build, a hand edit) gets here.
        if (!isRetryable(error) || attempt >= MAX_RETRIES) throw this.failure(error);
        await this.catchUpNow().catch((failure: unknown) => {
          throw this.failure(failure);
        });
      }
    }
  }

  /** The rows the change applied to memory (latest vs durable) needs written; rolls it back if it breaks identity. */
  private pendingDiff(): DocumentDiff {
    const { state } = this.parts;
    try {
      return diffDocuments(state.durable, state.latest);
    } catch (error) {
      state.rollBack();
      throw error;
    }
  }

  /** What a caller is told when a change could not be committed (memory is back to the last commit). */
  private failure(error: unknown): unknown {
    if (error instanceof AppError) return error;
    if (isConnectionError(error)) {
      this.parts.listener.suspect();
      const unavailable = new DatabaseUnavailableError(describe(error));
      this.setWriteError(unavailable.message);
      this.writeErrorIsOutage = true;
      return unavailable;
    }
    this.setWriteError(`The change could not be saved to the shared database: ${describe(error)}`);
    return error;
  }

  private async catchUpNow(): Promise<void> {
    const read = await this.withClient((client) => readRows(client, this.seq));
    if (!read.meta) throw new Error('The shared database has no meta row any more.');
    if (read.meta.changeSeq < this.seq) {
      // The database went back in time (restored from a dump, replaced): take it whole.
      await this.reloadWhole();
      return;
    }
    this.applyRead(read, read.meta.changeSeq);
  }

  /** Apply rows other desks committed (every change up to `upTo`) to memory and announce them. */
  private applyRead(read: RowsRead, upTo: number): void {
    const { state, versions } = this.parts;
    const applied = applyRows(state.durable, read, versions, this.parts.warn);
    if (applied.doc !== state.durable) {
      state.replace(applied.doc);
      state.markDurable(state.latest);
    }
    this.seq = upTo;
    this.announce(applied.changes, false);
  }

  private async reloadWhole(): Promise<void> {
    const read = await this.withClient((client) => readRows(client, -1));
    const checked = this.parts.validate(assembleDocument(read));
    if (!checked.ok) throw new Error(`The shared database holds records that are not valid (${checked.reason}); this desk keeps its last good copy.`);
    rememberVersions(read, this.parts.versions);
    this.parts.state.replace(checked.value);
    this.parts.state.markDurable(this.parts.state.latest);
    this.seq = read.meta?.changeSeq ?? 0;
    this.announce({}, true);
  }

  private announce(fields: FieldChanges, resync: boolean): void {
    if (!resync && Object.keys(fields).length === 0) return;
    const change: ExternalChange = { fields, resync };
    for (const listener of [...this.changeListeners]) {
      try {
        listener(change);
      } catch (error) {
        this.parts.warn(`A listener for changes from other desks failed: ${describe(error)}`);
      }
    }
  }

  private async withClient<R>(fn: (client: pg.PoolClient) => Promise<R>): Promise<R> {
    const client = await this.parts.pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(client);
    } catch (error) {
      // A connection that failed mid-transaction is not given back for reuse.
      if (isConnectionError(error)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private setWriteError(message: string | null): void {
    this.writeErrorIsOutage = false;
    if (message === this.lastWriteError) return;
    this.lastWriteError = message;
    const status = this.status();
    for (const listener of [...this.statusListeners]) listener(status);
  }
}

function noFileBackups(): AppError {
  return new AppError('FORBIDDEN', 'Backups of the shared database are taken on the database server with pg_dump (see docs/shared-database.md); this desk keeps no backup files.');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
