import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreTooNewError } from '../../../../electron/core/store/errors';
import { checkVersion, loadParsed, upgrade } from '../../../../electron/core/store/migrate';
import { openStore } from '../../../../electron/core/store/open-store';
import { validatorFromSchema } from '../../../../electron/core/store/validator';
import {
  TestDocSchema,
  fakeClock,
  listDir,
  placeFixture,
  readJson,
  tempDir,
  testMigrations,
  testOptions,
} from './support/test-doc';

const rules = { currentVersion: 3, migrations: testMigrations, validate: validatorFromSchema(TestDocSchema) };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

describe('migration steps (pure)', () => {
  it('0002 items-to-records turns strings into records', () => {
    expect(testMigrations[0]?.up({ schemaVersion: 1, items: ['a', 'b'] })).toEqual({
      schemaVersion: 1,
      items: [
        { id: 'i1', title: 'a' },
        { id: 'i2', title: 'b' },
      ],
    });
  });

  it('upgrade runs the steps in order, stamps each version and validates the result', () => {
    expect(upgrade({ schemaVersion: 1, items: ['a'] }, 1, rules)).toEqual({
      ok: true,
      value: { schemaVersion: 3, items: [{ id: 'i1', title: 'a', zone: null }], zones: [] },
    });
  });

  it('a step that throws gives a reason naming the migration', () => {
    expect(upgrade({ schemaVersion: 1, items: [42] }, 1, rules)).toEqual({
      ok: false,
      reason: 'migration 2 (items-to-records) failed: items must be a list of strings',
    });
  });

  it('a gap in the list is a programming error', () => {
    expect(() => upgrade({ schemaVersion: 1, items: [] }, 1, { ...rules, migrations: [testMigrations[1]!] })).toThrow(
      'No migration produces schemaVersion 2',
    );
  });

  it('checkVersion classifies files', () => {
    expect(checkVersion({ schemaVersion: 3 }, 3)).toEqual({ kind: 'current', version: 3 });
    expect(checkVersion({ schemaVersion: 1 }, 3)).toEqual({ kind: 'older', version: 1 });
    expect(checkVersion({ schemaVersion: 9 }, 3)).toEqual({ kind: 'too-new', version: 9 });
    expect(checkVersion({ schemaVersion: '3' }, 3)).toMatchObject({ kind: 'bad' });
    expect(checkVersion([], 3)).toMatchObject({ kind: 'bad' });
    expect(loadParsed({ schemaVersion: 9 }, rules)).toEqual({ ok: false, reason: 'written by a newer version (schemaVersion 9)' });
  });
});

describe('opening an older file', () => {
  it.each([
    ['v1.json', [{ id: 'i1', title: 'Fix printer at Acme', zone: null }, { id: 'i2', title: 'Replace disk in NAS', zone: null }]],
    ['v2.json', [{ id: 'i1', title: 'Fix printer at Acme', zone: null }, { id: 'i2', title: 'Replace disk in NAS', zone: null }]],
  ])('%s: backs up the original bytes, migrates, validates and writes the current version', async (fixture, items) => {
    const original = await placeFixture(dir, fixture);
    const clock = fakeClock();
    const store = await openStore(testOptions(dir, { now: clock.now }));
    const expected = { schemaVersion: 3, items, zones: [] };
    expect(store.read()).toEqual(expected);
    expect(await readJson(join(dir, 'dispatch.json'))).toEqual(expected);
    expect(store.status().recovery).toBeNull();

    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toContain('dispatch-pre-migration-20261126-093000.json');
    expect(await readFile(join(dir, 'backups', 'dispatch-pre-migration-20261126-093000.json'), 'utf8')).toBe(original);
    // The daily backup taken at open is of the migrated file.
    expect(await readJson(join(dir, 'backups', 'dispatch-2026-11-26.json'))).toEqual(expected);
    await store.close();
  });

  it('a current file is opened as is, with no pre-migration backup', async () => {
    await placeFixture(dir, 'v3.json');
    const store = await openStore(testOptions(dir));
    expect(store.read().zones).toEqual(['north', 'south']);
    expect((await store.listBackups()).map((b) => b.kind)).toEqual(['daily']);
    await store.close();
  });

  it('a file an old migration cannot read is moved aside (after the pre-migration backup)', async () => {
    const original = await placeFixture(dir, 'v1-bad-shape.json');
    const clock = fakeClock();
    const store = await openStore(testOptions(dir, { now: clock.now }));
    expect(store.status().recovery).toMatchObject({
      reason: 'migration 2 (items-to-records) failed: items must be a list of strings',
      movedTo: join(dir, 'dispatch.corrupt-20261126-093000.json'),
    });
    expect(await readFile(join(dir, 'dispatch.corrupt-20261126-093000.json'), 'utf8')).toBe(original);
    expect(store.read()).toEqual({ schemaVersion: 3, items: [], zones: [] });
    await store.close();
  });
});

describe('opening a file from a newer version', () => {
  it('refuses with StoreTooNewError, leaves the file byte for byte, moves nothing, and releases the lock', async () => {
    const original = await placeFixture(dir, 'v9-newer.json');
    const error = await openStore(testOptions(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreTooNewError);
    expect(error).toMatchObject({ code: 'STORE_TOO_NEW', reason: 'written by a newer version (schemaVersion 9)', fileVersion: 9 });
    expect((error as Error).message).toContain('Install the newer version');
    expect(await readFile(join(dir, 'dispatch.json'), 'utf8')).toBe(original);
    expect(await listDir(dir)).toEqual(['backups', 'dispatch.json']);
    expect(await listDir(join(dir, 'backups'))).toEqual([]);
  });
});
