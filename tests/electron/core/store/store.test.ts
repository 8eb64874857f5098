import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DurableJsonFile } from '../../../../electron/core/store/durable-json-file';
import { StoreClosedError } from '../../../../electron/core/store/errors';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Store } from '../../../../electron/core/store/types';
import { JournalWriter } from '../../../../electron/core/store/journal';
import { listDir, readCommitted, readJson, tempDir, testOptions, type TestDoc } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;
const open: Store<TestDoc>[] = [];

async function openTest(overrides: Parameters<typeof testOptions>[1] = {}): Promise<Store<TestDoc>> {
  const store = await openStore(testOptions(dir, overrides));
  open.push(store);
  return store;
}

function addItem(id: string) {
  return (doc: TestDoc) => {
    doc.items.push({ id, title: `Job ${id}`, zone: null });
    return doc.items.length;
  };
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await cleanup();
});

describe('openStore on a new folder', () => {
  it('creates the folder, the file (with the empty document), the lock and the backups folder', async () => {
    dir = join(dir, 'nested', 'data');
    const store = await openTest();
    expect(store.read()).toEqual({ schemaVersion: 3, items: [], zones: [] });
    expect(await readJson(join(dir, 'dispatch.json'))).toEqual({ schemaVersion: 3, items: [], zones: [] });
    expect(await listDir(dir)).toEqual(['backups', 'dispatch.json', 'dispatch.lock']);
    expect(store.status()).toEqual({ dataFile: join(dir, 'dispatch.json'), recovery: null, lastWriteError: null });
  });

  it('honours fileName for the data, lock and backup names', async () => {
    const store = await openTest({ fileName: 'archive-2026-11.json' });
    await store.createBackup('manual');
    expect(await listDir(dir)).toEqual(['archive-2026-11.json', 'archive-2026-11.lock', 'backups']);
    expect((await store.listBackups())[0]?.name).toMatch(/^archive-2026-11-manual-\d{8}-\d{6}\.json$/);
  });

  it('refuses options that cannot be right', async () => {
    await expect(openStore(testOptions(dir, { empty: () => ({ schemaVersion: 2, items: [], zones: [] }) as never }))).rejects.toThrow(
      'empty() has schemaVersion 2',
    );
    await expect(openStore(testOptions(dir, { fileName: '../escape.json' }))).rejects.toThrow('plain file name');
    await expect(openStore(testOptions(dir, { backupsToKeep: 0 }))).rejects.toThrow('backupsToKeep');
    // Nothing was left locked by the refusals.
    await expect(openTest()).resolves.toBeDefined();
  });
});

describe('mutate', () => {
  it('applies the change now, shows it in read() once it is on disk, and resolves with fn’s result', async () => {
    const store = await openTest();
    const pending = store.mutate(addItem('a'));
    // Applied synchronously (the next mutation sees it), but not shown before it is durable.
    expect(store.read().items).toEqual([]);
    const second = store.mutate((doc) => doc.items.map((i) => i.id));
    await expect(pending).resolves.toBe(1);
    await expect(second).resolves.toEqual(['a']);
    expect(store.read().items.map((i) => i.id)).toEqual(['a']);
    expect(await readCommitted(dir)).toMatchObject({ items: [{ id: 'a' }] });
  });

  it('keeps states frozen: a write outside mutate throws and changes nothing', async () => {
    const store = await openTest();
    await store.mutate(addItem('a'));
    const doc = store.read();
    expect(() => doc.items.push({ id: 'x', title: 'sneaky', zone: null })).toThrow(TypeError);
    expect(() => {
      (doc.items[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(store.read().items).toEqual([{ id: 'a', title: 'Job a', zone: null }]);
  });

  it('drops every change of an fn that throws halfway, and hands back drafts as plain frozen copies', async () => {
    const store = await openTest();
    await store.mutate(addItem('a'));
    await expect(
      store.mutate((doc) => {
        doc.items.push({ id: 'half', title: '', zone: null });
        throw new Error('refused after a change');
      }),
    ).rejects.toThrow('refused');
    const item = await store.mutate((doc) => {
      const found = doc.items.find((i) => i.id === 'a')!;
      found.zone = 'North';
      return found;
    });
    expect(item).toEqual({ id: 'a', title: 'Job a', zone: 'North' });
    expect(Object.isFrozen(item)).toBe(true);
    expect(store.read().items).toEqual([{ id: 'a', title: 'Job a', zone: 'North' }]);
  });

  it('writes compact JSON, naming the last journal record the snapshot holds', async () => {
    const store = await openTest();
    await store.mutate(addItem('a'));
    await store.close();
    expect(await readFile(join(dir, 'dispatch.json'), 'utf8')).toBe(
      '{"schemaVersion":3,"items":[{"id":"a","title":"Job a","zone":null}],"zones":[],"journalSeq":1}',
    );
  });

  it('group-commits 100 synchronous mutations into at most 2 journal appends, and rewrites no snapshot', async () => {
    const store = await openTest();
    const snapshots = vi.spyOn(DurableJsonFile.prototype, 'write');
    const writes = vi.spyOn(JournalWriter.prototype, 'append');
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => store.mutate(addItem(`m${i}`))));
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(2);
    expect(snapshots).not.toHaveBeenCalled();
    expect((await readCommitted(dir)).items).toHaveLength(100);
  });

  it('batches mutations made during a write into exactly one next write', async () => {
    const store = await openTest();
    const original = JournalWriter.prototype.append;
    const batches: number[] = [];
    const writes = vi.spyOn(JournalWriter.prototype, 'append').mockImplementation(function (this: JournalWriter, bytes, first, count) {
      batches.push(count);
      return original.call(this, bytes, first, count);
    });
    const first = store.mutate(addItem('first'));
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    const during = Array.from({ length: 40 }, (_, i) => store.mutate(addItem(`d${i}`)));
    await Promise.all([first, ...during]);
    expect(writes).toHaveBeenCalledTimes(2);
    // The first write's records were taken before the others were applied.
    expect(batches).toEqual([1, 40]);
    expect((await readCommitted(dir)).items).toHaveLength(41);
  });

  it('rejects only the call whose fn throws, and writes nothing for it', async () => {
    const store = await openTest();
    const writes = vi.spyOn(JournalWriter.prototype, 'append');
    await expect(
      store.mutate(() => {
        throw new Error('job J-1001 is already assigned');
      }),
    ).rejects.toThrow('already assigned');
    await store.flush();
    expect(writes).not.toHaveBeenCalled();
    await expect(store.mutate(addItem('ok'))).resolves.toBe(1);
  });

  it('on a failed write rejects the whole batch, records the error, rolls back, and the next write holds only later changes', async () => {
    const store = await openTest();
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const writes = vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValueOnce(enospc);
    const failed = await Promise.allSettled([store.mutate(addItem('a')), store.mutate(addItem('b'))]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(store.status().lastWriteError).toBe('ENOSPC: no space left on device, write');
    expect((await readCommitted(dir)).items).toEqual([]);
    // The answer "not saved" is true: memory is back at what is on disk.
    expect(store.read().items).toEqual([]);

    // The next write puts the whole document down, past whatever the failed append left behind.
    const snapshots = vi.spyOn(DurableJsonFile.prototype, 'write');
    await expect(store.mutate(addItem('c'))).resolves.toBe(1);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(snapshots).toHaveBeenCalledTimes(1);
    expect(store.status().lastWriteError).toBeNull();
    expect((await readCommitted(dir)).items.map((i) => i.id)).toEqual(['c']);
  });

  it('rejects an async fn instead of pretending its later changes were saved', async () => {
    const store = await openTest();
    await expect(store.mutate(async () => undefined)).rejects.toThrow('synchronous function');
  });

  it('keeps the order of mutations', async () => {
    const store = await openTest();
    const writes: Promise<number>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(store.mutate(addItem(`o${i}`)));
      if (i % 5 === 0) await writes[i];
    }
    await Promise.all(writes);
    expect((await readCommitted(dir)).items.map((i) => i.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `o${i}`),
    );
  });
});

describe('flush and close', () => {
  it('flush waits for everything mutated so far', async () => {
    const store = await openTest();
    for (let i = 0; i < 10; i++) void store.mutate(addItem(`f${i}`));
    await store.flush();
    expect((await readCommitted(dir)).items).toHaveLength(10);
  });

  it('flush after a failed write has nothing to write: the failed change was rolled back', async () => {
    const store = await openTest();
    const writes = vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValueOnce(new Error('EACCES: permission denied'));
    await expect(store.mutate(addItem('a'))).rejects.toThrow('EACCES');
    await store.flush();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(store.read().items).toEqual([]);
  });

  it('close flushes, releases the lock, and later calls fail with StoreClosedError', async () => {
    const store = await openTest();
    const last = store.mutate(addItem('last'));
    await store.close();
    await expect(last).resolves.toBe(1);
    expect((await readCommitted(dir)).items.map((i) => i.id)).toEqual(['last']);
    expect(await listDir(dir)).not.toContain('dispatch.lock');

    expect(() => store.read()).toThrow(StoreClosedError);
    await expect(store.mutate(addItem('x'))).rejects.toBeInstanceOf(StoreClosedError);
    await expect(store.flush()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(store.listBackups()).rejects.toBeInstanceOf(StoreClosedError);
    await expect(store.createBackup('manual')).rejects.toBeInstanceOf(StoreClosedError);
    await expect(store.restoreBackup('dispatch-2026-11-26.json')).rejects.toBeInstanceOf(StoreClosedError);
    // A second close is harmless (two shutdown paths may both call it).
    await expect(store.close()).resolves.toBeUndefined();

    // The folder can be opened again and holds the data.
    const again = await openTest();
    expect(again.read().items.map((i) => i.id)).toEqual(['last']);
  });

  it('close releases the lock even if the final write fails, and reports the failure', async () => {
    const store = await openTest();
    vi.spyOn(JournalWriter.prototype, 'append').mockRejectedValue(new Error('EROFS: read-only file system'));
    void store.mutate(addItem('lost')).catch(() => undefined);
    await expect(store.close()).rejects.toThrow('EROFS');
    vi.restoreAllMocks();
    expect(await listDir(dir)).not.toContain('dispatch.lock');
  });

  it('removes stale temp files on open and never reads them as data', async () => {
    const first = await openTest();
    await first.mutate(addItem('real'));
    await first.close();
    open.length = 0;
    const stale = 'dispatch.json.99999.7.deadbeef.tmp';
    await writeFile(join(dir, stale), '{"schemaVersion":3,"items":[{"id":"ghost","title":"","zone":null}],"zones":[]}');
    await writeFile(join(dir, 'backups', 'dispatch-2026-11-26.json.99999.8.cafe.tmp'), '{');
    const store = await openTest();
    expect(store.read().items.map((i) => i.id)).toEqual(['real']);
    expect(await listDir(dir)).not.toContain(stale);
    expect((await listDir(join(dir, 'backups'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
