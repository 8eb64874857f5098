/**
 * Two desks on one PostgreSQL database: two built headless hosts (`DISPATCH_DATABASE_URL`, each its
 * own `--desk` and `--dispatcher`) with a browser page each. A drag at one desk shows at the other;
 * two desks changing one job get one CONFLICT naming the other desk and end up showing the same
 * job; 1,000 intake posts spread over both desks, each retried at the other, make 1,000 jobs
 * numbered without gaps; a host killed mid-burst loses nothing it acknowledged; the database
 * stopped and started again mid-session shows as "Reconnecting…", refuses changes with a toast, and
 * both desks catch up afterwards.
 *
 * One throwaway cluster for the file (tests/support/postgres.ts), a fresh database per test, seeded
 * with the board shop before the hosts start. Under CI=true a missing PostgreSQL fails the file;
 * locally the tests are skipped with the reason.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import pg from 'pg';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { openPostgresStore } from '../../electron/core/store-pg/open-postgres-store';
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../support/postgres';
import { ANA, BEN, BOOKED, QUEUED, at, buildBoardShop, tomorrow } from './board-shop';
import { board, boardEvent, centerOf, drag, openBoardOn, pointOn, queueRow } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { spawnHost, waitForReady, type HostProcess } from './host-process';
import { intakeOf, postJob, raiseIntakeLimits, type Intake } from './intake-support';
import type { TestClock } from './test-clock';

// One cluster for the file: its tests run in order in one worker, whatever fullyParallel says.
test.describe.configure({ mode: 'default' });

let server: TestPostgres | null = null;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const available = await postgresAvailable('shared-database.e2e.ts');
  test.skip(!available, 'PostgreSQL is not installed here (set DISPATCH_TEST_DATABASE_URL or install the server binaries)');
  server = await startTestPostgres();
});

test.afterAll(async () => {
  await server?.stop();
});

type Desk = Host & { proc: HostProcess; intake: Intake; name: string; killed: boolean };

const DESKS = [
  { desk: 'desk 1', dispatcher: 'Alex' },
  { desk: 'desk 2', dispatcher: 'Sam' },
] as const;

/** A fresh database holding the board shop (written as one store mutation, like a move-in). */
async function seededDatabase(): Promise<string> {
  const url = await server!.createDatabase('e2e_shared');
  const store = await openPostgresStore({ connectionString: url, hostId: 'seed', onWarning: () => undefined });
  try {
    const shop = buildBoardShop();
    await store.mutate((draft) => void Object.assign(draft, structuredClone(shop)));
  } finally {
    await store.close();
  }
  return url;
}

async function startDesk(url: string, clock: TestClock, desk: (typeof DESKS)[number], dirs: string[]): Promise<Desk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-desk-'));
  dirs.push(dataDir);
  const token = randomBytes(24).toString('base64url');
  const args = ['--data', dataDir, '--port', '0', `--token=${token}`, `--now=${clock.now().toISOString()}`, `--time-zone=${clock.timeZone}`, '--desk', desk.desk, '--dispatcher', desk.dispatcher];
  const proc = spawnHost(args, undefined, { DISPATCH_DATABASE_URL: url });
  const ready = await waitForReady(proc, { allowStderr: true });
  const host: Desk = {
    ...ready,
    dataDir,
    proc,
    name: `${desk.dispatcher} at ${desk.desk}`,
    killed: false,
    intake: { url: '', token: '' },
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      const response = await fetch(`${ready.baseUrl}/api/invoke`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ready.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as Result<Output<C>>;
    },
    readDataFile: () => Promise.reject(new Error('A desk on the shared database has no data file.')),
    output: () => proc.output(),
  };
  host.intake = intakeOf(host);
  return host;
}

/** Two desks on one freshly seeded database; stopped (SIGTERM, must exit 0) and cleaned up after the test. */
const withDesks = test.extend<{ desks: [Desk, Desk]; databaseUrl: string; quietStderr: boolean }>({
  quietStderr: [true, { option: true }],
  databaseUrl: async ({ testClock }, use) => {
    void testClock; // the board shop is built at the test's pinned instant
    await use(await seededDatabase());
  },
  desks: async ({ databaseUrl, testClock, quietStderr }, use, testInfo) => {
    const dirs: string[] = [];
    const started: Desk[] = [];
    try {
      for (const desk of DESKS) started.push(await startDesk(databaseUrl, testClock, desk, dirs));
      await use(started as [Desk, Desk]);
      for (const desk of started) {
        const diedEarly = desk.proc.hasExited() && !desk.killed;
        const exit = await desk.proc.stop();
        await testInfo.attach(`${desk.name}.txt`, { body: desk.output(), contentType: 'text/plain' });
        if (diedEarly) throw new Error(`${desk.name} exited during the test (code ${exit.code}, signal ${exit.signal}):\n${desk.output()}`);
        if (!desk.killed && exit.code !== 0) throw new Error(`${desk.name} did not exit cleanly (code ${exit.code}, signal ${exit.signal}):\n${desk.output()}`);
        if (quietStderr && desk.proc.stderr() !== '') throw new Error(`${desk.name} wrote to stderr:\n${desk.output()}`);
      }
    } finally {
      for (const desk of started) await desk.proc.stop();
      for (const dir of dirs) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  },
});

/** Rows in the shared database, asked directly. */
async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const toasts = (page: Page) => board(page).locator('.board-toasts');
const header = (page: Page) => page.locator('.data-status');
const description = (page: Page, jobId: string) => boardEvent(page, jobId).locator('[id^="job-event-desc-"]');

/** Desk 1's board in `page`, desk 2's in a second page, both on `day` and saying which desk they are. */
async function openBothBoards(page: Page, context: BrowserContext, [one, two]: [Desk, Desk], day: string): Promise<Page> {
  const other = await context.newPage();
  await openBoardOn(page, one.url, day);
  await openBoardOn(other, two.url, day);
  await expect(header(page)).toHaveText('Shared database · desk 1');
  await expect(header(other)).toHaveText('Shared database · desk 2');
  return other;
}

withDesks('a drag at one desk shows at the other; two desks changing one job get one CONFLICT naming the other desk and show the same job', async ({ page, context, desks, databaseUrl }) => {
  const [one, two] = desks;
  const day = tomorrow();
  const other = await openBothBoards(page, context, desks, day);

  // Desk 1 drags J-1001 from its queue onto Ana at 10:00; desk 2 sees it booked and out of its queue.
  await expect(queueRow(other, 'J-1001')).toBeVisible();
  await drag(page, await centerOf(queueRow(page, 'J-1001')), await pointOn(page, ANA, day, '10:00'));
  const dropped = Date.now();
  await expect(boardEvent(other, QUEUED)).toBeVisible({ timeout: 5_000 });
  const seenAfterMs = Date.now() - dropped;
  await expect(description(other, QUEUED)).toContainText('10:00–11:30');
  await expect(queueRow(other, 'J-1001')).toHaveCount(0);
  test.info().annotations.push({ type: 'drag at desk 1 visible at desk 2 after', description: `${seenAfterMs} ms (from mouse-up, incl. the commit)` });
  console.log(`[shared-database] drag at desk 1 visible at desk 2 after ${seenAfterMs} ms`);
  const history = (await two.call('jobs:get', { id: QUEUED }));
  if (!history.ok) throw new Error(history.error.message);
  expect(history.value.history.at(-1)?.by).toContain('Alex at desk 1');

  // Both desks move J-1003 at once from the revision they both saw: exactly one wins.
  const seen = await one.call('jobs:get', { id: BOOKED });
  if (!seen.ok) throw new Error(seen.error.message);
  const expectedRevision = seen.value.revision;
  const [byOne, byTwo] = await Promise.all([
    one.call('schedule:move', { jobId: BOOKED, technicianId: ANA, start: at(day, '15:00'), expectedRevision }),
    two.call('schedule:move', { jobId: BOOKED, technicianId: BEN, start: at(day, '16:00'), expectedRevision }),
  ]);
  expect([byOne.ok, byTwo.ok].filter(Boolean)).toHaveLength(1);
  const [winner, refused] = byOne.ok ? [one, byTwo] : [two, byOne];
  if (refused.ok) throw new Error('unreachable');
  expect(refused.error.code).toBe('CONFLICT');
  expect(refused.error.message).toContain('J-1003 was changed since you last saw it');
  expect(refused.error.message).toContain(`by ${winner.name}`);
  const shownTime = winner === one ? '15:00–16:00' : '16:00–17:00';
  const shownRow = winner === one ? ANA : BEN;
  for (const p of [page, other]) {
    await expect(description(p, BOOKED)).toContainText(shownTime);
    await expect(board(p).locator(`.fc-timeline-lane[data-resource-id="${shownRow}"] .fc-event[data-job-id="${BOOKED}"]`)).toBeVisible();
  }
  const rows = await query<{ technician_id: string; revision: number }>(databaseUrl, `SELECT technician_id, revision FROM jobs WHERE id = '${BOOKED}'`);
  expect(rows).toEqual([{ technician_id: shownRow, revision: expectedRevision + 1 }]);
});

/** Every job number in the database, sorted: they must run without a gap or a repeat. */
async function jobNumbers(url: string): Promise<number[]> {
  const rows = await query<{ number: string }>(url, 'SELECT number FROM jobs');
  return rows.map((r) => Number(r.number.slice(2))).sort((a, b) => a - b);
}

function expectNoGaps(numbers: number[], first: number, count: number): void {
  expect(numbers).toHaveLength(count);
  expect(numbers[0]).toBe(first);
  expect(numbers.every((n, i) => n === first + i)).toBe(true);
}

/** Run `task` for every item, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

const intakeBody = (externalRef: string) => ({ client: 'Harbour Dental', title: `Call ${externalRef}`, priority: 'P3', category: 'network', externalRef });

withDesks('1,000 intake posts over both desks, each retried at the other, make 1,000 jobs; a desk killed mid-burst loses nothing it acknowledged', async ({ desks, databaseUrl }) => {
  test.setTimeout(90_000);
  const [one, two] = desks;
  await raiseIntakeLimits(one);
  await expect.poll(async () => {
    const settings = await two.call('settings:get', {});
    return settings.ok && settings.value.intake.limits.jobsPerMinute;
  }).toBe(100_000);

  // Each reference goes to one desk, then again (a caller that never saw the answer) to the other.
  const refs = Array.from({ length: 1_000 }, (_, i) => `BURST-${i}`);
  const numbers = new Map<string, string>();
  const started = Date.now();
  await inParallel(refs, 32, async (ref) => {
    const [first, again] = Number(ref.slice(6)) % 2 === 0 ? [one, two] : [two, one];
    const created = await postJob(first.intake, intakeBody(ref));
    const repeated = await postJob(again.intake, intakeBody(ref));
    expect(created.status, `${ref} at ${first.name}`).toBe(201);
    expect(repeated.status, `${ref} again at ${again.name}`).toBe(200);
    expect(repeated.json.job?.number).toBe(created.json.job?.number);
    numbers.set(ref, created.json.job!.number);
  });
  console.log(`[shared-database] 2,000 intake posts (1,000 jobs) over two desks in ${Date.now() - started} ms`);
  expect(new Set(numbers.values()).size).toBe(1_000);
  const [counted] = await query<{ count: string }>(databaseUrl, "SELECT count(*) FROM jobs WHERE external_ref LIKE 'BURST-%'");
  expect(Number(counted?.count)).toBe(1_000);
  // The board shop's J-1001…J-1004, then the burst without a gap or a repeat.
  expectNoGaps(await jobNumbers(databaseUrl), 1001, 1_004);

  // Desk 2 is killed while posts to it are in flight: whatever it acknowledged is in the database.
  const acknowledged: string[] = [];
  const kills = Array.from({ length: 400 }, (_, i) => `KILL-${i}`);
  await inParallel(kills, 16, async (ref) => {
    if (two.killed) return;
    const answer = await postJob(two.intake, intakeBody(ref)).catch(() => null);
    if (answer && answer.status >= 200 && answer.status < 300) acknowledged.push(ref);
    if (acknowledged.length === 100 && !two.killed) {
      two.killed = true;
      two.proc.child.kill('SIGKILL');
    }
  });
  await two.proc.exited;
  expect(acknowledged.length).toBeGreaterThanOrEqual(100);
  const stored = new Set((await query<{ external_ref: string }>(databaseUrl, "SELECT external_ref FROM jobs WHERE external_ref LIKE 'KILL-%'")).map((r) => r.external_ref));
  expect(acknowledged.filter((ref) => !stored.has(ref))).toEqual([]);
  console.log(`[shared-database] desk 2 killed after ${acknowledged.length} acknowledged posts; ${stored.size} were in the database`);

  // The callers retry everything at desk 1: each job once, still numbered without gaps.
  await inParallel(kills, 16, async (ref) => {
    const answer = await postJob(one.intake, intakeBody(ref));
    expect(answer.status, ref).toBe(stored.has(ref) ? 200 : 201);
  });
  expectNoGaps(await jobNumbers(databaseUrl), 1001, 1_404);
});

withDesks.describe('the database stopped and started again', () => {
  // The desks log the lost connection as a warning.
  withDesks.use({ quietStderr: false });

  withDesks('both desks say so, refuse a change with a toast, and catch up once it is back', async ({ page, context, desks }) => {
    test.setTimeout(60_000);
    const control = server!.control;
    test.skip(!control, 'an external server (DISPATCH_TEST_DATABASE_URL) cannot be stopped by the test');
    const [one, two] = desks;
    const day = tomorrow();
    const other = await openBothBoards(page, context, desks, day);

    await control!.stop();
    for (const p of [page, other]) await expect(header(p)).toHaveText(/^(Reconnecting…|Database unreachable — changes are not being saved)$/, { timeout: 10_000 });

    // A drop while it is down is refused with the reason; the job stays in the queue.
    await drag(page, await centerOf(queueRow(page, 'J-1001')), await pointOn(page, ANA, day, '10:00'));
    await expect(toasts(page).getByRole('alert')).toContainText('The shared database cannot be reached');
    await expect(queueRow(page, 'J-1001')).toBeVisible();
    await expect(boardEvent(page, QUEUED)).toHaveCount(0);

    await control!.start();
    await expect(header(page)).toHaveText('Shared database · desk 1', { timeout: 20_000 });
    await expect(header(other)).toHaveText('Shared database · desk 2', { timeout: 20_000 });

    // A change at desk 2 after the restart shows at desk 1, and the other way round.
    const moved = await two.call('schedule:assign', { jobId: QUEUED, technicianId: ANA, start: at(day, '10:00') });
    expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
    await expect(description(page, QUEUED)).toContainText('10:00–11:30', { timeout: 5_000 });
    await expect(queueRow(page, 'J-1001')).toHaveCount(0);
    const back = await one.call('schedule:move', { jobId: BOOKED, technicianId: BEN, start: at(day, '15:00') });
    expect(back).toMatchObject({ ok: true });
    await expect(board(other).locator(`.fc-timeline-lane[data-resource-id="${BEN}"] .fc-event[data-job-id="${BOOKED}"]`)).toBeVisible({ timeout: 5_000 });
  });
});
