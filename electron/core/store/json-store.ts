/**
 * The open store: the document in memory (latest and durable states), the group-commit write
 * queue, the lock and the backups folder. Built by `openStore`, which has already loaded, migrated
 * or recovered the document.
 */
import type { Backups } from './backups';
import type { DocumentState } from './document-state';
import { readTextIfExists, type DurableJsonFile } from './durable-json-file';
import type { FileSystem } from './file-system';
import { BackupRestoreError, StoreClosedError } from './errors';
import type { LockHandle } from './lock';
import type { BackupInfo, Store, StoreRecovery, StoreStatus } from './types';
import { WriteQueue } from './write-queue';

const BACKUP_KINDS: readonly BackupInfo['kind'][] = ['daily', 'pre-migration', 'pre-restore', 'manual'];

export type JsonStoreParts<T> = {
  state: DocumentState<T>;
  file: DurableJsonFile<T>;
  fs: FileSystem;
  dataFile: string;
  lock: LockHandle;
  backups: Backups<T>;
  recovery: StoreRecovery | null;
  warn: (message: string) => void;
};

export class JsonStore<T> implements Store<T> {
  private readonly queue: WriteQueue;
  private recovery: StoreRecovery | null;
  private closing: Promise<void> | null = null;
  /** Bumped on every applied change; lets `restoreBackup` know its pre-restore snapshot is complete. */
  private generation = 0;
  /** Backup and restore calls in progress; `close` lets them finish. */
  private readonly ops = new Set<Promise<unknown>>();

  constructor(private readonly parts: JsonStoreParts<T>) {
    this.recovery = parts.recovery;
    // A failed write drops every change not on disk, in the same turn as the queue fails them.
    this.queue = new WriteQueue(
      () => this.writeDocument(),
      () => parts.state.rollBack(),
    );
  }

  read(): T {
    this.assertOpen();
    return this.parts.state.durable;
  }

  mutate<R>(fn: (doc: T, base: T) => R): Promise<R> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    let result: R;
    try {
      result = this.parts.state.apply(fn);
    } catch (error) {
      // The draft is dropped: nothing of fn's changes remains, so there is nothing to write.
      return Promise.reject(error);
    }
    this.generation += 1;
    return this.queue.schedule().then(() => result);
  }

  flush(): Promise<void> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.queue.flush();
  }

  close(): Promise<void> {
    // A second close (e.g. from two shutdown paths) waits for the first instead of failing.
    this.closing ??= this.shutDown();
    return this.closing;
  }

  status(): StoreStatus {
    return { dataFile: this.parts.dataFile, recovery: this.recovery, lastWriteError: this.queue.lastError };
  }

  listBackups(): Promise<BackupInfo[]> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.parts.backups.list();
  }

  createBackup(kind: BackupInfo['kind']): Promise<BackupInfo> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    if (!BACKUP_KINDS.includes(kind)) return Promise.reject(new TypeError(`Unknown backup kind: ${String(kind)}`));
    // What is on disk: a change still being written is not part of the data yet.
    return this.track(this.parts.backups.write(kind, JSON.stringify(this.parts.state.durable)));
  }

  restoreBackup(name: string): Promise<void> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.track(this.restore(name));
  }

  private async restore(name: string): Promise<void> {
    const { backups, state } = this.parts;
    if (typeof name !== 'string' || !backups.isBackupName(name)) {
      throw new BackupRestoreError(String(name), 'that is not the name of a backup in the backups folder');
    }
    const checked = await backups.check(name);
    if (!checked.ok) throw new BackupRestoreError(name, checked.reason);
    // Snapshot and swap with no change slipping in between: first let every change reach the disk
    // (or fail), so the durable state is the whole document; if a mutation landed while the
    // pre-restore backup was being written, do it again so that backup holds everything replaced.
    for (;;) {
      await this.queue.flush();
      const seen = this.generation;
      await backups.write('pre-restore', JSON.stringify(state.durable));
      if (seen === this.generation) break;
    }
    state.replace(checked.value);
    this.generation += 1;
    await this.queue.schedule();
    this.recovery = null;
  }

  /** One durable write of the whole document, then today's daily backup if it is still missing. */
  private async writeDocument(): Promise<void> {
    const { state, file, backups, dataFile, fs } = this.parts;
    // Called synchronously by the queue at the batch boundary; the state is immutable, so this
    // snapshot is exactly what the write stands for, whatever changes are applied meanwhile.
    const snapshot = state.latest;
    await file.write(snapshot);
    state.markDurable(snapshot);
    if (!backups.dailyDue()) return;
    try {
      await backups.ensureDaily(() => readTextIfExists(dataFile, fs));
    } catch (error) {
      // The save itself succeeded; a missing backup must not fail the user's change.
      this.parts.warn(`Daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async shutDown(): Promise<void> {
    await Promise.allSettled([...this.ops]);
    let failure: unknown = null;
    try {
      await this.queue.flush();
    } catch (error) {
      failure = error;
    }
    await this.parts.backups.idle();
    // Release even if the last write failed: holding the lock would only lock the user out.
    await this.parts.lock.release();
    if (failure) throw failure;
  }

  private track<R>(op: Promise<R>): Promise<R> {
    this.ops.add(op);
    void op.then(
      () => this.ops.delete(op),
      () => this.ops.delete(op),
    );
    return op;
  }

  private assertOpen(): void {
    if (this.closing) throw new StoreClosedError();
  }
}
