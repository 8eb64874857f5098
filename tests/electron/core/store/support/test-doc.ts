/**
 * A small synthetic document with three schema versions, so the store is tested without the
 * domain schema. Version 1: items are strings; 2: items are `{ id, title }`; 3: items carry a
 * `zone` and the document a `zones` list.
 */
import { readCommittedDocument } from '../../../../../electron/core/store/read-committed';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Migration } from '../../../../../shared/migrations/types';
import type { OpenStoreOptions } from '../../../../../electron/core/store/types';
import { validatorFromSchema } from '../../../../../electron/core/store/validator';

export const TEST_VERSION = 3;

export const TestDocSchema = z.object({
  schemaVersion: z.literal(TEST_VERSION),
  items: z.array(z.object({ id: z.string().min(1), title: z.string(), zone: z.string().nullable() })),
  zones: z.array(z.string()),
});

export type TestDoc = z.infer<typeof TestDocSchema>;

export const testMigrations: Migration[] = [
  {
    version: 2,
    name: 'items-to-records',
    up(data) {
      const doc = data as { items?: unknown };
      if (!Array.isArray(doc.items) || !doc.items.every((t) => typeof t === 'string')) {
        throw new Error('items must be a list of strings');
      }
      return { ...doc, items: doc.items.map((title: string, i) => ({ id: `i${i + 1}`, title })) };
    },
  },
  {
    version: 3,
    name: 'add-zones',
    up(data) {
      const doc = data as { items: { id: string; title: string }[] };
      return { ...doc, items: doc.items.map((item) => ({ ...item, zone: null })), zones: [] };
    },
  },
];

export function emptyTestDoc(): TestDoc {
  return { schemaVersion: TEST_VERSION, items: [], zones: [] };
}

/** Options for `openStore` on `dir` with the test schema; override anything. */
export function testOptions(dir: string, overrides: Partial<OpenStoreOptions<TestDoc>> = {}): OpenStoreOptions<TestDoc> {
  return {
    dir,
    currentVersion: TEST_VERSION,
    migrations: testMigrations,
    validate: validatorFromSchema(TestDocSchema),
    empty: emptyTestDoc,
    onWarning: () => undefined,
    ...overrides,
  };
}

const fixtures = join(import.meta.dirname, '../../../../fixtures/store');

export function fixturePath(name: string): string {
  return join(fixtures, name);
}

/** Copy a fixture into `dir` as `dispatch.json` (or `as`). */
export async function placeFixture(dir: string, name: string, as = 'dispatch.json'): Promise<string> {
  const text = await readFile(fixturePath(name));
  await writeFile(join(dir, as), text);
  return text.toString('utf8');
}

/** A fresh temp folder; `cleanup` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-store-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** What the folder holds as an open would find it: the snapshot plus the journal's records after it. */
export async function readCommitted(dir: string): Promise<TestDoc> {
  return (await readCommittedDocument(dir)) as TestDoc;
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

/** A clock that can be set and moved; starts at 2026-11-26 09:30:00 local time. */
export function fakeClock(start = new Date(2026, 10, 26, 9, 30, 0)) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set(date: Date) {
      current = date.getTime();
    },
    advance(ms: number) {
      current += ms;
    },
  };
}
