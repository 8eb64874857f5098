/**
 * Moves finished jobs out of the active document into the month files, in bounded batches.
 *
 * Crash safety, step by step: (1) the month files are written durably first, merging by job id (so
 * writing the same job twice leaves one copy); (2) one store mutation then removes exactly those
 * jobs, unless they changed in the meantime. A crash between (1) and (2) leaves a job in both
 * places; the next pass sees it still archivable and repeats both steps, which replaces the archive
 * copy and removes the active one. A job changed after (1) so that it is no longer archivable is
 * dropped from the archive again, so the active copy (the newer one) is the only one; which jobs a
 * batch was moving is written to `archive/pending.json` before (1) and removed after, so that check
 * after a crash reads only the months involved instead of the whole archive.
 */
import type { DispatchDocument } from '../../../shared/schemas/document';
import type { Job } from '../../../shared/schemas/job';
import type { ArchiveProblem } from '../../../shared/ipc/outputs';
import type { Clock, Logger } from '../ports';
import type { Store } from '../store/types';
import type { ArchiveStorage, PendingBatch } from './archive-files';
import { compareEntries, finishedAtOf, isArchivable, monthOf, type ArchiveEntry, type ArchiveFile } from './archive-format';
import type { ArchiveIndex } from './archive-index';

/** Jobs moved per batch: bounds the time one batch holds the write path and the memory it needs. */
export const DEFAULT_BATCH_SIZE = 500;

export type ArchiverOptions = {
  store: Store<DispatchDocument>;
  files: ArchiveStorage;
  index: ArchiveIndex;
  clock: Clock;
  log: Logger;
  batchSize?: number;
  /** Told after each batch leaves the active document (the core publishes `jobs:changed`). */
  onMoved?: (ids: string[]) => void;
};

export type ArchiveRun = {
  moved: number;
  batches: number;
  /** Month files that could not be read or validated; their jobs stay in the active document. */
  problems: ArchiveProblem[];
};

/** Client and technician names by id, for archive entries. */
export function nameLookup(doc: Pick<DispatchDocument, 'clients' | 'technicians'>): { clients: Map<string, string>; technicians: Map<string, string> } {
  return { clients: new Map(doc.clients.map((c) => [c.id, c.name])), technicians: new Map(doc.technicians.map((t) => [t.id, t.name])) };
}

/** The archive entry for a finished job: a copy of it with the names it had, and when it finished. */
export function archiveEntryOf(job: Job, names: ReturnType<typeof nameLookup>, archivedAt: Date): ArchiveEntry {
  return {
    job: structuredClone(job),
    clientName: names.clients.get(job.clientId) ?? '(deleted client)',
    technicianName: job.assignment ? (names.technicians.get(job.assignment.technicianId) ?? '(deleted technician)') : null,
    finishedAt: new Date(finishedAtOf(job)).toISOString(),
    archivedAt: archivedAt.toISOString(),
  };
}

export class Archiver {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly batchSize: number;

  constructor(private readonly opts: ArchiverOptions) {
    this.batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new Error(`batchSize must be a whole number ≥ 1: ${this.batchSize}`);
  }

  /** Archive everything due, batch by batch. Runs one at a time; a second call waits for the first. */
  run(): Promise<ArchiveRun> {
    const next = this.chain.then(() => this.runAll());
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Wait for a run in progress. */
  async idle(): Promise<void> {
    await this.chain;
  }

  /** One batch (exposed for tests and the crash worker). */
  batch(): Promise<{ moved: string[]; problems: ArchiveProblem[]; due: number }> {
    const next = this.chain.then(() => this.oneBatch(new Set()));
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Settle a batch a crash interrupted (see `settle`); `run` does this first. */
  reconcile(): Promise<number> {
    const next = this.chain.then(() => this.resolvePending());
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async runAll(): Promise<ArchiveRun> {
    await this.resolvePending();
    const blocked = new Set<string>();
    const problems: ArchiveProblem[] = [];
    let moved = 0;
    let batches = 0;
    for (;;) {
      const result = await this.oneBatch(blocked);
      for (const p of result.problems) {
        blocked.add(p.month);
        problems.push(p);
      }
      moved += result.moved.length;
      if (result.moved.length > 0) batches += 1;
      // Done when nothing is due, or when all that is due belongs to months that cannot be written.
      if (result.due === 0 || (result.moved.length === 0 && result.problems.length === 0)) break;
      // Let the dispatcher's own changes in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (moved > 0) this.opts.log.info(`[archive] moved ${moved} finished jobs to the archive in ${batches} batches`);
    for (const p of problems) this.opts.log.warn(`[archive] ${p.file} was left as it is: ${p.reason}`);
    return { moved, batches, problems };
  }

  private async oneBatch(blocked: Set<string>): Promise<{ moved: string[]; problems: ArchiveProblem[]; due: number }> {
    const { store, files, index, clock } = this.opts;
    const now = clock.now();
    const doc = store.read();
    const timeZone = doc.settings.timeZone;
    const due: Job[] = [];
    for (const job of doc.jobs) {
      if (isArchivable(job, now) && !blocked.has(monthOf(finishedAtOf(job), timeZone))) due.push(job);
    }
    if (due.length === 0) return { moved: [], problems: [], due: 0 };
    // Oldest first: a batch then touches one or two month files, not all of them.
    due.sort((a, b) => Date.parse(finishedAtOf(a)) - Date.parse(finishedAtOf(b)));
    const batch = due.slice(0, this.batchSize);

    const names = nameLookup(doc);
    const byMonth = new Map<string, ArchiveEntry[]>();
    for (const job of batch) {
      const entry = archiveEntryOf(job, names, now);
      const month = monthOf(entry.finishedAt, timeZone);
      const list = byMonth.get(month) ?? [];
      list.push(entry);
      byMonth.set(month, list);
    }

    // Months whose file is unreadable are left alone (never overwritten); their jobs stay active.
    const problems: ArchiveProblem[] = [];
    const merged: ArchiveFile[] = [];
    const pending: PendingBatch = { ids: {} };
    const written = new Map<string, number>();
    for (const [month, entries] of byMonth) {
      const read = await files.read(month, true);
      if (!read.ok) {
        problems.push({ file: files.pathOf(month), month, reason: read.reason });
        continue;
      }
      const byId = new Map(read.file.entries.map((e) => [e.job.id, e]));
      for (const e of entries) {
        byId.set(e.job.id, e);
        pending.ids[e.job.id] = month;
        written.set(e.job.id, e.job.revision);
      }
      merged.push({ ...read.file, entries: [...byId.values()].sort(compareEntries) });
    }
    if (written.size === 0) return { moved: [], problems, due: due.length };

    // Step 0: say what is being moved, so a crash can be cleaned up precisely on the next start.
    await files.writePending(pending);
    // Step 1: month files, durably, merged by id.
    for (const file of merged) {
      await files.write(file);
      index.invalidate(file.month);
    }
    // Step 2: one mutation removes what was written, if it is still the same finished job.
    const moved = await store.mutate((d, base) => {
      const at = clock.now();
      const gone: string[] = [];
      // Filter the frozen base list: the kept records go back as they are, no draft per job.
      d.jobs = base.jobs.filter((j) => {
        const same = written.get(j.id) === j.revision && isArchivable(j, at);
        if (same) gone.push(j.id);
        return !same;
      });
      return gone;
    });
    if (moved.length > 0) this.opts.onMoved?.(moved);
    // Step 3: a job that changed in the meantime keeps only its active copy; then the intent is done.
    await this.settle(pending);
    return { moved, problems, due: due.length };
  }

  /**
   * Finish a batch (or one a crash interrupted): any job of it that is in the active document and
   * no longer archivable is taken out of its month file. Still-archivable duplicates are left to the
   * next batch, which resolves them the ordinary way (merge, then remove).
   */
  private async settle(pending: PendingBatch): Promise<number> {
    const { store, files, index, clock } = this.opts;
    const now = clock.now();
    const active = new Map(store.read().jobs.map((j) => [j.id, j]));
    const drop = new Map<string, Set<string>>();
    for (const [id, month] of Object.entries(pending.ids)) {
      const job = active.get(id);
      if (!job || isArchivable(job, now)) continue;
      const set = drop.get(month) ?? new Set<string>();
      set.add(id);
      drop.set(month, set);
    }
    let dropped = 0;
    for (const [month, ids] of drop) {
      const read = await files.read(month, true);
      if (!read.ok) continue;
      const entries = read.file.entries.filter((e) => !ids.has(e.job.id));
      dropped += read.file.entries.length - entries.length;
      await files.write({ ...read.file, entries });
      index.invalidate(month);
    }
    if (dropped > 0) this.opts.log.warn(`[archive] ${dropped} archived jobs had changed since and were taken back out of the archive`);
    await files.clearPending();
    return dropped;
  }

  /** On start: settle the batch a crash interrupted, if any. */
  private async resolvePending(): Promise<number> {
    const pending = await this.opts.files.readPending();
    return pending ? this.settle(pending) : 0;
  }
}
