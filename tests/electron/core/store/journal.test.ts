/**
 * The journal on open: what is replayed, what is dropped as a torn tail (never acknowledged), and
 * what refuses to open because acknowledged changes would be lost.
 */
import { appendFile, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalCorruptError } from '../../../../electron/core/store/errors';
import { decodeSegment, encodeRecords, HEADER_BYTES } from '../../../../electron/core/store/journal-format';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Store } from '../../../../electron/core/store/types';
import { readCommitted, tempDir, testOptions, type TestDoc } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;
let warnings: string[];
const open: Store<TestDoc>[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  warnings = [];
});
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined);
  await cleanup();
});

async function openTest(): Promise<Store<TestDoc>> {
  const store = await openStore(testOptions(dir, { onWarning: (m) => void warnings.push(m) }));
  open.push(store);
  return store;
}

const add = (id: string) => (doc: TestDoc) => void doc.items.push({ id, title: id, zone: null });

/**
 * A folder as a host leaves it when it stops without closing: a snapshot holding `inSnapshot`
 * items, and one journal segment with a record for each of `inJournal`. Returns the segment's path.
 */
async function stoppedHost(inSnapshot: string[], inJournal: string[]): Promise<string> {
  const store = await openTest();
  for (const id of inSnapshot) await store.mutate(add(id));
  await store.close();
  open.length = 0;
  const seq = inSnapshot.length;
  const records = inJournal.map((id, i) => ({
    seq: seq + 1 + i,
    v: 3,
    p: [{ op: 'add' as const, path: ['items', seq + i], value: { id, title: id, zone: null } }],
  }));
  const segment = join(dir, `dispatch.${String(seq + 1).padStart(12, '0')}.journal`);
  await writeFile(segment, encodeRecords(records));
  return segment;
}

const ids = (store: Store<TestDoc>) => store.read().items.map((i) => i.id);
const journals = async () => (await readdir(dir)).filter((n) => n.endsWith('.journal'));

describe('replay on open', () => {
  it('applies every record after the snapshot, folds them into a new snapshot and starts a fresh journal', async () => {
    await stoppedHost(['a'], ['b', 'c']);
    const store = await openTest();
    expect(ids(store)).toEqual(['a', 'b', 'c']);
    expect(await journals()).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'dispatch.json'), 'utf8'))).toMatchObject({ journalSeq: 3 });
    // Numbering goes on after the replayed records.
    await store.mutate(add('d'));
    expect(await journals()).toEqual(['dispatch.000000000004.journal']);
  });

  it('reproduces the running document exactly: replayed state equals what the host held', async () => {
    const store = await openTest();
    await store.mutate(add('a'));
    await store.mutate((doc) => {
      doc.items[0]!.zone = 'North';
      doc.zones.push('North', 'South');
    });
    await store.mutate((doc) => void doc.zones.splice(0, 1));
    await store.mutate((doc) => void doc.items.unshift({ id: 'first', title: 'x', zone: null }));
    const held = store.read();
    expect(await readCommitted(dir)).toEqual(held);
  });

  it('an empty journal segment changes nothing', async () => {
    const segment = await stoppedHost(['a'], []);
    expect((await readFile(segment)).length).toBe(0);
    const store = await openTest();
    expect(ids(store)).toEqual(['a']);
    expect(warnings).toEqual([]);
  });

  it('skips records the snapshot already holds (a rotation cut short before the segment was deleted)', async () => {
    const store = await openTest();
    for (const id of ['a', 'b', 'c']) await store.mutate(add(id));
    await store.close();
    open.length = 0;
    // The journal the snapshot (journalSeq 3) replaced, left behind, plus a newer segment.
    await writeFile(
      join(dir, 'dispatch.000000000001.journal'),
      encodeRecords(['a', 'b', 'c'].map((id, i) => ({ seq: i + 1, v: 3, p: [{ op: 'add', path: ['items', i], value: { id, title: id, zone: null } }] }))),
    );
    await writeFile(join(dir, 'dispatch.000000000004.journal'), encodeRecords([{ seq: 4, v: 3, p: [{ op: 'add', path: ['items', 3], value: { id: 'd', title: 'd', zone: null } }] }]));
    expect(ids(await openTest())).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('a damaged journal', () => {
  it('drops a torn tail record (cut inside its payload), keeps the ones before it, and says so', async () => {
    const segment = await stoppedHost(['a'], ['b', 'c']);
    const size = (await readFile(segment)).length;
    await truncate(segment, size - 5);
    const store = await openTest();
    expect(ids(store)).toEqual(['a', 'b']);
    expect(warnings.join('\n')).toMatch(/dropped \d+ bytes .*runs past the end of the file.*never acknowledged/);
  });

  it('drops a tail cut inside the record header', async () => {
    const segment = await stoppedHost(['a'], ['b']);
    await appendFile(segment, Buffer.from('DCJ1\x05', 'latin1'));
    expect(ids(await openTest())).toEqual(['a', 'b']);
    expect(warnings.join('\n')).toMatch(/header cut short/);
  });

  it('drops a last record whose checksum does not match', async () => {
    const segment = await stoppedHost(['a'], ['b', 'c']);
    const bytes = await readFile(segment);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0xff, bytes.length - 3);
    await writeFile(segment, bytes);
    expect(ids(await openTest())).toEqual(['a', 'b']);
    expect(warnings.join('\n')).toMatch(/checksum mismatch/);
  });

  it('drops a last record whose length runs past the end of the file', async () => {
    const segment = await stoppedHost(['a'], ['b', 'c']);
    const bytes = await readFile(segment);
    expect(decodeSegment(bytes).records).toHaveLength(2);
    const secondStart = bytes.indexOf('DCJ1', 1);
    bytes.writeUInt32LE(10_000, secondStart + 4);
    await writeFile(segment, bytes);
    expect(ids(await openTest())).toEqual(['a', 'b']);
    expect(warnings.join('\n')).toMatch(/runs past the end/);
  });

  it('refuses a bad checksum in the middle (intact records follow it) and changes no file', async () => {
    const segment = await stoppedHost(['a'], ['b', 'c', 'd']);
    const bytes = await readFile(segment);
    bytes.writeUInt8(bytes.readUInt8(HEADER_BYTES + 2) ^ 0xff, HEADER_BYTES + 2);
    await writeFile(segment, bytes);
    const before = await readdir(dir);
    await expect(openTest()).rejects.toThrow(JournalCorruptError);
    await expect(openTest()).rejects.toThrow(/checksum mismatch at byte 0, with intact records after it/);
    expect((await readdir(dir)).sort()).toEqual(before.filter((n) => n !== 'dispatch.lock').sort());
    expect(await readFile(segment)).toEqual(bytes);
  });

  it('refuses damage in a segment that is not the newest', async () => {
    const segment = await stoppedHost(['a'], ['b']);
    await writeFile(join(dir, 'dispatch.000000000003.journal'), encodeRecords([{ seq: 3, v: 3, p: [] }]));
    await truncate(segment, (await readFile(segment)).length - 1);
    await expect(openTest()).rejects.toThrow(/not the newest/);
  });

  it('refuses a gap in the numbering (acknowledged records are missing)', async () => {
    await stoppedHost(['a'], []);
    await writeFile(join(dir, 'dispatch.000000000005.journal'), encodeRecords([{ seq: 5, v: 3, p: [] }]));
    await expect(openTest()).rejects.toThrow(/record 5 follows record 1/);
  });

  it('refuses a record written for another schema version', async () => {
    await stoppedHost(['a'], []);
    await writeFile(join(dir, 'dispatch.000000000002.journal'), encodeRecords([{ seq: 2, v: 2, p: [] }]));
    await expect(openTest()).rejects.toThrow(/schemaVersion 2/);
  });

  it('refuses a journal with no snapshot to apply it to', async () => {
    await writeFile(join(dir, 'dispatch.000000000001.journal'), encodeRecords([{ seq: 1, v: 3, p: [] }]));
    await expect(openTest()).rejects.toThrow(/there is a journal but no/);
  });

  it('moves the journal aside with an unreadable snapshot, so it is never applied to a new document', async () => {
    await stoppedHost(['a'], ['b']);
    await writeFile(join(dir, 'dispatch.json'), '{"schemaVersion": 3, "items": [');
    const store = await openTest();
    expect(store.status().recovery?.movedTo).toMatch(/dispatch\.corrupt-/);
    expect(ids(store)).toEqual([]);
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.journal') && !n.includes('.corrupt-'))).toEqual([]);
    expect(names.some((n) => n.includes('.corrupt-') && n.endsWith('dispatch.000000000002.journal'))).toBe(true);
  });
});

describe('snapshot rotation', () => {
  it('after N records folds the journal into the snapshot in the background and deletes the old segment', async () => {
    const store = await openStore(testOptions(dir, { snapshots: { afterRecords: 3 } }));
    open.push(store);
    for (const id of ['a', 'b', 'c']) await store.mutate(add(id));
    await store.mutate(add('d'));
    await store.flush();
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(dir, 'dispatch.json'), 'utf8'))).toMatchObject({ journalSeq: 3 }));
    await vi.waitFor(async () => expect(await journals()).toEqual(['dispatch.000000000004.journal']));
    expect((await readCommitted(dir)).items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
