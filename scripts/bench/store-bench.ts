/**
 * The store, in this process: cold open and one durable mutation, for our store (active file +
 * archive) and for the baseline (lowdb's stock `JSONFile` with all history inside the document).
 */
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { join } from 'node:path';
import { ArchiveFiles } from '../../electron/core/archive/archive-files';
import { ARCHIVE_DIR } from '../../electron/core/archive/archive-format';
import { ArchiveIndex } from '../../electron/core/archive/archive-index';
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/create-core';
import type { Logger } from '../../electron/core/ports';
import type { DispatchDocument } from '../../shared/schemas/document';
import { validateDocument } from '../../shared/schemas/document';
import { repeat, sleep, type Summary } from './stats';

const quiet: Logger = { info: () => {}, warn: () => {}, error: (m, e) => console.error(m, e ?? '') };

export type StoreResults = {
  ours: { open: Summary; mutationIdle: Summary; heapAfterOpenMb: number; coldSearch: Summary; indexHeapMb: number };
  baseline: { open: Summary; openWithValidation: Summary; mutationIdle: Summary; heapAfterOpenMb: number };
};

/** Keeps the measured index reachable while its heap is read. */
const retained: ArchiveIndex[] = [];

const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** An assignment for mutation `i`: a queued job onto a technician, one hour in the next eight. */
function assignmentFor(doc: DispatchDocument, i: number, queued: string[], now: number) {
  const tech = doc.technicians[i % doc.technicians.length]!;
  const start = new Date(now + ((i % 8) + 1) * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  return { jobId: queued[i % queued.length]!, technicianId: tech.id, start: start.toISOString() };
}

/** Mutation `i`: one timed `schedule:assign` of a queued job, undone untimed; returns its ms. */
export async function timedAssign(core: Core, doc: DispatchDocument, queued: string[], i: number, now = Date.now()): Promise<number> {
  const input = assignmentFor(doc, i, queued, now);
  const t = performance.now();
  const result = await core.call('schedule:assign', input);
  const ms = performance.now() - t;
  if (!result.ok) throw new Error(`schedule:assign failed: ${result.error.message}`);
  await core.call('schedule:unassign', { jobId: input.jobId });
  await sleep(20);
  return ms;
}

export async function benchStore(opts: { oursDir: string; naiveFile: string; reps: { open: number; mutation: number; baseline: number } }): Promise<StoreResults> {
  // Ours: createCore is what the app does on start (lock, read, validate, migrate check, daily backup).
  const open = await repeat(opts.reps.open, async () => {
    const t = performance.now();
    const core = await createCore({ dataDir: opts.oursDir, host: 'headless', version: 'bench', log: quiet });
    const ms = performance.now() - t;
    await core.close();
    return ms;
  });

  gc();
  const heapBefore = heapMb();
  const core = await createCore({ dataDir: opts.oursDir, host: 'headless', version: 'bench', log: quiet });
  await core.services.archive.whenIdle();
  gc();
  const oursHeap = heapMb() - heapBefore;
  const doc = core.store.read();
  const queued = doc.jobs.filter((j) => j.status === 'new' && j.assignment === null).map((j) => j.id);
  const mutationIdle = await repeat(opts.reps.mutation, (i) => timedAssign(core, doc, queued, i));
  await core.close();

  // Archive search from a cold index (what the first search costs if it comes before the warm-up).
  const coldSearch = await repeat(Math.max(2, Math.ceil(opts.reps.open / 2)), async () => {
    const index = new ArchiveIndex(new ArchiveFiles(join(opts.oursDir, ARCHIVE_DIR)));
    const t = performance.now();
    await index.search('ups battery', 50);
    return performance.now() - t;
  });
  gc();
  const beforeIndex = heapMb();
  retained.push(new ArchiveIndex(new ArchiveFiles(join(opts.oursDir, ARCHIVE_DIR))));
  await retained[0]!.warm();
  gc();
  const indexHeapMb = heapMb() - beforeIndex;
  retained.length = 0;

  // Baseline: lowdb as documented, the whole document (with 100,000 finished jobs) per write.
  gc();
  const baseHeapBefore = heapMb();
  let db: Low<DispatchDocument> | null = null;
  const baseOpen = await repeat(opts.reps.baseline, async () => {
    db = null;
    gc();
    const t = performance.now();
    const low = new Low<DispatchDocument>(new JSONFile<DispatchDocument>(opts.naiveFile), null as unknown as DispatchDocument);
    await low.read();
    const ms = performance.now() - t;
    db = low;
    return ms;
  });
  gc();
  const baseHeap = heapMb() - baseHeapBefore;
  const low = db as unknown as Low<DispatchDocument>;
  const openWithValidation = await repeat(Math.min(2, opts.reps.baseline), async () => {
    const t = performance.now();
    const checked = validateDocument(low.data);
    if (!checked.ok) throw new Error(`baseline document does not validate: ${checked.reason}`);
    return performance.now() - t + baseOpen.median;
  });
  const baseQueued = low.data.jobs.filter((j) => j.status === 'new' && j.assignment === null).map((j) => j.id);
  const byId = new Map(low.data.jobs.map((j) => [j.id, j]));
  const baseMutation = await repeat(opts.reps.baseline, async (i) => {
    const input = assignmentFor(low.data, i, baseQueued, Date.now());
    const t = performance.now();
    const job = byId.get(input.jobId)!;
    job.assignment = { technicianId: input.technicianId, start: input.start, end: new Date(Date.parse(input.start) + 3600_000).toISOString() };
    job.status = 'scheduled';
    await low.write();
    return performance.now() - t;
  });

  return {
    ours: { open, mutationIdle, heapAfterOpenMb: oursHeap, coldSearch, indexHeapMb },
    baseline: { open: baseOpen, openWithValidation, mutationIdle: baseMutation, heapAfterOpenMb: baseHeap },
  };
}
