/**
 * Crash test for intake: a real core receives intake calls, each externalRef sent twice (the second
 * often while the first is still being written), and is SIGKILLed at a random moment, again and
 * again on the same folder. Every job ever answered (201 created or 200 already exists) must be on
 * disk afterwards, with the id it was answered with, and each reference at most once.
 */
import { describe, expect, it } from 'vitest';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';
import { validateDocument } from '../../../../shared/schemas/document';
import { startWorker } from './support/child';
import { useCoreCrashFixture } from './support/core-crash-fixture';

const ROUNDS = 25;
const KILL_AFTER_MS = { min: 40, max: 400 };

const crash = useCoreCrashFixture();

describe('intake crash safety', () => {
  it(`never loses a job it answered for, through ${ROUNDS} SIGKILLs with every reference sent twice`, async () => {
    /** externalRef → the job id it was answered with. */
    const answered = new Map<string, string>();
    let answers = 0;
    let repeats = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const worker = startWorker('intake-crash-worker.mjs', [crash.bundleFile, crash.dir, String(round)]);
      await worker.waitFor((line) => line.startsWith('ready '), `ready in round ${round}`);
      await crash.pauseBetween(KILL_AFTER_MS);
      worker.child.kill('SIGKILL');
      const exit = await worker.closed;
      expect(exit.signal, `worker stderr: ${worker.stderr()}`).toBe('SIGKILL');
      for (const line of worker.lines) {
        if (line.startsWith('error ')) throw new Error(`worker failed in round ${round}: ${line}`);
        if (!line.startsWith('a ')) continue;
        const [, ref, id, status] = line.split(' ') as [string, string, string, string];
        const earlier = answered.get(ref);
        expect(earlier === undefined || earlier === id, `${ref} answered with two different jobs`).toBe(true);
        answered.set(ref, id);
        answers += 1;
        if (status === '200') repeats += 1;
      }

      const checked = validateDocument(await readCommittedDocument(crash.dir));
      expect(checked.ok, `invalid after round ${round}: ${checked.ok ? '' : checked.reason}`).toBe(true);
      if (!checked.ok) return;
      const byRef = new Map<string, string>();
      for (const job of checked.value.jobs) {
        if (job.externalRef === null) continue;
        expect(byRef.has(job.externalRef), `${job.externalRef} twice on disk after round ${round}`).toBe(false);
        byRef.set(job.externalRef, job.id);
      }
      const lost = [...answered].filter(([ref, id]) => byRef.get(ref) !== id).map(([ref]) => ref);
      expect(lost, `answered but not on disk after round ${round} (${lost.length} of ${answered.size})`).toEqual([]);
    }
    console.log(`intake crash test: ${ROUNDS} SIGKILL rounds, ${answers} answers (${repeats} of them 200 "already exists") for ${answered.size} jobs, 0 lost`);
    // The test means nothing unless the workers got to answer, repeats included.
    expect(answered.size).toBeGreaterThan(ROUNDS);
    expect(repeats).toBeGreaterThan(ROUNDS);
  });
});
