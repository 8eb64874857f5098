import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveFileSchema } from '../../../../electron/core/archive/archive-format';
import { archiveFixture, finishedJob } from './support/archive-fixture';
import { makeVisit } from '../../../support/factories';

type Fixture = Awaited<ReturnType<typeof archiveFixture>>;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.close();
  fx = null;
});

async function monthFile(f: Fixture, month: string) {
  return ArchiveFileSchema.parse(JSON.parse(await readFile(join(f.archiveDir, `jobs-${month}.json`), 'utf8')));
}

describe('archiving finished jobs', () => {
  it('moves only done/cancelled jobs last updated more than 30 days ago, into the month they finished', async () => {
    fx = await archiveFixture([
      finishedJob(1, 45), // 2026-10-11: archived
      finishedJob(2, 31, { status: 'cancelled', statusReason: 'duplicate' }), // 2026-10-25: archived
      finishedJob(3, 29), // too recent
      finishedJob(4, 120, { status: 'on-hold', statusReason: 'parts', assignment: null }), // open: never
      finishedJob(5, 90, { status: 'scheduled' }), // open: never
      finishedJob(6, 70), // 2026-09-16
    ]);
    await fx.archive.start();
    expect(fx.store.read().jobs.map((j) => j.id).sort()).toEqual(['job-3', 'job-4', 'job-5']);
    expect((await readdir(fx.archiveDir)).sort()).toEqual(['jobs-2026-09.json', 'jobs-2026-10.json']);
    const october = await monthFile(fx, '2026-10');
    // Newest finished first, with the names as they were.
    expect(october.entries.map((e) => e.job.id)).toEqual(['job-2', 'job-1']);
    expect(october.entries[0]).toMatchObject({ clientName: 'Harbour Dental Practice', technicianName: 'Alex Chen' });
    expect((await monthFile(fx, '2026-09')).entries.map((e) => e.job.id)).toEqual(['job-6']);
    // The views were told which jobs left the active document.
    expect(fx.published.flatMap((e) => e.ids ?? []).sort()).toEqual(['job-1', 'job-2', 'job-6']);
  });

  it('keeps a finished job with an unbilled visit in the active file until the visit is billed', async () => {
    fx = await archiveFixture([
      finishedJob(1, 45, { visits: [makeVisit({ id: 'v-billed', billedBatchId: 'batch-1' })] }),
      finishedJob(2, 45, { visits: [makeVisit({ id: 'v-unbilled' })] }),
    ]);
    await fx.archive.start();
    expect(fx.store.read().jobs.map((j) => j.id)).toEqual(['job-2']);
  });

  it('is idempotent: running again, or after a crash left a job in both places, keeps one copy', async () => {
    fx = await archiveFixture([finishedJob(1, 45), finishedJob(2, 46)]);
    const first = await fx.archive.run();
    expect(first.moved).toBe(2);
    const before = await readFile(join(fx.archiveDir, 'jobs-2026-10.json'), 'utf8');
    expect((await fx.archive.run()).moved).toBe(0);
    expect(await readFile(join(fx.archiveDir, 'jobs-2026-10.json'), 'utf8')).toBe(before);

    // Simulate a crash after the archive write but before the removal: job 1 back in the active file.
    const copy = (await monthFile(fx, '2026-10')).entries.find((e) => e.job.id === 'job-1')!.job;
    await fx.store.mutate((d) => void d.jobs.push(copy));
    expect((await fx.archive.run()).moved).toBe(1);
    expect(fx.store.read().jobs).toEqual([]);
    expect((await monthFile(fx, '2026-10')).entries.map((e) => e.job.id).sort()).toEqual(['job-1', 'job-2']);
  });

  it('takes a job back out of the archive when the active copy changed so it is no longer archivable', async () => {
    fx = await archiveFixture([finishedJob(1, 45)]);
    await fx.archive.run();
    const copy = (await monthFile(fx, '2026-10')).entries[0]!.job;
    // E.g. an undo restored it to on-site after the archive write, before the removal.
    await fx.store.mutate((d) => void d.jobs.push({ ...copy, status: 'on-site', updatedAt: '2026-11-25T09:00:00.000Z' }));
    // ...and then the process died, leaving the batch's intent file behind.
    await writeFile(join(fx.archiveDir, 'pending.json'), JSON.stringify({ ids: { 'job-1': '2026-10' } }));
    await fx.archive.run();
    expect(await readdir(fx.archiveDir)).toEqual(['jobs-2026-10.json']);
    expect(fx.store.read().jobs.map((j) => j.status)).toEqual(['on-site']);
    expect((await monthFile(fx, '2026-10')).entries).toEqual([]);
  });

  it('keeps a job’s revision, and reads month files written before jobs had one as revision 1', async () => {
    fx = await archiveFixture([finishedJob(1, 45, { revision: 7 })]);
    const { revision: _r, ...oldJob } = finishedJob(9, 50);
    const finishedAt = oldJob.history.at(-1)!.at;
    const old = { format: 'dispatch-archive', version: 1, month: '2026-10', entries: [{ job: oldJob, clientName: 'Harbour Dental Practice', technicianName: 'Alex Chen', finishedAt, archivedAt: finishedAt }] };
    await mkdir(fx.archiveDir, { recursive: true });
    await writeFile(join(fx.archiveDir, 'jobs-2026-10.json'), JSON.stringify(old));
    expect((await fx.archive.run()).moved).toBe(1);
    const october = await monthFile(fx, '2026-10');
    expect(october.entries.map((e) => [e.job.id, e.job.revision])).toEqual([
      ['job-1', 7],
      ['job-9', 1],
    ]);
  });

  it('moves in bounded batches', async () => {
    const jobs = Array.from({ length: 23 }, (_, i) => finishedJob(i + 1, 40 + i));
    fx = await archiveFixture(jobs, { batchSize: 5 });
    const run = await fx.archive.run();
    expect(run).toMatchObject({ moved: 23, batches: 5 });
    expect(fx.store.read().jobs).toEqual([]);
    expect(fx.published.filter((e) => e.name === 'jobs:changed').every((e) => (e.ids ?? []).length <= 5)).toBe(true);
  });

  it('leaves a corrupt month file untouched, keeps its jobs active, and archives the other months', async () => {
    fx = await archiveFixture([finishedJob(1, 45), finishedJob(2, 70)]);
    await fx.archive.run();
    const bad = join(fx.archiveDir, 'jobs-2026-10.json');
    await writeFile(bad, '{"format":"dispatch-archive","version":1,"month":"2026-10","entries":[{"job":');
    await fx.store.mutate((d) => void d.jobs.push(finishedJob(3, 44), finishedJob(4, 71)));
    const run = await fx.archive.run();
    expect(run.moved).toBe(1);
    expect(run.problems).toEqual([expect.objectContaining({ month: '2026-10', file: bad, reason: expect.stringContaining('not valid JSON') })]);
    expect(await readFile(bad, 'utf8')).toContain('"entries":[{"job":');
    expect(fx.store.read().jobs.map((j) => j.id)).toEqual(['job-3']);
    // Still searchable: the good month answers, the bad one is reported.
    const found = await fx.archive.search({ query: 'finished job', limit: 50 });
    expect(found.hits.map((h) => h.id).sort()).toEqual(['job-2', 'job-4']);
    expect(found.problems.map((p) => p.month)).toEqual(['2026-10']);
  });

  it('runs at start and then daily, and stops its timer on stop', async () => {
    const armed: { fn: () => void; ms: number }[] = [];
    let cleared = 0;
    const timers = { setTimeout: (fn: () => void, ms: number) => armed.push({ fn, ms }), clearTimeout: () => void (cleared += 1) };
    fx = await archiveFixture([finishedJob(1, 29)], { timers });
    await fx.archive.start();
    expect(fx.store.read().jobs).toHaveLength(1);
    // The daily run, and the search index warm-up a little after start.
    expect(armed.map((a) => a.ms)).toEqual([24 * 3600_000, 15_000]);
    armed[1]!.fn();
    // A day later the job is 30+ days old.
    fx.setNow('2026-11-27T10:00:00.000Z');
    armed[0]!.fn();
    await fx.archive.stop();
    expect(fx.store.read().jobs).toHaveLength(0);
    // Stopped while that run was going: it does not arm another day.
    expect(armed).toHaveLength(2);
    expect(cleared).toBe(0);
  });

  it('clears an armed timer on stop', async () => {
    let cleared = 0;
    const timers = { setTimeout: () => 'handle', clearTimeout: (h: unknown) => void (cleared += h === 'handle' ? 1 : 0) };
    fx = await archiveFixture([], { timers });
    await fx.archive.start();
    await fx.archive.stop();
    expect(cleared).toBe(2);
  });
});
