/**
 * The open store: the document in memory (latest and durable states), the group-commit write
 * queue, the journal, the lock and the backups folder. Built by `openStore`, which has already
 * loaded, replayed, migrated or recovered the document.
 *
 * A write appends the batch's journal records and fsyncs them; the whole document is written
 * (the snapshot) only now and then, off the mutation's path (see `SnapshotPolicy`), or when the
 * journal cannot be trusted to hold a change: after a failed append and after a restore.
 */
import type { Backups } from './backups';
import type { DocumentState } from './document-state';
import type { DurableJsonFile } from './durable-json-file';
import type { FileSystem } from './file-system';
import { BackupRestoreError, StoreClosedError } from './errors';
import type { JournalWriter } from './journal';
import { encodeRecords, type JournalRecord } from './journal-format';
import { snapshotOf } from './journal-replay';
import type { LockHandle } from './lock';
import type { BackupInfo, SnapshotPolicy, Store, StoreRecovery, StoreStatus } from './types';
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
  journal: JournalWriter;
  /** The last journal record the snapshot on disk holds (the store continues numbering after it). */
  seq: number;
  /** The schemaVersion every record is written for (the document's, after migration on open). */
  version: number;
  snapshots: Required<SnapshotPolicy>;
  /** False: every write is a snapshot (see `OpenStoreOptions.journal`). */
  journaling: boolean;
};

export class JsonStore<T> implements Store<T> {
  private readonly queue: WriteQueue;
  private recovery: StoreRecovery | null;
  private closing: Promise<void> | null = null;
  /** Bumped on every applied change; lets `restoreBackup` know its pre-restore snapshot is complete. */
  private generation = 0;
  /** Backup and restore calls in progress; `close` lets them finish. */
  private readonly ops = new Set<Promise<unknown>>();
  /** Number of the last journal record handed out. */
  private seq: number;
  /** Number of the last record the snapshot on disk holds. */
  private snapshotSeq: number;
  /** Records of changes applied since the last batch boundary, in order. */
  private pending: JournalRecord[] = [];
  /** The document must go to disk whole before the journal is used again (a restore, a failed append). */
  private needsSnapshot = false;
  /** The background snapshot in progress, if any; never rejects. */
  private snapshotting: Promise<void> | null = null;
  private snapshotTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly parts: JsonStoreParts<T>) {
    this.recovery = parts.recovery;
    this.seq = this.snapshotSeq = parts.seq;
    // A failed write drops every change not on disk, in the same turn as the queue fails them.
    this.queue = new WriteQueue(
      () => this.writeBatch(),
      () => {
        parts.state.rollBack();
        this.pending = [];
        // The failed records may be partly on disk: the next write puts the whole document down
        // (numbered past them, so a replay skips them) and starts a fresh segment.
        this.needsSnapshot = true;
      },
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
      const applied = this.parts.state.applyWithPatches(fn);
      result = applied.result;
      if (applied.patches.length > 0) {
        this.seq += 1;
        this.pending.push({ seq: this.seq, v: this.parts.version, p: applied.patches });
      }
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
    return this.track(this.parts.backups.write(kind, this.durableText()));
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
      await backups.write('pre-restore', this.durableText());
      if (seen === this.generation) break;
    }
    state.replace(checked.value);
    // A whole new document is no set of patches: it goes to disk as a snapshot.
    this.pending = [];
    this.needsSnapshot = true;
    this.generation += 1;
    await this.queue.schedule();
    this.recovery = null;
  }

  /**
   * One durable write of everything applied since the last one: the batch's journal records (or
   * the whole document, when the journal cannot hold the change), then today's daily backup if it
   * is still missing.
   */
  private async writeBatch(): Promise<void> {
    const { state, journal, backups } = this.parts;
    // Called synchronously by the queue at the batch boundary; the state is immutable, so this
    // snapshot and these records are exactly what the write stands for, whatever comes meanwhile.
    const snapshot = state.latest;
    const records = this.pending;
    const seq = this.seq;
    this.pending = [];
    if (this.needsSnapshot || journal.needsSnapshot || !this.parts.journaling) {
      // Numbered after every record handed out, including failed ones a replay must skip.
      await this.writeSnapshot(snapshot, seq);
      this.needsSnapshot = false;
    } else if (records.length > 0) {
      await journal.append(encodeRecords(records), records[0]!.seq, records.length);
    }
    state.markDurable(snapshot);
    this.snapshotIfDue(seq);
    if (!backups.dailyDue()) return;
    try {
      await backups.ensureDaily(() => Promise.resolve(this.durableText()));
    } catch (error) {
      // The save itself succeeded; a missing backup must not fail the user's change.
      this.parts.warn(`Daily backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Write `doc` (holding every record up to `seq`) as the snapshot and delete the journal segments
   * it makes redundant. Snapshots never overlap: an older one finishing after a newer one would
   * put records the journal no longer holds out of the snapshot.
   */
  private async writeSnapshot(doc: T, seq: number): Promise<void> {
    await this.snapshotting;
    const retired = this.parts.journal.retire();
    await this.parts.file.write(snapshotOf(doc, seq));
    this.snapshotSeq = seq;
    // The snapshot holds everything: a segment left behind is skipped on open and deleted next time.
    await this.parts.journal.remove(retired).catch((error: unknown) => {
      this.parts.warn(`Old journal segments could not be deleted: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /**
   * Start a background snapshot when the current segment has enough records or is old enough. It
   * takes the durable state now (between writes, so the segments retired hold exactly its
   * records) and serializes it on a later turn, after this batch's callers have their answers.
   */
  private snapshotIfDue(seq: number): void {
    const { journal, snapshots } = this.parts;
    const { records, ageMs } = journal.current;
    if (records === 0 || this.snapshotting || this.closing) return;
    if (records < snapshots.afterRecords && ageMs < snapshots.afterSeconds * 1000) {
      // Quiet after a few changes: fold them in once they are old enough, even if nothing else comes.
      this.snapshotTimer ??= setTimeout(() => {
        this.snapshotTimer = null;
        if (!this.closing) this.queue.schedule().catch(() => undefined);
      }, snapshots.afterSeconds * 1000 - ageMs + 1);
      this.snapshotTimer.unref?.();
      return;
    }
    this.clearTimer();
    const doc = this.parts.state.durable;
    const retired = journal.retire();
    this.snapshotting = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.parts.file.write(snapshotOf(doc, seq)))
      .then(() => {
        this.snapshotSeq = seq;
        return journal.remove(retired);
      })
      .catch((error: unknown) => {
        // The records stay in the retired segments, which the next snapshot deletes once it is written.
        this.parts.warn(`Background snapshot failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.snapshotting = null;
      });
  }

  /** The document on disk as JSON, without the store's own snapshot field (for backups). */
  private durableText(): string {
    return JSON.stringify(this.parts.state.durable);
  }

  private clearTimer(): void {
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = null;
  }

  private async shutDown(): Promise<void> {
    await Promise.allSettled([...this.ops]);
    let failure: unknown = null;
    try {
      await this.queue.flush();
    } catch (error) {
      failure = error;
    }
    this.clearTimer();
    await this.snapshotting;
    // Leave the folder tidy: the whole document in the snapshot and no journal to replay.
    if (!failure && this.seq > this.snapshotSeq) {
      await this.writeSnapshot(this.parts.state.durable, this.seq).catch((error: unknown) => {
        this.parts.warn(`Closing snapshot failed (the journal still holds every change): ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    await this.parts.journal.close();
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
