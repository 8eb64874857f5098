/**
 * One durable mutation with the journal (the store as it is) and with whole-file writes (the
 * design before it, `journal: false`), in the same run, at each shop size: the same data folder,
 * the same calls through the core, one after the other. Also the host's memory at each size.
 */
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import type { Logger } from '../../electron/core/ports';
import { generateShop, PEAK_SHOP } from '../lib/generate-shop';
import type { HostResults } from './host-bench';
import type { Row } from './report';
import { summarize, type Summary } from './stats';
import { gc, timedAssign } from './store-bench';
import { writeOurStore } from './write-data';

const quiet: Logger = { info: () => {}, warn: () => {}, error: (m, e) => console.error(m, e ?? '') };

export type SizeResult = {
  active: number;
  journal: Summary;
  wholeFile: Summary;
  /** Heap and resident set of this process with the core open at this size (after a GC). */
  heapMb: number;
  rssMb: number;
};

/** `reps` timed `schedule:assign` calls (each undone untimed) on the folder `dir`. */
async function mutations(dir: string, reps: number, journal: boolean): Promise<{ times: number[]; heapMb: number; rssMb: number }> {
  gc();
  const core = await createCore({ dataDir: dir, host: 'headless', version: 'bench', log: quiet, store: { journal } });
  try {
    await core.services.archive.whenIdle();
    gc();
    const memory = process.memoryUsage();
    const doc = core.store.read();
    const queued = doc.jobs.filter((j) => j.status === 'new' && j.assignment === null).map((j) => j.id);
    const now = Date.now();
    const times: number[] = [];
    for (let i = 0; i < reps; i++) times.push(await timedAssign(core, doc, queued, i, now));
    return { times, heapMb: memory.heapUsed / 2 ** 20, rssMb: memory.rss / 2 ** 20 };
  } finally {
    await core.close();
  }
}

/**
 * For each folder (one per shop size), the two designs interleaved in rounds, so a burst of load
 * on a shared machine falls on both rather than on one.
 */
export async function benchWrites(folders: { dir: string; active: number }[], reps: number): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  const rounds = 2;
  for (const { dir, active } of folders) {
    const journal: number[] = [];
    const whole: number[] = [];
    let heapMb = 0;
    let rssMb = 0;
    for (let round = 0; round < rounds; round++) {
      const j = await mutations(dir, Math.ceil(reps / rounds), true);
      const w = await mutations(dir, Math.ceil(reps / rounds), false);
      journal.push(...j.times);
      whole.push(...w.times);
      heapMb = Math.max(heapMb, j.heapMb);
      rssMb = Math.max(rssMb, j.rssMb);
    }
    results.push({ active, journal: summarize(journal), wholeFile: summarize(whole), heapMb, rssMb });
  }
  return results;
}

/** The table rows for the store-write budgets: new (journal) against old (whole file), same run. */
export function writeRows(sizes: SizeResult[]): Row[] {
  const [base, doubled] = sizes;
  if (!base) return [];
  const n = (active: number) => active.toLocaleString('en-GB');
  const rows: Row[] = [
    { measure: `Durable mutation, journal vs whole file (${n(base.active)} active + archive)`, value: base.journal, unit: 'ms', baseline: base.wholeFile, budget: { limit: 5, on: 'median', kind: 'max', text: '≤ 5 ms median' }, note: 'in-process, schedule:assign; baseline: the same store writing the whole document per write, same run' },
    { measure: `Durable mutation p95, journal (${n(base.active)} active)`, value: base.journal, unit: 'ms', budget: { limit: 10, on: 'p95', kind: 'max', text: '≤ 10 ms p95' }, note: `whole-file p95 ${base.wholeFile.p95.toFixed(1)} ms` },
  ];
  if (doubled) {
    const ratio = doubled.journal.median / base.journal.median;
    rows.push({
      measure: `Durable mutation, journal vs whole file (${n(doubled.active)} active: doubled)`,
      value: doubled.journal,
      unit: 'ms',
      baseline: doubled.wholeFile,
      budget: { limit: base.journal.median * 1.2, on: 'median', kind: 'max', text: 'within 20 % of the median above' },
      note: `journal ×${ratio.toFixed(2)} when the active jobs double; whole file ×${(doubled.wholeFile.median / base.wholeFile.median).toFixed(2)}`,
    });
  }
  for (const s of sizes) {
    rows.push({ measure: `Host memory with ${n(s.active)} active jobs open (in-process)`, value: summarize([s.rssMb]), unit: 'MB', note: `RSS; JS heap ${Math.round(s.heapMb)} MB` });
  }
  return rows;
}

/**
 * The peak shop and the same shop with twice the active jobs (same history), each laid out as the
 * store keeps it under `work`. Returns the folders, smallest first.
 */
export async function writeSizes(work: string, opts: { seed: number; now: Date; quick: boolean }): Promise<{ dir: string; active: number }[]> {
  const history = opts.quick ? { history: 10_000 } : {};
  const sizes = [history, { ...history, scheduled: PEAK_SHOP.scheduled * 2, unassigned: PEAK_SHOP.unassigned * 2 }];
  const folders: { dir: string; active: number }[] = [];
  for (const [i, size] of sizes.entries()) {
    const shop = generateShop({ seed: opts.seed, now: opts.now, size });
    const dir = join(work, `writes-${i}`);
    await writeOurStore(dir, shop, opts.now);
    folders.push({ dir, active: shop.doc.jobs.length });
  }
  return folders;
}

/** The intake throughput row (over HTTP to the host process, durable). */
export function intakeRow(intake: HostResults['intake'], old: HostResults['intake'] | null = null, oldName = 'baseline'): Row {
  return {
    measure: 'Intake throughput, durable (HTTP loopback)',
    value: intake.jobsPerSecond,
    unit: 'jobs/s',
    baseline: old?.jobsPerSecond ?? null,
    budget: { limit: 2000, on: 'median', kind: 'min', text: '≥ 2,000 jobs/s' },
    note: `${intake.created}/${intake.posted} created, ${intake.onDisk} on disk (snapshot + journal, read right after each run)${old ? `; baseline: ${oldName}` : ''}`,
  };
}
