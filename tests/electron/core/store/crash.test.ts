/**
 * Crash test: a real writer process is SIGKILLed at random moments during a burst of mutations,
 * again and again on the same folder. After every kill the file must parse, validate and contain
 * every acknowledged mutation exactly once; stale locks and temp files must not get in the way.
 */
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/core/store/open-store';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';
import { startWorker } from './support/child';
import { idsOptions, validateIds, type IdsDoc } from './support/ids-doc.mjs';
import { buildStoreBundle, type StoreBundle } from './support/store-bundle';
import { tempDir } from './support/test-doc';

const ROUNDS = 60;
const KILL_AFTER_MS = { min: 5, max: 80 };

let bundle: StoreBundle;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  bundle = await buildStoreBundle();
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => {
  await cleanup?.();
  await bundle?.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety', () => {
  it(`keeps every acknowledged mutation through ${ROUNDS} SIGKILLs`, async () => {
    const started = Date.now();
    const acknowledged = new Set<string>();
    const writesPerRound: number[] = [];
    const acksPerRound: number[] = [];
    let roundsWithLeftoverTemp = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const worker = startWorker('crash-worker.mjs', [bundle.file, dir, String(round)]);
      const ready = await worker.waitFor((line) => line.startsWith('ready '), `ready in round ${round}`);
      // The previous kill never corrupts the file: the store must open without recovery.
      expect(ready.split(' ')[1], `recovery in round ${round}`).toBe('null');
      // And the previous round's acknowledged ids were all there when it opened.
      expect(Number(ready.split(' ')[2])).toBeGreaterThanOrEqual(acknowledged.size);

      // Temp files left by the previous (killed) writer were removed on open; only this
      // worker's own in-flight temp files (its pid is in the name) may exist now.
      const pid = String(worker.child.pid);
      const strangers = (await readdir(dir)).filter((n) => n.endsWith('.tmp') && n.split('.')[2] !== pid);
      expect(strangers, `stale temp files in round ${round}`).toEqual([]);

      await sleep(KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min));
      worker.child.kill('SIGKILL');
      const exit = await worker.closed;
      expect(exit.signal, `worker stderr: ${worker.stderr()}`).toBe('SIGKILL');

      let acks = 0;
      let writes = 0;
      for (const line of worker.lines) {
        if (line.startsWith('a ')) {
          acknowledged.add(line.slice(2));
          acks += 1;
        } else if (line === 'w') writes += 1;
        else if (line.startsWith('error ')) throw new Error(`worker failed in round ${round}: ${line}`);
      }
      acksPerRound.push(acks);
      writesPerRound.push(writes);

      // What a fresh reader sees right after the kill: the snapshot plus the journal after it.
      let parsed: unknown;
      try {
        parsed = await readCommittedDocument(dir);
      } catch (error) {
        throw new Error(`the data folder does not read after round ${round}: ${String(error)}`);
      }
      const checked = validateIds(parsed);
      expect(checked.ok, `invalid after round ${round}: ${checked.ok ? '' : checked.reason}`).toBe(true);
      const counts = new Map<string, number>();
      for (const id of (parsed as IdsDoc).ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
      expect(duplicated, `duplicates after round ${round}`).toEqual([]);
      const missing = [...acknowledged].filter((id) => !counts.has(id));
      expect(missing, `acknowledged but missing after round ${round}`).toEqual([]);

      if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) roundsWithLeftoverTemp += 1;
    }

    // A final open in this process: no recovery, no corrupt files, temp files gone, data intact.
    const store = await openStore<IdsDoc>(idsOptions(dir));
    expect(store.status().recovery).toBeNull();
    const ids = store.read().ids;
    expect(new Set(ids).size).toBe(ids.length);
    expect([...acknowledged].every((id) => ids.includes(id))).toBe(true);
    await store.close();
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.tmp') || n.includes('.corrupt-') || n.endsWith('.journal'))).toEqual([]);

    const sorted = [...writesPerRound].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // The numbers the report quotes; printed so a run shows them.
    console.log(
      `crash test: ${ROUNDS} rounds, ${acknowledged.size} acknowledged mutations ` +
        `(min ${Math.min(...acksPerRound)}/round), snapshots per round min ${sorted[0]} median ${median} max ${sorted.at(-1)}, ` +
        `${roundsWithLeftoverTemp} rounds left a temp file behind, ${ids.length} ids on disk, ${seconds} s`,
    );
    // The test means nothing if the workers did not get to write.
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
  });
});
