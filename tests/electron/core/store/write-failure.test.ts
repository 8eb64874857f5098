/**
 * A write that fails (disk full, I/O error) at any step — appending to the journal or fsyncing it;
 * for the snapshot, writing the temp file, fsyncing it, renaming it into place — leaves nothing of
 * its changes anywhere: the call fails, `read()` does not show it, no later write carries it, a
 * reopen does not replay it, and changes queued behind the failed write fail with it.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Store } from '../../../../electron/core/store/types';
import { faultyFs, type FaultOp } from './support/faulty-fs';
import { readCommitted, readJson, tempDir, testOptions, type TestDoc } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;
const open: Store<TestDoc>[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await cleanup();
});

function addItem(id: string) {
  return (doc: TestDoc) => {
    doc.items.push({ id, title: `Job ${id}`, zone: null });
    return doc.items.length;
  };
}

const onDisk = async () => (await readCommitted(dir)).items.map((i) => i.id);

describe.each<[FaultOp, string]>([
  ['write', 'ENOSPC'],
  ['write', 'EIO'],
  ['fsync', 'ENOSPC'],
  ['fsync', 'EIO'],
])('a journal append failing on %s with %s', (op, code) => {
  it('fails the call and every change queued behind it, keeps none of them, and the store goes on', async () => {
    const fs = faultyFs();
    const store = await openStore(testOptions(dir, { fs }));
    open.push(store);
    await store.mutate(addItem('before'));

    fs.fail(op, code, '.journal');
    const held = fs.hold();
    const failing = store.mutate(addItem('lost-1'));
    failing.catch(() => undefined);
    await held.reached;
    // Applied while the failing write is in flight: built on its changes, so it fails with it.
    const behind = [store.mutate(addItem('lost-2')), store.mutate(addItem('lost-3'))];
    for (const p of behind) p.catch(() => undefined);
    held.release();

    await expect(failing).rejects.toMatchObject({ code });
    for (const p of behind) await expect(p).rejects.toMatchObject({ code });
    expect(store.status().lastWriteError).toMatch(code);
    expect(store.read().items.map((i) => i.id)).toEqual(['before']);
    expect(await onDisk()).toEqual(['before']);

    // The next change, once the disk is back, neither carries the lost ones nor is refused.
    fs.heal();
    await expect(store.mutate(addItem('after'))).resolves.toBe(2);
    expect(store.read().items.map((i) => i.id)).toEqual(['before', 'after']);
    expect(await onDisk()).toEqual(['before', 'after']);
    expect(store.status().lastWriteError).toBeNull();
    await store.close();

    const again = await openStore(testOptions(dir));
    open.push(again);
    expect(again.read().items.map((i) => i.id)).toEqual(['before', 'after']);
  });

  it('keeps failing while the disk does, and the flush at close reports it', async () => {
    const fs = faultyFs();
    const store = await openStore(testOptions(dir, { fs }));
    open.push(store);
    // The journal and, for every change after the first failure, the snapshot that replaces it.
    fs.fail(op, code, 'dispatch');
    for (let i = 0; i < 3; i++) await expect(store.mutate(addItem(`x${i}`))).rejects.toMatchObject({ code });
    expect(store.read().items).toEqual([]);
    // Nothing is left over to write: the changes are gone, not waiting.
    await expect(store.flush()).resolves.toBeUndefined();
    fs.heal();
    await store.mutate(addItem('ok'));
    expect(await onDisk()).toEqual(['ok']);
  });
});

describe.each<[FaultOp, string]>([
  ['write', 'EIO'],
  ['fsync', 'ENOSPC'],
  ['rename', 'ENOSPC'],
  ['rename', 'EIO'],
])('the snapshot after a failed append failing on %s with %s', (op, code) => {
  it('fails that change too, and the next one is saved whole', async () => {
    const fs = faultyFs();
    const store = await openStore(testOptions(dir, { fs }));
    open.push(store);
    await store.mutate(addItem('before'));
    fs.fail('fsync', 'EIO', '.journal');
    await expect(store.mutate(addItem('lost-1'))).rejects.toMatchObject({ code: 'EIO' });
    fs.fail(op, code, 'dispatch.json');
    await expect(store.mutate(addItem('lost-2'))).rejects.toMatchObject({ code });
    expect(store.read().items.map((i) => i.id)).toEqual(['before']);
    fs.heal();
    await expect(store.mutate(addItem('after'))).resolves.toBe(2);
    expect(await onDisk()).toEqual(['before', 'after']);
    await store.close();
    const again = await openStore(testOptions(dir));
    open.push(again);
    expect(again.read().items.map((i) => i.id)).toEqual(['before', 'after']);
  });
});

describe('backups on a failing disk', () => {
  it('a manual backup holds what is on disk, never a change whose write is still running', async () => {
    const fs = faultyFs();
    const store = await openStore(testOptions(dir, { fs }));
    open.push(store);
    await store.mutate(addItem('saved'));
    fs.fail('fsync', 'EIO', '.journal');
    const held = fs.hold();
    const failing = store.mutate(addItem('unsaved'));
    failing.catch(() => undefined);
    await held.reached;
    const backup = await store.createBackup('manual');
    held.release();
    await expect(failing).rejects.toMatchObject({ code: 'EIO' });
    const text = (await readJson(join(dir, 'backups', backup.name))) as TestDoc;
    expect(text.items.map((i) => i.id)).toEqual(['saved']);
  });
});
