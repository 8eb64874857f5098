import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/create-core';
import { folderDestination, readArchive, readFolderShop, DATA_FILE } from '../../../../electron/core/database/folder-destination';
import { moveShop, ShopMoveError } from '../../../../electron/core/database/shop-move';
import type { ShopDestination, ShopWriteTransaction } from '../../../../electron/core/database/shop-move';
import { canonicalJson, digestShop, recordHash, shopChecksum } from '../../../../electron/core/database/shop-records';
import type { ShopSnapshot } from '../../../../electron/core/database/shop-records';
import { nodeFileSystem } from '../../../../electron/core/store/file-system';
import type { FileSystem } from '../../../../electron/core/store/file-system';
import { fixtureDocument, quietLog } from '../support/harness';
import { makeArchiveEntry, makeJob } from '../../../support/factories';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shop-move-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function shop(): ShopSnapshot {
  const document = fixtureDocument();
  document.jobs.push(makeJob({ id: 'job-active', number: 'J-2001', clientId: document.clients[0]!.id }));
  const archive = [
    { format: 'dispatch-archive' as const, version: 1 as const, month: '2026-09', entries: [makeArchiveEntry({ id: 'job-old-1', number: 'J-901' })] },
    {
      format: 'dispatch-archive' as const,
      version: 1 as const,
      month: '2026-10',
      entries: [makeArchiveEntry({ id: 'job-old-2', number: 'J-950' }), makeArchiveEntry({ id: 'job-old-3', number: 'J-951' })],
    },
  ];
  return { document, archive };
}

/** What a folder holds, file by file, to prove it was not touched. */
async function contentsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) out[join(name.parentPath, name.name)] = await readFile(join(name.parentPath, name.name), 'utf8');
  }
  return out;
}

describe('record hashes', () => {
  it('hash the same data the same whatever the key order, and differently when any value differs', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    expect(recordHash({ a: 1, b: 2 })).toBe(recordHash({ b: 2, a: 1 }));
    expect(recordHash({ a: 1, b: 2 })).not.toBe(recordHash({ a: 1, b: 3 }));
  });

  it('count every record of the shop, archived jobs and the single values included', () => {
    const s = shop();
    const digest = digestShop(s);
    expect([...digest.keys()].filter((k) => k.startsWith('archivedJobs/'))).toEqual([
      'archivedJobs/2026-09/job-old-1',
      'archivedJobs/2026-10/job-old-2',
      'archivedJobs/2026-10/job-old-3',
    ]);
    expect(digest.get('jobs/job-active')).toBe(recordHash(s.document.jobs.at(-1)));
    expect(digest.has('shop/settings') && digest.has('shop/nextJobNumber') && digest.has('shop/alertState')).toBe(true);
  });
});

describe('moving a shop into an empty destination (export to a new data folder)', () => {
  it('copies everything, verifies it record by record, and only then switches', async () => {
    const source = shop();
    const target = join(root, 'exported');
    const order: string[] = [];
    const report = await moveShop({
      source,
      destination: folderDestination(target),
      switchTo: async () => {
        order.push('switch');
        // The switch sees the whole, verified copy already in place.
        expect(await readFolderShop(target)).toEqual(source);
      },
    });
    expect(order).toEqual(['switch']);
    expect(report.destination).toBe(target);
    expect(report.checksum).toBe(shopChecksum(digestShop(source)));
    expect(report.counts.find((c) => c.kind === 'archivedJobs')?.count).toBe(3);
    expect(report.counts.find((c) => c.kind === 'jobs')?.count).toBe(source.document.jobs.length);
    expect(report.records).toBe(digestShop(source).size);
    expect(await readdir(root)).toEqual(['exported']);
  });

  it('leaves a data folder the app opens as the same shop', async () => {
    const source = shop();
    const target = join(root, 'exported');
    await moveShop({ source, destination: folderDestination(target), switchTo: async () => {} });
    const core = await createCore({ dataDir: target, host: 'headless', version: '0.0.0-test', log: quietLog, clock: { now: () => new Date('2026-10-05T09:00:00Z') } });
    try {
      expect(core.store.read()).toEqual(source.document);
      expect(await readArchive(join(target, 'archive'))).toEqual(source.archive);
    } finally {
      await core.close();
    }
  });

  it('goes into a folder that exists but is empty', async () => {
    const target = join(root, 'empty');
    await mkdir(target);
    await moveShop({ source: shop(), destination: folderDestination(target), switchTo: async () => {} });
    expect(await readdir(target)).toContain(DATA_FILE);
  });

  it('refuses a folder that holds anything, and copies nothing', async () => {
    const target = join(root, 'busy');
    await mkdir(target);
    await writeFile(join(target, DATA_FILE), '{"someone":"else"}');
    let switched = false;
    const move = moveShop({ source: shop(), destination: folderDestination(target), switchTo: async () => void (switched = true) });
    await expect(move).rejects.toMatchObject({ reason: 'not-empty', message: expect.stringMatching(/already holds shop data\. Nothing was copied/) });
    expect(switched).toBe(false);
    expect(await contentsOf(target)).toEqual({ [join(target, DATA_FILE)]: '{"someone":"else"}' });
    expect(await readdir(root)).toEqual(['busy']);
  });

  it('a failure mid-copy leaves no target, no half-written folder, and the source untouched', async () => {
    const sourceDir = join(root, 'source');
    const source = shop();
    await moveShop({ source, destination: folderDestination(sourceDir), switchTo: async () => {} });
    const before = await contentsOf(sourceDir);

    // The disk fills up while the second month file is written.
    let archiveWrites = 0;
    const failing: FileSystem = {
      ...nodeFileSystem,
      open: async (path, flags) => {
        if (flags === 'wx' && path.includes('jobs-') && ++archiveWrites === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFileSystem.open(path, flags);
      },
    };
    let switched = false;
    const move = moveShop({ source: await readFolderShop(sourceDir), destination: folderDestination(join(root, 'target'), failing), switchTo: async () => void (switched = true) });
    await expect(move).rejects.toMatchObject({ reason: 'failed', message: expect.stringMatching(/ENOSPC.*Nothing was kept there/) });
    expect(archiveWrites).toBe(2);
    expect(switched).toBe(false);
    expect(await readdir(root)).toEqual(['source']);
    expect(await contentsOf(sourceDir)).toEqual(before);
  });
});

describe('verification', () => {
  /** A destination that stores what it is given, but serves it back changed, as a faulty store would. */
  function lossyDestination(change: (copy: ShopSnapshot) => void): ShopDestination & { committed: boolean } {
    const state = { committed: false };
    return Object.assign(state, {
      describe: () => 'the test database',
      async transaction<R>(work: (tx: ShopWriteTransaction) => Promise<R>) {
        let held: ShopSnapshot | null = null;
        const result = await work({
          isEmpty: async () => true,
          write: async (s) => void (held = structuredClone(s)),
          readBack: async () => {
            const copy = structuredClone(held!);
            change(copy);
            return copy;
          },
        });
        state.committed = true;
        return result;
      },
    });
  }

  it.each([
    ['a record changed on the way', (c: ShopSnapshot) => void (c.document.jobs[0]!.title = 'Changed on the way'), /1 record different \(jobs\//],
    ['a record lost', (c: ShopSnapshot) => void c.archive[1]!.entries.pop(), /1 record missing \(archivedJobs\/2026-10\/job-old-3\)/],
    ['a record added', (c: ShopSnapshot) => void c.document.parts.push({ id: 'p-x', name: 'Ghost', unitPriceMinor: 1 } as never), /1 record unexpected \(parts\/p-x\)/],
    ['the job counter off by one', (c: ShopSnapshot) => void (c.document.nextJobNumber += 1), /shop\/nextJobNumber/],
  ])('refuses the copy when %s, and never commits or switches', async (_what, change, message) => {
    const destination = lossyDestination(change);
    let switched = false;
    const move = moveShop({ source: shop(), destination, switchTo: async () => void (switched = true) });
    await expect(move).rejects.toBeInstanceOf(ShopMoveError);
    await expect(move).rejects.toMatchObject({ reason: 'mismatch', message: expect.stringMatching(message) });
    expect(destination.committed).toBe(false);
    expect(switched).toBe(false);
  });
});
