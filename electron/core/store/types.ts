/**
 * The store's public shape. One writer (the host process) keeps the document in memory; every
 * mutation is applied in order to that document and acknowledged only once a durable write that
 * contains it is on disk (group commit: mutations arriving during a write share the next one).
 */

import type { BackupInfo, StoreRecovery, StoreStatus } from '../../../shared/ipc/outputs';
import type { Migration } from '../../../shared/migrations/types';
import type { FileSystem } from './file-system';

// The status shapes cross IPC, so they live in shared/; re-exported for the store's own code.
export type { BackupInfo, StoreRecovery, StoreStatus };

export interface Store<T> {
  /**
   * The document as it is on disk: the last successful write. Frozen (writing to it throws); a
   * change applied by `mutate` shows here only once it is durable.
   */
  read(): T;
  /**
   * Apply `fn` to a draft of the latest document now (synchronously, in call order, so it sees
   * every earlier change, written or not) and resolve with its result once a durable write
   * containing the change has completed. If `fn` throws, nothing of it is kept. If the write fails,
   * the document is rolled back to the last durable state and this promise rejects, as do those
   * of all changes applied after that write began. `base` is the latest document before `fn` (frozen):
   * read through it to find records cheaply, and change only what must change through `doc`.
   */
  mutate<R>(fn: (doc: T, base: T) => R): Promise<R>;
  /** Resolves when everything mutated so far is on disk; rejects if a write of it failed. */
  flush(): Promise<void>;
  /** Flush, release the lock. Further calls fail. */
  close(): Promise<void>;
  status(): StoreStatus;
  listBackups(): Promise<BackupInfo[]>;
  createBackup(kind: BackupInfo['kind']): Promise<BackupInfo>;
  /** Replace the document with a validated backup (after taking a `pre-restore` backup of the current one). */
  restoreBackup(name: string): Promise<void>;
  /**
   * Stores shared with other processes (the PostgreSQL store) tell here about changes committed
   * elsewhere, after they are applied to what `read()` returns. The data file has one writer and
   * no such method.
   */
  onExternalChange?(listener: (change: ExternalChange) => void): () => void;
  /** Told whenever `status()` changes without a call of this process (a dropped connection, a reconnect). */
  onStatusChange?(listener: (status: StoreStatus) => void): () => void;
}

/**
 * Records another process committed, by document field (`jobs`, `technicians`, `settings`…): keys
 * written or added, and keys removed. `resync`: the whole document was reloaded (the database was
 * restored or replaced), so every view should refetch.
 */
export type ExternalChange = {
  fields: Partial<Record<string, { changed: string[]; removed: string[] }>>;
  resync: boolean;
};

/**
 * When the whole document is written again (the snapshot) so the journal can be cut: after this many
 * records in the current journal segment, or once its first record is this old, whichever comes first.
 */
export type SnapshotPolicy = {
  /** Default 1,000: at a few hundred bytes a record, the journal stays under a megabyte and replays in milliseconds. */
  afterRecords?: number;
  /** Default 60: a quiet shop's changes reach the readable snapshot within a minute. */
  afterSeconds?: number;
};

/** Result of checking an untrusted document (a zod schema's `safeParse`, adapted). */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** How to open a store. Generic over the document so the store knows nothing of the domain. */
export type OpenStoreOptions<T> = {
  /** Data folder; created (with parents) if missing. */
  dir: string;
  /** Document file inside `dir`. Default `dispatch.json`; lock, backup and corrupt names derive from it. */
  fileName?: string;
  /** The schemaVersion this build writes. */
  currentVersion: number;
  /** Numbered migrations; the ones above the file's schemaVersion run in order. */
  migrations: readonly Migration[];
  /** Checks a parsed (and migrated) document; the reason is shown to the user. */
  validate(data: unknown): ValidationResult<T>;
  /** A fresh document; must carry `schemaVersion === currentVersion`. */
  empty(): T;
  /** Clock for backup names, lock and recovery timestamps. Default `() => new Date()`. */
  now?: () => Date;
  /** Daily backups to keep. Default 14. */
  backupsToKeep?: number;
  /**
   * Told about problems that do not fail a call, such as a daily backup that could not be written
   * after a good save. Default: `console.warn`.
   */
  onWarning?: (message: string) => void;
  /** When to fold the journal into a snapshot (see `SnapshotPolicy`). */
  snapshots?: SnapshotPolicy;
  /**
   * Default true. False: every write puts the whole document down, as the store did before it had
   * a journal; kept so the benchmark can measure both designs in one run on the same machine.
   */
  journal?: boolean;
  /** File operations; default the real file system (`node:fs/promises`). Tests inject failures here. */
  fs?: FileSystem;
};
