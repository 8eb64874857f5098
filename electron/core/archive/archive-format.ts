/**
 * The archive's on-disk shape: one JSON file per month of completion, `archive/jobs-YYYY-MM.json`,
 * holding finished jobs moved out of the active document with the names they had when archived
 * (a client or technician deleted later must not turn history into bare ids).
 */
import { z } from 'zod';
import { dayOf } from '../../../shared/domain/jobs';
import { InstantSchema } from '../../../shared/schemas/common';
import { JobRevisionSchema, JobSchema } from '../../../shared/schemas/job';
import type { Job } from '../../../shared/schemas/job';

/** Folder inside the data folder. */
export const ARCHIVE_DIR = 'archive';
/** Identifies our files (a stray JSON file dropped in the folder is not an archive). */
export const ARCHIVE_FORMAT = 'dispatch-archive';
export const ARCHIVE_VERSION = 1;
/** Finished jobs older than this (by their last update) leave the active document. */
export const ARCHIVE_AFTER_DAYS = 30;

/**
 * A job as archived: month files written before jobs had revisions hold jobs without one, which
 * read as revision 1 (as the data file's migration gives them); archiving keeps a job's revision.
 */
const ArchivedJobSchema = JobSchema.extend({ revision: JobRevisionSchema.default(1) });

export const ArchiveEntrySchema = z.object({
  job: ArchivedJobSchema,
  clientName: z.string().max(200),
  technicianName: z.string().max(200).nullable(),
  /** When the job became done or cancelled. */
  finishedAt: InstantSchema,
  archivedAt: InstantSchema,
});

export const ArchiveFileSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  /** `YYYY-MM` in the shop's time zone; matches the file name. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** Newest `finishedAt` first; job ids are unique. */
  entries: z.array(ArchiveEntrySchema),
});

export type ArchiveEntry = z.infer<typeof ArchiveEntrySchema>;
export type ArchiveFile = z.infer<typeof ArchiveFileSchema>;

const FILE_NAME = /^jobs-(\d{4}-\d{2})\.json$/;

/** `jobs-2026-10.json` for month `2026-10`. */
export function archiveFileName(month: string): string {
  return `jobs-${month}.json`;
}

/** The month a file name stands for, or null for anything else (temp files, foreign files). */
export function monthOfFileName(name: string): string | null {
  return FILE_NAME.exec(name)?.[1] ?? null;
}

/**
 * When a finished job finished: the time of its last status change (done and cancelled are final,
 * so that is the one that finished it), else its last update.
 */
export function finishedAtOf(job: Pick<Job, 'history' | 'updatedAt'>): string {
  for (let i = job.history.length - 1; i >= 0; i--) {
    const entry = job.history[i];
    if (entry?.action === 'status') return entry.at;
  }
  return job.updatedAt;
}

/** `YYYY-MM` of an instant in the shop's zone. */
export function monthOf(instant: string, timeZone: string): string {
  return dayOf(new Date(instant), timeZone).slice(0, 7);
}

/**
 * Whether a job may be archived at `now`: done or cancelled, last updated more than 30 days ago,
 * and every visit billed. Unbilled work stays in the active file, where billing finds it: work
 * moved out unbilled would be income lost.
 */
export function isArchivable(job: Pick<Job, 'status' | 'updatedAt' | 'visits'>, now: Date): boolean {
  if (job.status !== 'done' && job.status !== 'cancelled') return false;
  if (job.visits.some((v) => v.billedBatchId === null)) return false;
  return Date.parse(job.updatedAt) < now.getTime() - ARCHIVE_AFTER_DAYS * 24 * 3600_000;
}

/** Newest first, then by id so the order is stable. */
export function compareEntries(a: ArchiveEntry, b: ArchiveEntry): number {
  if (a.finishedAt !== b.finishedAt) return a.finishedAt < b.finishedAt ? 1 : -1;
  return a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0;
}
