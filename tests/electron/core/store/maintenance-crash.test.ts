/**
 * Crash test for maintenance plans: a real core makes due visits into jobs while its clock runs a
 * day ahead on every turn (plans edited and visits skipped in between), and is SIGKILLed at a
 * random moment, again and again on the same folder. After every kill, each plan must have exactly
 * one job per occurrence its cursor has passed (no duplicate, no gap), none for a skipped one, and
 * every answered skip must be on disk.
 */
import { describe, expect, it } from 'vitest';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';
import { occurrenceDays } from '../../../../shared/domain/maintenance-rule';
import { validateDocument } from '../../../../shared/schemas/document';
import { startWorker } from './support/child';
import { useCoreCrashFixture } from './support/core-crash-fixture';

const ROUNDS = 20;
const KILL_AFTER_MS = { min: 0, max: 250 };

const crash = useCoreCrashFixture();

describe('maintenance crash safety', () => {
  it(`makes each visit exactly once through ${ROUNDS} SIGKILLs during occurrence creation`, async () => {
    const skips = new Set<string>();
    let runs = 0;
    let jobs = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const worker = startWorker('maintenance-crash-worker.mjs', [crash.bundleFile, crash.dir, String(round)]);
      await worker.waitFor((line) => line.startsWith('ready'), `ready in round ${round}`);
      // At least one run answered per round, however slow the machine; then a kill at a random
      // moment of the runs that follow (they run back to back, so it lands in making jobs).
      await worker.waitFor((line) => line.startsWith('g '), `a run in round ${round}`);
      await crash.pauseBetween(KILL_AFTER_MS);
      worker.child.kill('SIGKILL');
      const exit = await worker.closed;
      expect(exit.signal, `worker stderr: ${worker.stderr()}`).toBe('SIGKILL');
      for (const line of worker.lines) {
        if (line.startsWith('error ')) throw new Error(`worker failed in round ${round}: ${line}`);
        if (line.startsWith('g ')) runs += 1;
        if (line.startsWith('s ')) skips.add(line.slice(2).replace(' ', '|'));
      }

      const checked = validateDocument(await readCommittedDocument(crash.dir));
      expect(checked.ok, `invalid after round ${round}: ${checked.ok ? '' : checked.reason}`).toBe(true);
      if (!checked.ok) return;
      const doc = checked.value;
      expect(doc.maintenancePlans).toHaveLength(3);
      const keys = doc.jobs.filter((j) => j.maintenance).map((j) => `${j.maintenance?.planId}|${j.maintenance?.occurrenceDate}`);
      expect(keys.length - new Set(keys).size, `duplicate visits after round ${round}`).toBe(0);
      for (const plan of doc.maintenancePlans) {
        const skipped = new Set(plan.exceptions.filter((e) => e.action === 'skip').map((e) => e.date));
        // The plan was made on this day (UTC shop), and its first run started there.
        const first = plan.createdAt.slice(0, 10);
        const expected = occurrenceDays(plan.rule, plan.startDay, plan.endDay, first, plan.createdThrough ?? first).filter((d) => !skipped.has(d));
        const actual = doc.jobs.filter((j) => j.maintenance?.planId === plan.id).map((j) => j.maintenance?.occurrenceDate);
        expect(actual, `${plan.title}: visits on disk after round ${round}`).toEqual(expected);
      }
      const onDisk = new Set(doc.maintenancePlans.flatMap((p) => p.exceptions.map((e) => `${p.id}|${e.date}`)));
      expect([...skips].filter((s) => !onDisk.has(s)), `answered skips missing after round ${round}`).toEqual([]);
      jobs = keys.length;
    }
    console.log(`maintenance crash test: ${ROUNDS} SIGKILL rounds, ${runs} answered runs, ${jobs} visits, ${skips.size} skips, 0 duplicates, 0 gaps`);
    // The test means nothing unless the workers got far enough to be killed while making jobs.
    expect(runs).toBeGreaterThan(ROUNDS);
    expect(jobs).toBeGreaterThan(ROUNDS);
    expect(skips.size).toBeGreaterThan(0);
  });
});
