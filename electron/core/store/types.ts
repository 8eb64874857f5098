/**
 * The store's public shape. One writer (the host process) keeps the document in memory; every
 * mutation is applied in order to that document and acknowledged only once a durable write that
 * contains it is on disk (group commit: mutations arriving during a write share the next one).
 */

import type { BackupInfo, StoreRecovery, StoreStatus } from '../../../shared/ipc/outputs';
import type { Migration } from '../../../shared/migrations/types';

// The status shapes cross IPC, so they live in shared/; re-exported for the store's own code.
export type { BackupInfo, StoreRecovery, StoreStatus };

export interface Store<T> {
  /** The committed-or-pending in-memory document. Treat as read-only outside `mutate`. */
  read(): T;
  /**
   * Apply `fn` to the document now (synchronously, in call order) and resolve with its result once
   * a durable write containing the change has completed. `fn` must do all its checks before it
   * changes anything: if it throws, the promise rejects and nothing is written for it.
   */
  mutate<R>(fn: (doc: T) => R): Promise<R>;
  /** Resolves when everything mutated so far is on disk. */
  flush(): Promise<void>;
  /** Flush, release the lock. Further calls fail. */
  close(): Promise<void>;
  status(): StoreStatus;
  listBackups(): Promise<BackupInfo[]>;
  createBackup(kind: BackupInfo['kind']): Promise<BackupInfo>;
  /** Replace the document with a validated backup (after taking a `pre-restore` backup of the current one). */
  restoreBackup(name: string): Promise<void>;
}

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
};
