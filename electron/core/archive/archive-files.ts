/**
 * Reading and writing the month files in `archive/`. Writes use the store's durable path (temp
 * file → fsync → rename → fsync folder), so a reader sees a whole old file or a whole new one. A
 * file that does not parse or validate is reported and never overwritten.
 */
import { join } from 'node:path';
import { codeOf, fsyncDirectory, parseJson, readTextIfExists, removeStaleTempFiles, writeFileDurably } from '../store/durable-json-file';
import { nodeFileSystem, type FileSystem } from '../store/file-system';
import { describeIssues, toFieldIssues } from '../../../shared/schemas/issues';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ArchiveFileSchema,
  archiveFileName,
  monthOfFileName,
  type ArchiveEntry,
  type ArchiveFile,
} from './archive-format';

/** A month file as read: its entries, or why it cannot be used. */
export type MonthRead = { ok: true; file: ArchiveFile } | { ok: false; reason: string };

/** Cheap structural check, enough to index a file for search (the full schema runs before any rewrite). */
function looksLikeEntry(value: unknown): value is ArchiveEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const job = e.job as Record<string, unknown> | null | undefined;
  return (
    typeof e.finishedAt === 'string' &&
    typeof e.clientName === 'string' &&
    (e.technicianName === null || typeof e.technicianName === 'string') &&
    typeof job === 'object' &&
    job !== null &&
    typeof job.id === 'string' &&
    typeof job.number === 'string' &&
    typeof job.title === 'string' &&
    typeof job.status === 'string' &&
    Array.isArray(job.history)
  );
}

/**
 * Where archived jobs are kept, by month: the month files beside the data file, or the shared
 * database's `archived_jobs` table. The archiver, the search index and the archive service work
 * through this, so archiving, search, detail and reports behave the same on either store.
 */
export interface ArchiveStorage {
  /** Make ready and clear what a crashed write left (call before the first archive run). */
  prepare(): Promise<void>;
  /** Where a month lives, for messages (a file path, or the database table and month). */
  pathOf(month: string): string;
  /** Months that hold archived jobs, newest first. */
  months(): Promise<string[]>;
  /** One month (see `ArchiveFiles.read`); a month with nothing archived reads as empty. */
  read(month: string, full: boolean): Promise<MonthRead>;
  /** Replace a month's entries with `file`'s, durably. */
  write(file: ArchiveFile): Promise<void>;
  writePending(batch: PendingBatch): Promise<void>;
  readPending(): Promise<PendingBatch | null>;
  clearPending(): Promise<void>;
  /**
   * Where other processes write too (the shared database): a stamp per month that changes with
   * every write, so a search index drops months written elsewhere. Month files have one writer.
   */
  stamps?(): Promise<Map<string, string>>;
}

/**
 * Check an untrusted month (parsed JSON): `full` validates every entry against the job schema,
 * otherwise the structural check the search index needs.
 */
export function checkMonth(value: unknown, month: string, full: boolean): MonthRead {
  if (full) {
    const checked = ArchiveFileSchema.safeParse(value);
    if (!checked.success) return { ok: false, reason: describeIssues(toFieldIssues(checked.error)) };
    if (checked.data.month !== month) return { ok: false, reason: `it says it holds ${checked.data.month}, not ${month}` };
    return { ok: true, file: checked.data };
  }
  const v = value as Partial<ArchiveFile> | null;
  if (typeof v !== 'object' || v === null || v.format !== ARCHIVE_FORMAT) return { ok: false, reason: 'not a Dispatch Console archive file' };
  if (v.version !== ARCHIVE_VERSION) return { ok: false, reason: `archive format version ${String(v.version)} is not supported` };
  if (v.month !== month) return { ok: false, reason: `it says it holds ${String(v.month)}, not ${month}` };
  if (!Array.isArray(v.entries)) return { ok: false, reason: 'entries: expected a list' };
  const bad = v.entries.findIndex((e) => !looksLikeEntry(e));
  if (bad >= 0) return { ok: false, reason: `entries.${bad}: not an archived job` };
  return { ok: true, file: v as ArchiveFile };
}

export class ArchiveFiles implements ArchiveStorage {
  /** The folder is known to exist. */
  private made = false;

  constructor(
    readonly dir: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  /** Create the folder and remove temp files a crashed archive write left (call while holding the data lock). */
  async prepare(): Promise<void> {
    await this.fs.mkdir(this.dir, { recursive: true });
    await removeStaleTempFiles(this.dir, 'jobs-', this.fs);
    await removeStaleTempFiles(this.dir, `${PENDING_FILE}.`, this.fs);
  }

  pathOf(month: string): string {
    return join(this.dir, archiveFileName(month));
  }

  /** Months that have a file, newest first. */
  async months(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return [];
      throw error;
    }
    const months = names.map(monthOfFileName).filter((m): m is string => m !== null);
    return months.sort().reverse();
  }

  /**
   * Read one month. `full` validates every entry against the job schema (before a rewrite, and for
   * a detail view); otherwise a structural check suffices (indexing for search). A missing file
   * reads as an empty month.
   */
  async read(month: string, full: boolean): Promise<MonthRead> {
    const text = await readTextIfExists(this.pathOf(month), this.fs);
    if (text === null) return { ok: true, file: emptyMonth(month) };
    const parsed = parseJson(text);
    if (!parsed.ok) return parsed;
    return checkMonth(parsed.value, month, full);
  }

  /** Record the batch about to be moved (durably, before any month file changes). */
  async writePending(batch: PendingBatch): Promise<void> {
    await this.ensureDir();
    await writeFileDurably(join(this.dir, PENDING_FILE), JSON.stringify(batch), this.fs);
  }

  /** The batch a crashed run left, or null. An unreadable intent file counts as none (it only narrows a check). */
  async readPending(): Promise<PendingBatch | null> {
    const text = await readTextIfExists(join(this.dir, PENDING_FILE), this.fs);
    if (text === null) return null;
    const parsed = parseJson(text);
    if (!parsed.ok) return null;
    const ids = (parsed.value as { ids?: unknown } | null)?.ids;
    if (typeof ids !== 'object' || ids === null) return null;
    const clean: Record<string, string> = {};
    for (const [id, month] of Object.entries(ids)) if (typeof month === 'string' && monthOfFileName(`jobs-${month}.json`)) clean[id] = month;
    return { ids: clean };
  }

  async clearPending(): Promise<void> {
    await this.fs.unlink(join(this.dir, PENDING_FILE)).catch((error: unknown) => {
      if (codeOf(error) !== 'ENOENT') throw error;
    });
    await fsyncDirectory(this.dir, this.fs);
  }

  private async ensureDir(): Promise<void> {
    if (!this.made) {
      await this.fs.mkdir(this.dir, { recursive: true });
      this.made = true;
    }
  }

  /** Replace a month file durably. */
  async write(file: ArchiveFile): Promise<void> {
    await this.ensureDir();
    await writeFileDurably(this.pathOf(file.month), JSON.stringify(file), this.fs);
  }
}

/** Name of the batch-intent file: which jobs a batch is moving, present only while it runs. */
export const PENDING_FILE = 'pending.json';

/** What a batch in progress is moving: job id → month file. */
export type PendingBatch = { ids: Record<string, string> };

export function emptyMonth(month: string): ArchiveFile {
  return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, month, entries: [] };
}
