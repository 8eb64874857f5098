/**
 * Errors the store throws on purpose. Each has a stable `code` so the IPC layer can map it to a
 * user-facing message without parsing strings; the `message` is already readable on its own.
 */

/** What a lock file holds: who has the data folder open. */
export type LockHolder = {
  pid: number;
  hostname: string;
  /** ISO time the holder opened the folder. */
  startedAt: string;
  /** Random id of the store instance that wrote the lock (absent in locks of older versions). */
  instance?: string;
  /** The holder process's start time where the system tells it (Linux), else null; see lock-owner.ts. */
  processStart?: string | null;
};

/** Why a lock is respected, which decides how the user can get the folder back. */
export type LockedBecause = 'other-computer' | 'same-process' | 'heartbeat';

/** Another live process (or another store in this process) has the data folder open. */
export class StoreLockedError extends Error {
  readonly code = 'STORE_LOCKED';
  override readonly name = 'StoreLockedError';

  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
    sameHost: boolean,
    details: { lockPath: string; because: LockedBecause; staleAfterSeconds: number; touchedAt: string },
  ) {
    const who = sameHost ? `process ${holder.pid} on this computer` : `process ${holder.pid} on computer ${holder.hostname}`;
    const recover = {
      'other-computer': `Close it there. If that computer is off or crashed, delete the lock file ${details.lockPath} and start again.`,
      'same-process': `Close the other Dispatch Console first (or end process ${holder.pid}), then start again.`,
      heartbeat:
        `Close the other Dispatch Console first. If none is running, the lock is taken over automatically ` +
        `${details.staleAfterSeconds} s after its last sign of life (${describeTime(details.touchedAt)}), ` +
        `or delete the lock file ${details.lockPath}.`,
    }[details.because];
    super(`The data folder ${dir} is already in use by ${who} (opened ${describeTime(holder.startedAt)}). ${recover}`);
  }
}

/** The data file was written by a newer build; it is left untouched so the user can upgrade. */
export class StoreTooNewError extends Error {
  readonly code = 'STORE_TOO_NEW';
  override readonly name = 'StoreTooNewError';
  /** Short form, same style as recovery reasons. */
  readonly reason: string;

  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The data file ${file} was written by a newer version of Dispatch Console (schemaVersion ${fileVersion}; ` +
        `this version reads up to ${supportedVersion}). Install the newer version to open it; the file was not changed.`,
    );
    this.reason = `written by a newer version (schemaVersion ${fileVersion})`;
  }
}

/**
 * The journal holds damage that is not a torn tail: an acknowledged change would be lost by
 * opening, so the store refuses and leaves every file as it is for a person (or a backup) to decide.
 */
export class JournalCorruptError extends Error {
  readonly code = 'JOURNAL_CORRUPT';
  override readonly name = 'JournalCorruptError';

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `The journal ${file} is damaged (${reason}). Opening it would lose saved changes, so nothing was changed. ` +
        `Restore the newest backup, or keep a copy of the data folder and ask for help.`,
    );
  }
}

/** A call on a store after `close()`. */
export class StoreClosedError extends Error {
  readonly code = 'STORE_CLOSED';
  override readonly name = 'StoreClosedError';

  constructor() {
    super('The data store is closed.');
  }
}

/** `restoreBackup` was given a name that is not a backup, or a backup that cannot be used. */
export class BackupRestoreError extends Error {
  readonly code = 'BACKUP_UNUSABLE';
  override readonly name = 'BackupRestoreError';

  constructor(
    readonly backupName: string,
    readonly reason: string,
  ) {
    super(`The backup "${backupName}" cannot be restored: ${reason}. Nothing was changed.`);
  }
}

/** `2026-11-26 09:30` in local time, or the raw text if it is not a date (lock files are untrusted). */
function describeTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return `at an unknown time (${iso})`;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
