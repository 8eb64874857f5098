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

export class ArchiveFiles {
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
    if (full) {
      const checked = ArchiveFileSchema.safeParse(parsed.value);
      if (!checked.success) return { ok: false, reason: describeIssues(toFieldIssues(checked.error)) };
      if (checked.data.month !== month) return { ok: false, reason: `it says it holds ${checked.data.month}, not ${month}` };
      return { ok: true, file: checked.data };
    }
    const v = parsed.value as Partial<ArchiveFile> | null;
    if (typeof v !== 'object' || v === null || v.format !== ARCHIVE_FORMAT) return { ok: false, reason: 'not a Dispatch Console archive file' };
    if (v.version !== ARCHIVE_VERSION) return { ok: false, reason: `archive format version ${String(v.version)} is not supported` };
    if (v.month !== month) return { ok: false, reason: `it says it holds ${String(v.month)}, not ${month}` };
    if (!Array.isArray(v.entries)) return { ok: false, reason: 'entries: expected a list' };
    const bad = v.entries.findIndex((e) => !looksLikeEntry(e));
    if (bad >= 0) return { ok: false, reason: `entries.${bad}: not an archived job` };
    return { ok: true, file: v as ArchiveFile };
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
