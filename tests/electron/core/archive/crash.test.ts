/**
 * Crash test for archiving: a real process adds finished jobs and archives them in small batches
 * and is SIGKILLed at random moments, again and again on the same folder. After every kill the
 * files must parse and validate, and after the start-up pass (what the host runs on open) every
 * acknowledged job must be in exactly one place: the active file or one archive month.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveFiles } from '../../../../electron/core/archive/archive-files';
import { ArchiveFileSchema } from '../../../../electron/core/archive/archive-format';
import { ArchiveIndex } from '../../../../electron/core/archive/archive-index';
import { Archiver } from '../../../../electron/core/archive/archiver';
import { openStore } from '../../../../electron/core/store/open-store';
import { migrations } from '../../../../shared/migrations/index';
import { CURRENT_SCHEMA_VERSION, validateDocument } from '../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { startWorker } from '../store/support/child';
import { fixtureDocument, quietLog } from '../support/harness';
import { buildArchiveBundle } from './support/archive-bundle';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';

const ROUNDS = 32;
const KILL_AFTER_MS = { min: 0, max: 100 };

let bundle: { file: string; cleanup(): Promise<void> };
let dir: string;

beforeAll(async () => {
  bundle = await buildArchiveBundle();
  dir = await mkdtemp(join(tmpdir(), 'dispatch-archive-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await bundle?.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function storeOptions(empty: () => DispatchDocument = () => fixtureDocument('UTC')) {
  return { dir, currentVersion: CURRENT_SCHEMA_VERSION, migrations, validate: validateDocument, empty, onWarning: () => {} };
}

/** Where every job id is right now: count in the active file and in the archive files (all validated). */
async function census(): Promise<{ active: Map<string, number>; archived: Map<string, number> }> {
  const doc = validateDocument((await readCommittedDocument(dir)));
  if (!doc.ok) throw new Error(`dispatch.json does not validate: ${doc.reason}`);
  const active = new Map<string, number>();
  for (const j of doc.value.jobs) active.set(j.id, (active.get(j.id) ?? 0) + 1);
  const archived = new Map<string, number>();
  const names = (await readdir(join(dir, 'archive')).catch(() => [] as string[])).filter((n) => /^jobs-\d{4}-\d{2}\.json$/.test(n));
  for (const name of names) {
    const file = ArchiveFileSchema.safeParse(JSON.parse(await readFile(join(dir, 'archive', name), 'utf8')));
    if (!file.success) throw new Error(`${name} does not validate: ${file.error.message}`);
    for (const e of file.data.entries) archived.set(e.job.id, (archived.get(e.job.id) ?? 0) + 1);
  }
  return { active, archived };
}

/** What the host does on start: open the folder and run the archive pass; returns the moved count. */
async function startUpPass(): Promise<number> {
  const store = await openStore<DispatchDocument>(storeOptions());
  expect(store.status().recovery).toBeNull();
  const files = new ArchiveFiles(join(dir, 'archive'));
  await files.prepare();
  const archiver = new Archiver({ store, files, index: new ArchiveIndex(files), clock: { now: () => new Date() }, log: quietLog });
  const run = await archiver.run();
  expect(run.problems).toEqual([]);
  await store.close();
  return run.moved;
}

describe('crash safety of archiving', () => {
  it(`keeps every acknowledged job in exactly one place through ${ROUNDS} SIGKILLs`, async () => {
    const first = await openStore<DispatchDocument>(storeOptions());
    await first.close();

    const acknowledged = new Set<string>();
    let batches = 0;
    let roundsWithBoth = 0;
    let healed = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const worker = startWorker('../../archive/support/archive-crash-worker.mjs', [bundle.file, dir, String(round)]);
      await worker.waitFor((line) => line === 'ready', `ready in round ${round}`);
      // Kill at a random moment once archiving is under way (a slow machine must not kill idle workers).
      await worker.waitFor((line) => line.startsWith('b ') && line !== 'b 0', `an archive batch in round ${round}`);
      await sleep(KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
      worker.child.kill('SIGKILL');
      const exit = await worker.closed;
      expect(exit.signal, `worker stderr: ${worker.stderr()}`).toBe('SIGKILL');
      for (const line of worker.lines) {
        if (line.startsWith('a ')) acknowledged.add(line.slice(2));
        else if (line.startsWith('b ') && line !== 'b 0') batches += 1;
        else if (line.startsWith('error ')) throw new Error(`worker failed in round ${round}: ${line}`);
      }

      // Right after the kill: everything parses and validates; nothing acknowledged is missing;
      // no id is twice in one place (a job in both places is the window the next pass closes).
      const before = await census();
      for (const [id, n] of [...before.active, ...before.archived]) expect(n, `${id} twice in one place, round ${round}`).toBe(1);
      const missing = [...acknowledged].filter((id) => !before.active.has(id) && !before.archived.has(id));
      expect(missing, `acknowledged but missing after round ${round}`).toEqual([]);
      const both = [...before.active.keys()].filter((id) => before.archived.has(id));
      if (both.length > 0) roundsWithBoth += 1;

      healed += await startUpPass();
      const after = await census();
      for (const id of acknowledged) {
        const places = (after.active.get(id) ?? 0) + (after.archived.get(id) ?? 0);
        expect(places, `${id} after the start-up pass in round ${round}`).toBe(1);
      }
      // Every job the workers made is 31+ days old, so after the pass none is left active.
      expect([...after.active.keys()].filter((id) => acknowledged.has(id))).toEqual([]);
    }

    const leftovers = (await readdir(join(dir, 'archive'))).filter((n) => !/^jobs-\d{4}-\d{2}\.json$/.test(n));
    expect(leftovers, 'temp files the start-up pass should have cleared').toEqual([]);
    console.log(
      `archive crash test: ${ROUNDS} rounds, ${acknowledged.size} acknowledged jobs, ${batches} archive batches, ` +
        `${roundsWithBoth} kills left a job in both places (healed on start), ${healed} jobs moved by start-up passes`,
    );
    // The test means nothing if the workers did not get to archive.
    expect(batches).toBeGreaterThan(ROUNDS);
  }, 180_000);
});
