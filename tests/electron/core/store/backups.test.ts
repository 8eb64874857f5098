import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupRestoreError } from '../../../../electron/core/store/errors';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Store } from '../../../../electron/core/store/types';
import { fakeClock, fixturePath, listDir, placeFixture, readCommitted, readJson, tempDir, testOptions, type TestDoc } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;
let clock: ReturnType<typeof fakeClock>;
const stores: Store<TestDoc>[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  clock = fakeClock();
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  await cleanup();
});

async function openTest(overrides: Parameters<typeof testOptions>[1] = {}): Promise<Store<TestDoc>> {
  const store = await openStore(testOptions(dir, { now: clock.now, ...overrides }));
  stores.push(store);
  return store;
}

const add = (id: string) => (doc: TestDoc) => {
  doc.items.push({ id, title: id, zone: null });
};
const backupsDir = () => join(dir, 'backups');
const backupNames = async () => listDir(backupsDir());
const nextDay = () => clock.advance(24 * 60 * 60 * 1000);

describe('daily backups', () => {
  it('copies a good file on open, and keeps the first state of the day on later opens', async () => {
    const original = await placeFixture(dir, 'v3.json');
    const store = await openTest();
    expect(await backupNames()).toEqual(['dispatch-2026-11-26.json']);
    expect(await readFile(join(backupsDir(), 'dispatch-2026-11-26.json'), 'utf8')).toBe(original);

    await store.mutate(add('later'));
    await store.close();
    stores.length = 0;
    clock.advance(60 * 60 * 1000);
    await openTest();
    expect(await readFile(join(backupsDir(), 'dispatch-2026-11-26.json'), 'utf8')).toBe(original);
  });

  it('takes at most one daily per calendar day on writes, from the file just written', async () => {
    const store = await openTest();
    // A new folder has nothing worth a backup until the first real save.
    expect(await backupNames()).toEqual([]);
    await store.mutate(add('a'));
    expect(await backupNames()).toEqual(['dispatch-2026-11-26.json']);
    await store.mutate(add('b'));
    await store.mutate(add('c'));
    expect(((await readJson(join(backupsDir(), 'dispatch-2026-11-26.json'))) as TestDoc).items.map((i) => i.id)).toEqual(['a']);

    nextDay();
    await store.mutate(add('d'));
    expect(await backupNames()).toEqual(['dispatch-2026-11-26.json', 'dispatch-2026-11-27.json']);
    expect(((await readJson(join(backupsDir(), 'dispatch-2026-11-27.json'))) as TestDoc).items.map((i) => i.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps only backupsToKeep dailies', async () => {
    const store = await openTest({ backupsToKeep: 3 });
    for (let day = 0; day < 6; day++) {
      await store.mutate(add(`d${day}`));
      nextDay();
    }
    expect(await backupNames()).toEqual(['dispatch-2026-11-29.json', 'dispatch-2026-11-30.json', 'dispatch-2026-12-01.json']);
  });

  it('does not fail a save when the daily backup cannot be written, but warns', async () => {
    const warnings: string[] = [];
    const store = await openTest({ onWarning: (m) => warnings.push(m) });
    // A file where the backups folder should be makes every backup write fail.
    await rm(backupsDir(), { recursive: true });
    await writeFile(backupsDir(), 'not a folder');
    await expect(store.mutate(add('a'))).resolves.toBeUndefined();
    expect(store.status().lastWriteError).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^Daily backup failed: /)]);
  });
});

describe('createBackup and listBackups', () => {
  it('writes the current in-memory document under a stamped name and lists it', async () => {
    const store = await openTest();
    await store.mutate(add('a'));
    const info = await store.createBackup('manual');
    expect(info).toEqual({
      name: 'dispatch-manual-20261126-093000.json',
      kind: 'manual',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      sizeBytes: (await stat(join(backupsDir(), info.name))).size,
    });
    expect(await readJson(join(backupsDir(), info.name))).toEqual(store.read());

    // Same second: a new name, never an overwrite.
    const second = await store.createBackup('manual');
    expect(second.name).toBe('dispatch-manual-20261126-093000-2.json');
  });

  it('lists newest first and ignores files that are not backups', async () => {
    const store = await openTest();
    await store.mutate(add('a'));
    await writeFile(join(backupsDir(), 'readme.txt'), 'x');
    await writeFile(join(backupsDir(), 'dispatch-manual-latest.json'), '{}');
    clock.advance(1000);
    await store.createBackup('manual');
    clock.advance(1000);
    await store.createBackup('pre-restore');
    const list = await store.listBackups();
    expect(list.map((b) => [b.name, b.kind])).toEqual([
      ['dispatch-pre-restore-20261126-093002.json', 'pre-restore'],
      ['dispatch-manual-20261126-093001.json', 'manual'],
      ['dispatch-2026-11-26.json', 'daily'],
    ]);
  });

  it('keeps the last 10 of each stamped kind and leaves other kinds alone', async () => {
    const store = await openTest();
    await store.createBackup('pre-restore');
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      await store.createBackup('manual');
    }
    const names = await backupNames();
    const manual = names.filter((n) => n.includes('-manual-'));
    expect(manual).toHaveLength(10);
    expect(manual[0]).toBe('dispatch-manual-20261126-093003.json');
    expect(names.filter((n) => n.includes('-pre-restore-'))).toEqual(['dispatch-pre-restore-20261126-093000.json']);
  });

  it('rejects an unknown kind', async () => {
    const store = await openTest();
    await expect(store.createBackup('hourly' as never)).rejects.toThrow('Unknown backup kind');
  });
});

describe('restoreBackup', () => {
  it.each(['../dispatch.json', '..', 'backups/dispatch-2026-11-26.json', '..\\dispatch-2026-11-26.json', 'dispatch.json', 'notes.json', ''])(
    'refuses %j as a name and changes nothing',
    async (name) => {
      const store = await openTest();
      await store.mutate(add('keep'));
      const before = await backupNames();
      const error = await store.restoreBackup(name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupRestoreError);
      expect((error as Error).message).toContain('not the name of a backup');
      expect(store.read().items.map((i) => i.id)).toEqual(['keep']);
      expect(await backupNames()).toEqual(before);
    },
  );

  it('refuses a backup that does not validate, with its reason, and changes nothing', async () => {
    const store = await openTest();
    await store.mutate(add('keep'));
    await writeFile(join(backupsDir(), 'dispatch-manual-20261120-120000.json'), '{"schemaVersion":3,"items":[{"id":""}],"zones":[]}');
    const fileBefore = await readFile(join(dir, 'dispatch.json'), 'utf8');
    const before = await backupNames();
    const error = await store.restoreBackup('dispatch-manual-20261120-120000.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupRestoreError);
    expect((error as Error).message).toMatch(/^The backup "dispatch-manual-20261120-120000.json" cannot be restored: items\.0\./);
    expect((error as Error).message).toMatch(/Nothing was changed\.$/);
    expect(await readFile(join(dir, 'dispatch.json'), 'utf8')).toBe(fileBefore);
    expect(await backupNames()).toEqual(before);
  });

  it('refuses a backup that is missing or not JSON', async () => {
    const store = await openTest();
    await expect(store.restoreBackup('dispatch-2026-01-01.json')).rejects.toThrow('there is no such backup');
    await writeFile(join(backupsDir(), 'dispatch-2026-01-02.json'), '{"sch');
    await expect(store.restoreBackup('dispatch-2026-01-02.json')).rejects.toThrow('not valid JSON: ');
  });

  it('the pre-restore backup holds a change made while the restore was starting', async () => {
    const store = await openTest();
    await writeFile(join(backupsDir(), 'dispatch-2026-11-01.json'), await readFile(fixturePath('v3.json')));
    const restoring = store.restoreBackup('dispatch-2026-11-01.json');
    await store.mutate(add('racing'));
    await restoring;
    expect(store.read().items.map((i) => i.id)).toEqual(['i1']);
    const preRestore = (await store.listBackups()).filter((b) => b.kind === 'pre-restore');
    expect(((await readJson(join(backupsDir(), preRestore[0]!.name))) as TestDoc).items.map((i) => i.id)).toEqual(['racing']);
  });

  it('takes a pre-restore backup, replaces the document (migrating an old backup) and writes it durably', async () => {
    const store = await openTest();
    await store.mutate(add('current'));
    await writeFile(join(backupsDir(), 'dispatch-2026-11-01.json'), await readFile(fixturePath('v1.json')));
    clock.advance(5000);
    await store.restoreBackup('dispatch-2026-11-01.json');

    const restored = {
      schemaVersion: 3,
      items: [
        { id: 'i1', title: 'Fix printer at Acme', zone: null },
        { id: 'i2', title: 'Replace disk in NAS', zone: null },
      ],
      zones: [],
    };
    expect(store.read()).toEqual(restored);
    expect(await readCommitted(dir)).toEqual(restored);
    expect(((await readJson(join(backupsDir(), 'dispatch-pre-restore-20261126-093005.json'))) as TestDoc).items.map((i) => i.id)).toEqual([
      'current',
    ]);
    // The backup itself is left as it was (old format).
    expect(await readFile(join(backupsDir(), 'dispatch-2026-11-01.json'), 'utf8')).toBe(await readFile(fixturePath('v1.json'), 'utf8'));
    // Later mutations build on the restored document.
    await store.mutate(add('after'));
    expect((await readCommitted(dir)).items.map((i) => i.id)).toEqual(['i1', 'i2', 'after']);
  });
});
