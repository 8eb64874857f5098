import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DurableJsonFile,
  UnreadableFileError,
  fsyncDirectory,
  parseJson,
  removeStaleTempFiles,
  writeFileDurably,
} from '../../../../electron/core/store/durable-json-file';
import { fixturePath, listDir, tempDir } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

describe('writeFileDurably', () => {
  it('creates and then replaces the target, leaving no temp file', async () => {
    const target = join(dir, 'dispatch.json');
    await writeFileDurably(target, '{"a":1}');
    await writeFileDurably(target, '{"a":2}');
    expect(await readFile(target, 'utf8')).toBe('{"a":2}');
    expect(await listDir(dir)).toEqual(['dispatch.json']);
  });

  it('uses a unique temp file per write, so concurrent writes never clobber each other mid-way', async () => {
    const target = join(dir, 'dispatch.json');
    const texts = Array.from({ length: 25 }, (_, i) => JSON.stringify({ n: i, pad: 'x'.repeat(10_000 + i) }));
    await Promise.all(texts.map((text) => writeFileDurably(target, text)));
    // Whole-file replacement: the result is exactly one of the writes, never a mix.
    expect(texts).toContain(await readFile(target, 'utf8'));
    expect(await listDir(dir)).toEqual(['dispatch.json']);
  });

  it('leaves the target untouched and removes its temp file when the rename fails', async () => {
    // A folder where the file should be: open/write of the temp works, rename over it fails.
    const target = join(dir, 'dispatch.json');
    await mkdir(target);
    await expect(writeFileDurably(target, '{"a":1}')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/) });
    expect(await listDir(dir)).toEqual(['dispatch.json']);
  });

  it('fails (and reports the system error) when the folder does not exist', async () => {
    await expect(writeFileDurably(join(dir, 'missing', 'dispatch.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('fsyncDirectory', () => {
  it('syncs an existing folder and throws for a missing one', async () => {
    await expect(fsyncDirectory(dir)).resolves.toBeUndefined();
    await expect(fsyncDirectory(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('parseJson', () => {
  it('reports a zero-byte file as not valid JSON instead of throwing', () => {
    expect(parseJson('')).toEqual({ ok: false, reason: 'not valid JSON: Unexpected end of JSON input' });
  });

  it('reports a truncated file as not valid JSON', async () => {
    const result = parseJson(await readFile(fixturePath('truncated.json'), 'utf8'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^not valid JSON: /) });
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('DurableJsonFile (lowdb adapter)', () => {
  it('reads null for a missing file', async () => {
    expect(await new DurableJsonFile(join(dir, 'dispatch.json')).read()).toBeNull();
  });

  it('round-trips compact JSON', async () => {
    const file = join(dir, 'dispatch.json');
    const adapter = new DurableJsonFile<{ schemaVersion: number; list: number[] }>(file);
    await adapter.write({ schemaVersion: 1, list: [1, 2] });
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":1,"list":[1,2]}');
    expect(await adapter.read()).toEqual({ schemaVersion: 1, list: [1, 2] });
  });

  it('takes its snapshot when write is called, not when the disk is reached', async () => {
    const file = join(dir, 'dispatch.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const doc = { n: 1 };
    const writing = adapter.write(doc);
    doc.n = 2;
    await writing;
    expect(await readFile(file, 'utf8')).toBe('{"n":1}');
  });

  it('throws UnreadableFileError (not a bare SyntaxError) for a file that is not JSON', async () => {
    const file = join(dir, 'dispatch.json');
    await writeFile(file, '');
    const error = await new DurableJsonFile(file).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error).toMatchObject({ reason: 'not valid JSON: Unexpected end of JSON input' });
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only temp files with the given prefix', async () => {
    for (const name of ['dispatch.json', 'dispatch.json.123.1.abcd1234.tmp', 'other.json.1.1.ff.tmp', 'notes.tmp']) {
      await writeFile(join(dir, name), 'x');
    }
    expect(await removeStaleTempFiles(dir, 'dispatch.json.')).toEqual(['dispatch.json.123.1.abcd1234.tmp']);
    expect(await listDir(dir)).toEqual(['dispatch.json', 'notes.tmp', 'other.json.1.1.ff.tmp']);
  });
});
