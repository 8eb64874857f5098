/**
 * The archive as the console sees it: read-only search and detail, plus the archiving schedule
 * (once at start, then daily; timers stop on close). See electron/core/archive/ for the mechanics.
 */
import { join } from 'node:path';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { ArchivedJob, ArchiveSearchResult } from '../../../../shared/ipc/outputs';
import { ArchiveFiles, type ArchiveStorage } from '../../archive/archive-files';
import { ARCHIVE_DIR, ArchiveEntrySchema } from '../../archive/archive-format';
import { ArchiveIndex } from '../../archive/archive-index';
import { Archiver, type ArchiveRun } from '../../archive/archiver';
import type { FileSystem } from '../../store/file-system';
import type { Job } from '../../../../shared/schemas/job';
import type { ServiceContext } from '../context';
import { publishJobs } from '../jobs/job-deltas';
import { conflict, notFound } from '../errors';

export type ArchiveService = ReturnType<typeof createArchiveService>;

export const DAY_MS = 24 * 3600_000;

/**
 * The archive index is built this long after start: early enough that a dispatcher's first search
 * is answered from memory (a cold search reads every month file: about 2 s for 100,000 jobs),
 * late enough not to compete with the start itself.
 */
export const WARM_AFTER_MS = 15_000;

/** Timer functions, swappable in tests. */
export type ArchiveTimers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const nodeTimers: ArchiveTimers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // The archive schedule alone must never keep a process alive.
    t.unref();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type ArchiveServiceOptions = {
  /** The data folder; month files live in `<dataDir>/archive/`. */
  dataDir: string;
  batchSize?: number;
  timers?: ArchiveTimers;
  fs?: FileSystem;
  /** Where archived jobs live instead of the month files (the shared database's table). */
  storage?: ArchiveStorage;
};

export function createArchiveService(ctx: ServiceContext, opts: ArchiveServiceOptions) {
  const files = opts.storage ?? new ArchiveFiles(join(opts.dataDir, ARCHIVE_DIR), opts.fs);
  const index = new ArchiveIndex(files);
  const archiver = new Archiver({
    store: ctx.store,
    files,
    index,
    clock: ctx.clock,
    log: ctx.log,
    ...(opts.batchSize === undefined ? {} : { batchSize: opts.batchSize }),
    onMoved: (ids) => publishJobs(ctx, ctx.revision.next(), ids),
  });
  const timers = opts.timers ?? nodeTimers;
  let timer: unknown = null;
  let warmTimer: unknown = null;
  let warming: Promise<void> = Promise.resolve();
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function scheduledRun(): Promise<void> {
    try {
      await archiver.run();
    } catch (error) {
      ctx.log.error('Archiving finished jobs failed; it will be tried again tomorrow', error);
    }
  }

  function arm(): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      running = scheduledRun().then(arm);
    }, DAY_MS);
  }

  return {
    /** Archived jobs matching `query`, exact job number first, then newest finished first. */
    async search(input: ParsedInput<'archive:search'>): Promise<ArchiveSearchResult> {
      return index.search(input.query, input.limit);
    },

    /** One archived job in full (read-only). NOT_FOUND if no readable month file holds it. */
    async get(input: { id: string }): Promise<ArchivedJob> {
      const month = await index.monthOf(input.id);
      if (month === null) throw notFound('That job is not in the archive. It may still be open, or its archive file cannot be read.');
      const read = await files.read(month, false);
      if (!read.ok) throw conflict(`The archive file for ${month} cannot be read: ${read.reason}`);
      const raw = read.file.entries.find((e) => e.job.id === input.id);
      if (!raw) throw notFound('That job is not in the archive any more.');
      const entry = ArchiveEntrySchema.safeParse(raw);
      if (!entry.success) throw conflict(`The archived copy of ${raw.job.number} is damaged and cannot be shown.`);
      return { ...entry.data, month };
    },

    /**
     * Every archived job of these months (`YYYY-MM`, by when they finished), validated. A month
     * file that cannot be read is skipped with a warning: a calendar export is still worth having
     * without it.
     */
    async finishedIn(months: readonly string[]): Promise<Job[]> {
      const jobs: Job[] = [];
      for (const month of months) {
        const read = await files.read(month, true);
        if (read.ok) jobs.push(...read.file.entries.map((e) => e.job));
        else ctx.log.warn(`[archive] ${month} left out of a calendar export: ${read.reason}`);
      }
      return jobs;
    },

    /** Archive everything due now (also used by tests and the benchmark). */
    run(): Promise<ArchiveRun> {
      return archiver.run();
    },

    /** Prepare the folder, archive what is due, then again every day until `stop`. Returns the first run. */
    start(): Promise<void> {
      stopped = false;
      running = files
        .prepare()
        .then(scheduledRun)
        .catch((error: unknown) => ctx.log.error('The archive folder could not be prepared', error))
        .then(() => {
          arm();
          if (stopped) return;
          warmTimer = timers.setTimeout(() => {
            warmTimer = null;
            warming = index.warm(() => stopped).catch((error: unknown) => ctx.log.warn(`[archive] indexing for search failed: ${String(error)}`));
          }, WARM_AFTER_MS);
        });
      return running as Promise<void>;
    },

    /** Resolves when the start-up run (and index warm-up) has finished (benchmarks, tests). */
    async whenIdle(): Promise<void> {
      await running;
      await archiver.idle();
    },

    /** Stop the daily timer and wait for a run in progress (before the store closes). */
    async stop(): Promise<void> {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      if (warmTimer !== null) timers.clearTimeout(warmTimer);
      timer = null;
      warmTimer = null;
      await running;
      await warming;
      await archiver.idle();
    },
  };
}
