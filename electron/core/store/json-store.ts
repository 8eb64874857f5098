/**
 * The open store: the in-memory document (held by lowdb's `Low`), the group-commit write queue,
 * the lock and the backups folder. Built by `openStore`, which has already loaded, migrated or
 * recovered the document.
 */
import type { Low } from 'lowdb';
import type { Backups } from './backups';
import { readTextIfExists } from './durable-json-file';
import { BackupRestoreError, StoreClosedError } from './errors';
import type { LockHandle } from './lock';
import type { BackupInfo, Store, StoreRecovery, StoreStatus } from './types';
import { WriteQueue } from './write-queue';

const BACKUP_KINDS: readonly BackupInfo['kind'][] = ['daily', 'pre-migration', 'pre-restore', 'manual'];

export type JsonStoreParts<T> = {
  low: Low<T>;
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
    this.queue = new WriteQueue(() => this.writeDocument());
  }

  read(): T {
    this.assertOpen();
    return this.parts.low.data;
  }

  mutate<R>(fn: (doc: T) => R): Promise<R> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    let result: R;
    try {
      result = fn(this.parts.low.data);
    } catch (error) {
      // fn checks before it changes anything, so there is nothing to write for it.
      return Promise.reject(error);
    }
    this.generation += 1;
    const written = this.queue.schedule();
    if (isThenable(result)) {
      // Changes after the function's first await would land outside any write's accounting.
      void Promise.resolve(result).catch(() => undefined);
      return written.then(() => {
        throw new TypeError('store.mutate() takes a synchronous function; do the async work before calling it.');
      });
    }
    return written.then(() => result);
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
    // The in-memory document is the truth (it may be ahead of a failing disk write).
    return this.track(this.parts.backups.write(kind, JSON.stringify(this.parts.low.data)));
  }

  restoreBackup(name: string): Promise<void> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.track(this.restore(name));
  }

  private async restore(name: string): Promise<void> {
    const { backups, low } = this.parts;
    if (typeof name !== 'string' || !backups.isBackupName(name)) {
      throw new BackupRestoreError(String(name), 'that is not the name of a backup in the backups folder');
    }
    const checked = await backups.check(name);
    if (!checked.ok) throw new BackupRestoreError(name, checked.reason);
    // Snapshot and swap with no change slipping in between: if a mutation landed while the
    // pre-restore backup was being written, take it again so that backup holds everything replaced.
    for (;;) {
      const seen = this.generation;
      await backups.write('pre-restore', JSON.stringify(low.data));
      if (seen === this.generation) break;
    }
    low.data = checked.value;
    this.generation += 1;
    await this.queue.schedule();
    this.recovery = null;
  }

  /** One durable write of the whole document, then today's daily backup if it is still missing. */
  private async writeDocument(): Promise<void> {
    const { low, backups, dataFile } = this.parts;
    // Called synchronously by the queue: `Low.write` serializes before its first await.
    await low.write();
    if (!backups.dailyDue()) return;
    try {
      await backups.ensureDaily(() => readTextIfExists(dataFile));
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

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
