/**
 * 1,000 simultaneous intake calls on loopback: every one answered 201, every job on disk exactly
 * once, and the data file valid at every moment we look during the burst. The intake limits are
 * raised first (a shop's defaults hold one token to a burst of 200 new jobs). The throughput is
 * reported (attached and printed), never asserted: timing belongs to benchmarks.
 */
import { validateDocument } from '../../shared/schemas/document';
import { expect, test } from './fixtures';
import { firstClientName, intakeOf, postJob, raiseIntakeLimits } from './intake-support';

test.use({ hostOptions: { sample: true } });

test('1,000 concurrent POSTs all land in the file exactly once, and the file stays valid', async ({ host }, testInfo) => {
  test.setTimeout(120_000);
  const intake = intakeOf(host);
  const client = await firstClientName(host);
  await raiseIntakeLimits(host);
  const before = await host.readDataFile();
  const run = `LOAD-${Date.now()}`;

  // Read the folder (snapshot + journal) over and over while the burst runs: every read must parse and validate.
  let bursting = true;
  let reads = 0;
  const watcher = (async () => {
    while (bursting) {
      const checked = validateDocument(await host.readDataFile());
      if (!checked.ok) throw new Error(`Invalid data file during the burst: ${checked.reason}`);
      reads++;
    }
  })();

  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 1000 }, (_, i) =>
      postJob(intake, { client, title: `Load ${i}`, priority: 'P3', category: 'software', externalRef: `${run}-${i}` }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  bursting = false;
  await watcher;

  expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
  const after = await host.readDataFile();
  expect(validateDocument(after).ok).toBe(true);
  const refs = after.jobs.map((j) => j.externalRef).filter((r): r is string => r?.startsWith(`${run}-`) ?? false);
  expect(refs).toHaveLength(1000);
  expect(new Set(refs).size).toBe(1000);
  expect(after.jobs).toHaveLength(before.jobs.length + 1000);
  expect(new Set(after.jobs.map((j) => j.number)).size).toBe(after.jobs.length);

  const line = `intake: 1000 concurrent POSTs in ${seconds.toFixed(2)} s = ${(1000 / seconds).toFixed(0)} jobs/s durable (file read+validated ${reads}× during the burst; ${before.jobs.length} jobs before)`;
  console.log(line);
  await testInfo.attach('intake-throughput.txt', { body: line, contentType: 'text/plain' });
});
