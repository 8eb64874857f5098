/**
 * An honest in-memory `Store<T>` for service tests, with the real store's states: `mutate` applies
 * the function synchronously to the latest (frozen, immer) state and resolves on a microtask (like
 * a write that takes no time); `read()` shows only "written" states; a throwing function changes
 * nothing; a failed write rolls back. Extras let tests count commits and make the next write fail.
 */
import { DocumentState } from '../../../../electron/core/store/document-state';
import { BackupRestoreError } from '../../../../electron/core/store/errors';
import type { BackupInfo, Store, StoreStatus } from '../../../../electron/core/store/types';

export class MemoryStore<T> implements Store<T> {
  /** Successful "writes" so far. */
  commits = 0;
  /** When set, the next write fails with this message (after the change was applied, as on a full disk). */
  failNextWrite: string | null = null;
  private readonly state: DocumentState<T>;
  private closed = false;
  private lastWriteError: string | null = null;
  private readonly backups = new Map<string, { info: BackupInfo; json: string }>();
  private seq = 0;

  constructor(
    initial: T,
    private readonly validate?: (data: unknown) => { ok: true; value: T } | { ok: false; reason: string },
  ) {
    this.state = new DocumentState(structuredClone(initial));
  }

  read(): T {
    this.assertOpen();
    return this.state.durable;
  }

  mutate<R>(fn: (doc: T, base: T) => R): Promise<R> {
    if (this.closed) return Promise.reject(new Error('The data store is closed.'));
    let result: R;
    try {
      result = this.state.apply(fn);
    } catch (error) {
      return Promise.reject(error);
    }
    const failure = this.failNextWrite;
    this.failNextWrite = null;
    const snapshot = this.state.latest;
    return Promise.resolve().then(() => {
      if (failure !== null) {
        this.lastWriteError = failure;
        this.state.rollBack();
        throw new Error(failure);
      }
      this.lastWriteError = null;
      this.commits += 1;
      this.state.markDurable(snapshot);
      return result;
    });
  }

  /**
   * Change the document as if another call had changed it and been written, without counting a
   * commit: for setting up a test, or for racing a service between its checks and its mutation.
   */
  edit(fn: (doc: T) => void): void {
    this.state.apply(fn);
    this.state.markDurable(this.state.latest);
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
    return this.addBackup(kind, JSON.stringify(this.state.durable));
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
      this.state.replace(checked.value);
    } else {
      this.state.replace(data as T);
    }
    this.state.markDurable(this.state.latest);
    this.commits += 1;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The data store is closed.');
  }
}
