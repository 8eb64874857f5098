/**
 * Power-loss test: the store, its backups and the archive run on a simulated disk that loses
 * everything not fsynced when the power goes (support/power-loss-fs.ts), at a seeded random
 * operation. After each cut the disk is reopened: every file parses and validates, and every
 * acknowledged change is there. SIGKILL cannot test this (the page cache survives a killed process).
 */
import { describe, expect, it } from 'vitest';
import { ArchiveFiles } from '../../../../electron/core/archive/archive-files';
import { ArchiveIndex } from '../../../../electron/core/archive/archive-index';
import { Archiver } from '../../../../electron/core/archive/archiver';
import { openStore } from '../../../../electron/core/store/open-store';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';
import type { Store } from '../../../../electron/core/store/types';
import { migrations } from '../../../../shared/migrations/index';
import { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument, type DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import { makeJob } from '../../../support/factories';
import { fixtureDocument, quietLog } from '../support/harness';
import { PowerLossFs, seeded } from './support/power-loss-fs';
import { fakeClock, testOptions, TestDocSchema, type TestDoc } from './support/test-doc';

const DIR = '/data';
const totals = { crashes: 0, acknowledged: 0, lost: 0 };

type Record = { acked: string[]; flags: Set<string> };

/**
 * Run `scenario` on copies of `start`, cutting the power at a random operation of it each time,
 * then `check` the disk that survives.
 */
async function powerCuts(
  runs: number,
  seed: number,
  start: PowerLossFs,
  scenario: (fs: PowerLossFs, rec: Record) => Promise<void>,
  check: (disk: PowerLossFs, rec: Record) => Promise<void>,
): Promise<void> {
  // How many disk operations a full run makes: the cut lands anywhere among them.
  const dry = start.copy();
  await scenario(dry, { acked: [], flags: new Set() });
  const total = dry.ops;
  expect(total).toBeGreaterThan(20);
  for (let i = 0; i < runs; i++) {
    const rng = seeded(seed * 10_000 + i);
    const fs = start.copy();
    fs.crashAt = 1 + Math.floor(rng() * total);
    const rec: Record = { acked: [], flags: new Set() };
    await Promise.race([scenario(fs, rec), fs.powerLost]);
    expect(fs.isDead, `run ${i} finished before its power cut at operation ${fs.crashAt}`).toBe(true);
    const disk = fs.afterPowerLoss(rng);
    // The process that held the lock is gone with the power.
    await disk.unlink(`${DIR}/dispatch.lock`).catch(() => undefined);
    await check(disk, rec);
    totals.crashes += 1;
    totals.acknowledged += rec.acked.length;
  }
}

const idsOf = (doc: { items: { id: string }[] }) => doc.items.map((i) => i.id);

function expectAll(acked: string[], present: string[], what: string): void {
  const have = new Set(present);
  const missing = acked.filter((id) => !have.has(id));
  totals.lost += missing.length;
  expect(missing, `acknowledged but lost: ${what}`).toEqual([]);
  expect(new Set(present).size, `duplicates: ${what}`).toBe(present.length);
}

/** Every backup in the folder parses and validates (a torn backup is as bad as a torn data file). */
async function expectGoodBackups(disk: PowerLossFs): Promise<string[]> {
  const names = (await disk.readdir(`${DIR}/backups`).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  for (const name of names) {
    const text = await disk.readFile(`${DIR}/backups/${name}`);
    let parsed: unknown;
    expect(() => (parsed = JSON.parse(text)), `backup ${name} does not parse`).not.toThrow();
    const version = (parsed as { schemaVersion?: number }).schemaVersion;
    if (version === 3) expect(TestDocSchema.safeParse(parsed).success, `backup ${name}`).toBe(true);
  }
  return names;
}

/** Mutations in small bursts; each id is recorded only once its mutation resolved. */
async function burst(store: Store<TestDoc>, rec: Record, prefix: string, count: number, rng: () => number): Promise<void> {
  let n = 0;
  while (n < count) {
    const size = 1 + Math.floor(rng() * 4);
    const batch: Promise<void>[] = [];
    for (let k = 0; k < size && n < count; k++, n++) {
      const id = `${prefix}${n}`;
      batch.push(
        store
          .mutate((doc) => {
            doc.items.push({ id, title: id, zone: null });
          })
          .then(() => void rec.acked.push(id)),
      );
    }
    await (rng() < 0.5 ? batch[0] : Promise.all(batch));
  }
}

async function testDisk(setup: (store: Store<TestDoc>) => Promise<void>, now = fakeClock()): Promise<PowerLossFs> {
  const fs = new PowerLossFs();
  const store = await openStore(testOptions(DIR, { fs, now: now.now }));
  await setup(store);
  await store.close();
  fs.syncAll();
  return fs;
}

describe('power loss', () => {
  it('keeps every acknowledged change of the data file, and every daily and manual backup whole', async () => {
    const start = await testDisk(async (store) => {
      await store.mutate((doc) => void doc.items.push({ id: 'old', title: 'from yesterday', zone: null }));
    });
    await powerCuts(
      80,
      1,
      start,
      async (fs, rec) => {
        const clock = fakeClock(new Date(2026, 10, 26, 23, 59, 0));
        const rng = seeded(7);
        const store = await openStore(testOptions(DIR, { fs, now: clock.now }));
        await burst(store, rec, 'a', 20, rng);
        // Midnight: the next save writes the new day's backup.
        clock.advance(120_000);
        await burst(store, rec, 'b', 20, rng);
        await store.createBackup('manual');
        rec.flags.add('manual');
        await burst(store, rec, 'c', 10, rng);
        await store.close();
      },
      async (disk, rec) => {
        const store = await openStore(testOptions(DIR, { fs: disk }));
        expect(store.status().recovery).toBeNull();
        expectAll(['old', ...rec.acked], idsOf(store.read()), 'data file');
        await store.close();
        const backups = await expectGoodBackups(disk);
        // A change acknowledged after midnight was saved by the write that took the new day's backup.
        if (rec.acked.some((id) => id.startsWith('b'))) expect(backups).toContain('dispatch-2026-11-27.json');
        if (rec.flags.has('manual')) expect(backups.some((n) => n.startsWith('dispatch-manual-'))).toBe(true);
      },
    );
  });

  it('survives a cut in any step of a journal append, a snapshot rotation or the replay on open', async () => {
    const start = await testDisk(async (store) => {
      await store.mutate((doc) => void doc.items.push({ id: 'seed', title: 'seed', zone: null }));
    });
    // Each change adds an item titled "open" and closes the one before it (title = id): replayed
    // in order and whole, every item but the last is closed; a partly applied record would show.
    const chain = (id: string) => (doc: TestDoc) => {
      const last = doc.items.at(-1);
      if (last) last.title = last.id;
      doc.items.push({ id, title: 'open', zone: null });
    };
    const expectChained = (items: TestDoc['items'], what: string) => {
      items.slice(0, -1).forEach((item) => expect(item.title, `${what}: ${item.id}`).toBe(item.id));
      const last = items.at(-1);
      if (last?.id !== 'seed') expect(last?.title, what).toBe('open');
    };
    let replayCuts = 0;
    await powerCuts(
      60,
      5,
      start,
      async (fs, rec) => {
        // A rotation every 3 records: cuts land in appends, snapshots and segment deletions alike.
        const store = await openStore(testOptions(DIR, { fs, snapshots: { afterRecords: 3 } }));
        const rng = seeded(11);
        for (let n = 0; n < 30; ) {
          const size = 1 + Math.floor(rng() * 3);
          const batch = Array.from({ length: size }, () => {
            const id = `j${n++}`;
            return store.mutate(chain(id)).then(() => void rec.acked.push(id));
          });
          await Promise.all(batch);
        }
        await store.close();
      },
      async (disk, rec) => {
        const committed = (await readCommittedDocument(DIR, { fs: disk })) as TestDoc;
        expect(TestDocSchema.safeParse(committed).success).toBe(true);
        expectAll(['seed', ...rec.acked], idsOf(committed), 'snapshot + journal');
        expectChained(committed.items, 'snapshot + journal');
        // Open (replay, fold into a snapshot, delete the segments) and cut the power during that too,
        // starting from this disk as it is (lock file removed).
        disk.syncAll();
        const dry = disk.copy();
        await (await openStore(testOptions(DIR, { fs: dry }))).close();
        const rng = seeded(rec.acked.length + 17);
        const during = disk.copy();
        during.crashAt = 1 + Math.floor(rng() * Math.max(1, dry.ops));
        await Promise.race([openStore(testOptions(DIR, { fs: during })).then((s) => s.close()), during.powerLost]);
        const after = during.isDead ? during.afterPowerLoss(rng) : during;
        if (during.isDead) replayCuts += 1;
        await after.unlink(`${DIR}/dispatch.lock`).catch(() => undefined);
        const store = await openStore(testOptions(DIR, { fs: after }));
        expect(store.status().recovery).toBeNull();
        expectAll(['seed', ...rec.acked], idsOf(store.read()), 'after a cut during replay');
        expect(store.read()).toEqual(committed);
        await store.close();
        expect((await after.readdir(DIR)).filter((n) => n.endsWith('.journal'))).toEqual([]);
      },
    );
    expect(replayCuts).toBeGreaterThan(10);
  });

  it('survives a cut during a migration: the original bytes are kept and nothing is lost', async () => {
    const original = '{"schemaVersion":1,"items":["alpha","beta"]}';
    const start = new PowerLossFs();
    await start.mkdir(DIR);
    const handle = await start.open(`${DIR}/dispatch.json`, 'wx');
    await handle.writeFile(original, 'utf8');
    await handle.close();
    start.syncAll();
    await powerCuts(
      40,
      2,
      start,
      async (fs, rec) => {
        const store = await openStore(testOptions(DIR, { fs }));
        rec.flags.add('migrated');
        await burst(store, rec, 'm', 15, seeded(3));
        await store.close();
      },
      async (disk, rec) => {
        if (rec.flags.has('migrated')) expect(JSON.parse(await disk.readFile(`${DIR}/dispatch.json`)).schemaVersion).toBe(3);
        const store = await openStore(testOptions(DIR, { fs: disk }));
        expect(store.status().recovery).toBeNull();
        expectAll(['i1', 'i2', ...rec.acked], idsOf(store.read()), 'migrated file');
        await store.close();
        for (const name of await expectGoodBackups(disk)) {
          if (name.includes('pre-migration') && !name.endsWith('.tmp')) {
            const text = await disk.readFile(`${DIR}/backups/${name}`);
            // A later pre-migration backup (the cut came before the migrated file was durable) is of v1 too.
            expect(text).toBe(original);
          }
        }
      },
    );
  });

  it('survives a cut during a restore: a finished restore is complete and its pre-restore backup holds what it replaced', async () => {
    let backupName = '';
    const start = await testDisk(async (store) => {
      await store.mutate((doc) => void doc.items.push({ id: 'r1', title: '', zone: null }, { id: 'r2', title: '', zone: null }));
      backupName = (await store.createBackup('manual')).name;
      await store.mutate((doc) => void doc.items.push({ id: 'r3', title: '', zone: null }));
    });
    await powerCuts(
      40,
      3,
      start,
      async (fs, rec) => {
        const store = await openStore(testOptions(DIR, { fs }));
        await burst(store, rec, 'before', 6, seeded(5));
        await store.restoreBackup(backupName);
        rec.flags.add('restored');
        const before = rec.acked.length;
        await burst(store, rec, 'after', 6, seeded(6));
        rec.flags.add(`split:${before}`);
        await store.close();
      },
      async (disk, rec) => {
        const store = await openStore(testOptions(DIR, { fs: disk }));
        const ids = idsOf(store.read());
        await store.close();
        const replaced = ids[2] !== 'r3';
        if (rec.flags.has('restored')) {
          expect(replaced, 'a restore was acknowledged but the old document came back').toBe(true);
          expectAll(['r1', 'r2', ...rec.acked.filter((id) => id.startsWith('after'))], ids, 'after restore');
          const pre = (await expectGoodBackups(disk)).filter((n) => n.includes('pre-restore'));
          expect(pre, 'the pre-restore backup is missing').toHaveLength(1);
          const held = TestDocSchema.parse(JSON.parse(await disk.readFile(`${DIR}/backups/${pre[0]}`)));
          expectAll(['r1', 'r2', 'r3', ...rec.acked.filter((id) => id.startsWith('before'))], idsOf(held), 'pre-restore backup');
        } else if (!replaced) {
          expectAll(['r1', 'r2', 'r3', ...rec.acked], ids, 'before restore');
          await expectGoodBackups(disk);
        } else {
          // The restore reached the disk but was not acknowledged: the restored document, whole.
          expect(ids.slice(0, 2)).toEqual(['r1', 'r2']);
          await expectGoodBackups(disk);
        }
      },
    );
  });

  it('survives a cut while finished jobs move to the archive: every acknowledged job is in exactly one place', async () => {
    const now = new Date('2026-12-06T09:00:00.000Z');
    const clock = { now: () => new Date(now) };
    const options = (fs: PowerLossFs) => ({
      dir: DIR,
      currentVersion: CURRENT_SCHEMA_VERSION,
      migrations,
      validate: validateDocument,
      empty: () => emptyDocument('UTC'),
      now: clock.now,
      onWarning: () => undefined,
      fs,
    });
    const start = new PowerLossFs();
    {
      const store = await openStore<DispatchDocument>({ ...options(start), empty: () => fixtureDocument('UTC') });
      await store.mutate((doc) => void doc.jobs.push(...Array.from({ length: 14 }, (_, i) => finishedJob(`old-${i}`, 1000 + i, now, i))));
      await store.close();
      start.syncAll();
    }
    const archiving = async (fs: PowerLossFs, store: Store<DispatchDocument>) => {
      const files = new ArchiveFiles(`${DIR}/archive`, fs);
      await files.prepare();
      return new Archiver({ store, files, index: new ArchiveIndex(files), clock, log: quietLog, batchSize: 5 });
    };
    await powerCuts(
      60,
      4,
      start,
      async (fs, rec) => {
        const store = await openStore<DispatchDocument>(options(fs));
        const archiver = await archiving(fs, store);
        const run = archiver.run();
        const added = Array.from({ length: 6 }, (_, i) =>
          store.mutate((doc) => void doc.jobs.push(finishedJob(`new-${i}`, 2000 + i, now, i * 3))).then(() => void rec.acked.push(`new-${i}`)),
        );
        await Promise.all([run, ...added]);
        await archiver.run();
        await store.close();
      },
      async (disk, rec) => {
        const store = await openStore<DispatchDocument>(options(disk));
        expect(store.status().recovery).toBeNull();
        // What the host does on start: settle an interrupted batch, archive what is due.
        const archiver = await archiving(disk, store);
        await archiver.run();
        const files = new ArchiveFiles(`${DIR}/archive`, disk);
        const places = store.read().jobs.map((j) => j.id);
        for (const month of await files.months()) {
          const read = await files.read(month, true);
          expect(read.ok, `archive ${month}: ${read.ok ? '' : read.reason}`).toBe(true);
          if (read.ok) places.push(...read.file.entries.map((e) => e.job.id));
        }
        await store.close();
        const everyJob = [...Array.from({ length: 14 }, (_, i) => `old-${i}`), ...rec.acked];
        expectAll(everyJob, places, 'active file + archive');
      },
    );
  });

  it('reports its figures', () => {
    console.log(`power-loss test: ${totals.crashes} simulated power cuts, ${totals.acknowledged} acknowledged changes, ${totals.lost} lost`);
    expect(totals.crashes).toBeGreaterThanOrEqual(200);
    expect(totals.lost).toBe(0);
  });
});

/** A job finished `daysAgo + 40` days before `now` (due for the archive), in a month of its own every ~30 days. */
function finishedJob(id: string, number: number, now: Date, daysAgo: number): Job {
  const at = new Date(now.getTime() - (40 + daysAgo * 11) * 86_400_000).toISOString();
  return makeJob({
    id,
    number: `J-${number}`,
    clientId: 'c1',
    title: `Finished ${id}`,
    category: 'other',
    status: 'done',
    receivedAt: at,
    estimateMinutes: 30,
    assignment: { technicianId: 't1', start: at, end: new Date(Date.parse(at) + 1_800_000).toISOString() },
    history: [{ at, by: 'dispatcher', action: 'status', detail: 'on site → done' }],
    createdAt: at,
    updatedAt: at,
  });
}
