import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/core/store/open-store';
import { fakeClock, listDir, placeFixture, readJson, tempDir, testOptions } from './support/test-doc';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

const MOVED = 'dispatch.corrupt-20261126-093000.json';

describe('an unreadable data file', () => {
  it.each([
    ['empty.json', 'not valid JSON: Unexpected end of JSON input'],
    ['truncated.json', /^not valid JSON: /],
    ['not-json.json', /^not valid JSON: /],
    ['no-version.json', 'schemaVersion is missing or not a whole number'],
    ['v3-invalid.json', /^items\.0\.id: /],
  ])('%s is moved aside untouched, the store starts empty and says why', async (fixture, reason) => {
    const original = await placeFixture(dir, fixture);
    const clock = fakeClock();
    const store = await openStore(testOptions(dir, { now: clock.now }));

    const recovery = store.status().recovery;
    expect(recovery).toEqual({
      at: clock.now().toISOString(),
      reason: expect.any(String),
      movedTo: join(dir, MOVED),
      newestGoodBackup: null,
    });
    if (typeof reason === 'string') expect(recovery?.reason).toBe(reason);
    else expect(recovery?.reason).toMatch(reason);

    // Never overwritten: the bad bytes are kept exactly.
    expect(await readFile(join(dir, MOVED), 'utf8')).toBe(original);
    expect(store.read()).toEqual({ schemaVersion: 3, items: [], zones: [] });
    expect(await readJson(join(dir, 'dispatch.json'))).toEqual({ schemaVersion: 3, items: [], zones: [] });
    await store.close();
  });

  it('a second bad file in the same second gets its own name', async () => {
    const clock = fakeClock();
    await writeFile(join(dir, 'dispatch.json'), '{oops');
    await (await openStore(testOptions(dir, { now: clock.now }))).close();
    await writeFile(join(dir, 'dispatch.json'), '{again');
    const store = await openStore(testOptions(dir, { now: clock.now }));
    expect(store.status().recovery?.movedTo).toBe(join(dir, 'dispatch.corrupt-20261126-093000-2.json'));
    expect(await readFile(join(dir, MOVED), 'utf8')).toBe('{oops');
    expect(await readFile(join(dir, 'dispatch.corrupt-20261126-093000-2.json'), 'utf8')).toBe('{again');
    await store.close();
  });

  it('offers the newest backup that parses, migrates and validates, skipping bad newer ones', async () => {
    const backups = join(dir, 'backups');
    await mkdir(backups, { recursive: true });
    const put = async (name: string, text: string, minutesAgo: number) => {
      await writeFile(join(backups, name), text);
      const t = new Date(Date.now() - minutesAgo * 60_000);
      await utimes(join(backups, name), t, t);
    };
    await put('dispatch-2026-11-20.json', await readFile(join(import.meta.dirname, '../../../fixtures/store/v3.json'), 'utf8'), 300);
    // Good, older format (migrates): newer than the one above.
    await put('dispatch-2026-11-21.json', await readFile(join(import.meta.dirname, '../../../fixtures/store/v1.json'), 'utf8'), 200);
    // Newer still, but unusable.
    await put('dispatch-manual-20261125-170000.json', '{"schemaVersion":3,"items":"x","zones":[]}', 100);
    await put('dispatch-2026-11-25.json', '', 50);
    await put('dispatch-pre-restore-20261126-080000.json', '{"schemaVersion":9}', 10);
    // Not a backup name: ignored even though it is newest and good.
    await put('notes.json', '{"schemaVersion":3,"items":[],"zones":[]}', 1);

    await writeFile(join(dir, 'dispatch.json'), '{"schemaVersion":3,');
    const store = await openStore(testOptions(dir));
    expect(store.status().recovery?.newestGoodBackup).toBe('dispatch-2026-11-21.json');

    // Restoring it clears the recovery notice.
    await store.restoreBackup('dispatch-2026-11-21.json');
    expect(store.status().recovery).toBeNull();
    expect(store.read().items.map((i) => i.title)).toEqual(['Fix printer at Acme', 'Replace disk in NAS']);
    await store.close();
  });

  it('does not treat a file it cannot read for other reasons (a folder in its place) as corrupt', async () => {
    await mkdir(join(dir, 'dispatch.json'));
    await expect(openStore(testOptions(dir))).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await listDir(dir)).toEqual(['backups', 'dispatch.json']);
  });
});
