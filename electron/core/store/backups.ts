/**
 * The `backups/` folder: one daily copy per calendar day (the first state seen that day, never
 * overwritten by a later one), plus stamped copies taken by hand, before a migration and before a
 * restore. Every backup is written with the same durable path as the data file.
 */
import { join } from 'node:path';
import {
  codeOf,
  parseJson,
  readTextIfExists,
  removeStaleTempFiles,
  writeFileDurably,
} from './durable-json-file';
import type { FileSystem } from './file-system';
import { loadParsed, type DocumentRules } from './migrate';
import {
  BACKUPS_DIR,
  dailyBackupName,
  dayStamp,
  parseBackupName,
  stampedBackupName,
  type BackupKind,
  type ParsedBackupName,
} from './names';
import type { BackupInfo, ValidationResult } from './types';

/** Stamped backups (manual, pre-migration, pre-restore) kept per kind. */
export const STAMPED_TO_KEEP = 10;

export type BackupsOptions<T> = {
  dataDir: string;
  base: string;
  now: () => Date;
  dailyToKeep: number;
  rules: DocumentRules<T>;
  fs: FileSystem;
};

export class Backups<T> {
  readonly dir: string;
  /** Day of the daily backup known to exist; saves a `stat` on every write. */
  private dailyDoneFor: string | null = null;
  /** Backup writes and pruning run one at a time, so names and pruning never race. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: BackupsOptions<T>) {
    this.dir = join(opts.dataDir, BACKUPS_DIR);
  }

  /** Create the folder and clear temp files a crashed backup write left behind. */
  async prepare(): Promise<void> {
    await this.opts.fs.mkdir(this.dir, { recursive: true });
    await removeStaleTempFiles(this.dir, `${this.opts.base}-`, this.opts.fs);
  }

  /** Backups newest first (by time written; the name breaks ties). Foreign files are ignored. */
  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.opts.fs.readdir(this.dir);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return [];
      throw error;
    }
    const found: (BackupInfo & { mtimeMs: number; order: string })[] = [];
    for (const name of names) {
      const parsed = parseBackupName(this.opts.base, name);
      if (!parsed) continue;
      const info = await this.opts.fs.stat(join(this.dir, name)).catch(() => null);
      if (!info?.isFile()) continue;
      found.push({
        name,
        kind: parsed.kind,
        createdAt: info.mtime.toISOString(),
        sizeBytes: info.size,
        mtimeMs: info.mtimeMs,
        order: parsed.order,
      });
    }
    found.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
    return found.map(({ name, kind, createdAt, sizeBytes }) => ({ name, kind, createdAt, sizeBytes }));
  }

  /** Write `text` as a new backup of `kind` (daily: today's, replacing it) and prune that kind. */
  write(kind: BackupKind, text: string): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const name = kind === 'daily' ? dailyBackupName(this.opts.base, this.today()) : await this.freeStampedName(kind);
      await writeFileDurably(join(this.dir, name), text, this.opts.fs);
      if (kind === 'daily') this.dailyDoneFor = this.today();
      await this.prune(kind);
      return this.describe(name, kind);
    });
  }

  /** True when today's daily backup may still be missing (cheap; no I/O). */
  dailyDue(): boolean {
    return this.dailyDoneFor !== this.today();
  }

  /**
   * Write today's daily backup from `readText()` unless one already exists: the first state of the
   * day is the one worth keeping (a later bad save must not replace it).
   */
  ensureDaily(readText: () => Promise<string | null>): Promise<void> {
    return this.exclusive(async () => {
      const day = this.today();
      if (this.dailyDoneFor === day) return;
      const target = join(this.dir, dailyBackupName(this.opts.base, day));
      const exists = await this.opts.fs.stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) {
        const text = await readText();
        if (text === null) return;
        await writeFileDurably(target, text, this.opts.fs);
        await this.prune('daily');
      }
      this.dailyDoneFor = day;
    });
  }

  /**
   * Read a backup and check it fully (parse, version, migrate, validate). `name` must already have
   * passed `isBackupName`. Never throws for bad content; throws only for I/O errors other than a missing file.
   */
  async check(name: string): Promise<ValidationResult<T>> {
    const text = await readTextIfExists(join(this.dir, name), this.opts.fs);
    if (text === null) return { ok: false, reason: 'there is no such backup' };
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    return loadParsed(parsed.value, this.opts.rules);
  }

  /** Name of the newest backup that passes `check`, or null. */
  async newestGood(): Promise<string | null> {
    for (const backup of await this.list()) {
      const checked = await this.check(backup.name).catch(() => null);
      if (checked?.ok) return backup.name;
    }
    return null;
  }

  /** Whether an untrusted string names a backup in this folder (no separators, no `..`, our pattern). */
  isBackupName(name: string): boolean {
    if (name.includes('/') || name.includes('\\') || name.includes('..') || name.includes('\0')) return false;
    return parseBackupName(this.opts.base, name) !== null;
  }

  /** Wait for backup work in progress (used by `close`). */
  async idle(): Promise<void> {
    await this.chain.catch(() => undefined);
  }

  private today(): string {
    return dayStamp(this.opts.now());
  }

  private exclusive<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** First free `<base>-<kind>-<stamp>[-n].json`; safe because only the lock holder writes here. */
  private async freeStampedName(kind: Exclude<BackupKind, 'daily'>): Promise<string> {
    const at = this.opts.now();
    for (let seq = 1; ; seq++) {
      const name = stampedBackupName(this.opts.base, kind, at, seq);
      const taken = await this.opts.fs.stat(join(this.dir, name)).then(
        () => true,
        () => false,
      );
      if (!taken) return name;
    }
  }

  /** Keep the newest `dailyToKeep` dailies, or `STAMPED_TO_KEEP` of a stamped kind. */
  private async prune(kind: BackupKind): Promise<void> {
    const keep = kind === 'daily' ? this.opts.dailyToKeep : STAMPED_TO_KEEP;
    const names = await this.opts.fs.readdir(this.dir);
    const ofKind = names
      .map((name) => ({ name, parsed: parseBackupName(this.opts.base, name) }))
      .filter((e): e is { name: string; parsed: ParsedBackupName } => e.parsed?.kind === kind)
      .sort((a, b) => (a.parsed.order < b.parsed.order ? 1 : a.parsed.order > b.parsed.order ? -1 : 0));
    for (const old of ofKind.slice(Math.max(keep, 0))) await this.opts.fs.unlink(join(this.dir, old.name)).catch(() => undefined);
  }

  private async describe(name: string, kind: BackupKind): Promise<BackupInfo> {
    const info = await this.opts.fs.stat(join(this.dir, name));
    return { name, kind, createdAt: info.mtime.toISOString(), sizeBytes: info.size };
  }
}
