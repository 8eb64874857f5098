/**
 * An honest in-memory `Store<T>` for service tests: `mutate` applies the function synchronously and
 * resolves on a microtask (like a write that takes no time), a throwing function changes nothing.
 * Extras let tests count commits and make the next write fail.
 */
import { BackupRestoreError } from '../../../../electron/core/store/errors';
import type { BackupInfo, Store, StoreStatus } from '../../../../electron/core/store/types';

export class MemoryStore<T> implements Store<T> {
  /** Successful "writes" so far. */
  commits = 0;
  /** When set, the next write fails with this message (after the change was applied, as on a full disk). */
  failNextWrite: string | null = null;
  private doc: T;
  private closed = false;
  private lastWriteError: string | null = null;
  private readonly backups = new Map<string, { info: BackupInfo; json: string }>();
  private seq = 0;

  constructor(
    initial: T,
    private readonly validate?: (data: unknown) => { ok: true; value: T } | { ok: false; reason: string },
  ) {
    this.doc = structuredClone(initial);
  }

  read(): T {
    this.assertOpen();
    return this.doc;
  }

  mutate<R>(fn: (doc: T) => R): Promise<R> {
    if (this.closed) return Promise.reject(new Error('The data store is closed.'));
    let result: R;
    try {
      result = fn(this.doc);
    } catch (error) {
      return Promise.reject(error);
    }
    const failure = this.failNextWrite;
    this.failNextWrite = null;
    return Promise.resolve().then(() => {
      if (failure !== null) {
        this.lastWriteError = failure;
        throw new Error(failure);
      }
      this.lastWriteError = null;
      this.commits += 1;
      return result;
    });
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
  }

  status(): StoreStatus {
    return { dataFile: '/memory/dispatch.json', recovery: null, lastWriteError: this.lastWriteError };
  }

  async listBackups(): Promise<BackupInfo[]> {
    return [...this.backups.values()].map((b) => b.info);
  }

  async createBackup(kind: BackupInfo['kind']): Promise<BackupInfo> {
    return this.addBackup(kind, JSON.stringify(this.doc));
  }

  /** Put any text in the backups list (tests use it for a corrupt backup). */
  addBackup(kind: BackupInfo['kind'], json: string): BackupInfo {
    this.seq += 1;
    const info: BackupInfo = {
      name: `dispatch-${kind}-${String(this.seq).padStart(4, '0')}.json`,
      createdAt: new Date(0).toISOString(),
      sizeBytes: json.length,
      kind,
    };
    this.backups.set(info.name, { info, json });
    return info;
  }

  async restoreBackup(name: string): Promise<void> {
    const backup = this.backups.get(name);
    if (!backup) throw new BackupRestoreError(name, 'that is not the name of a backup in the backups folder');
    const data: unknown = JSON.parse(backup.json);
    if (this.validate) {
      const checked = this.validate(data);
      if (!checked.ok) throw new BackupRestoreError(name, checked.reason);
      this.doc = checked.value;
    } else {
      this.doc = data as T;
    }
    this.commits += 1;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The data store is closed.');
  }
}
