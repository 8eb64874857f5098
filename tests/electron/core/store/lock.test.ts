import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../../../electron/core/store/errors';
import { acquireLock } from '../../../../electron/core/store/lock';
import { judgeLock, processStartOf, STALE_MS, systemProbe } from '../../../../electron/core/store/lock-owner';
import { openStore } from '../../../../electron/core/store/open-store';
import type { Store } from '../../../../electron/core/store/types';
import { startWorker, type Worker } from './support/child';
import { buildStoreBundle, type StoreBundle } from './support/store-bundle';
import { fakeClock, listDir, tempDir, testOptions, type TestDoc } from './support/test-doc';

let bundle: StoreBundle;
let dir: string;
let cleanup: () => Promise<void>;
const stores: Store<TestDoc>[] = [];
const workers: Worker[] = [];
const sleepers: ChildProcess[] = [];

beforeAll(async () => {
  bundle = await buildStoreBundle();
});
afterAll(async () => {
  await bundle.cleanup();
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  for (const w of workers.splice(0)) {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.closed;
  }
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const p of sleepers.splice(0)) p.kill('SIGKILL');
  await cleanup();
});

async function openHere(): Promise<Store<TestDoc>> {
  const store = await openStore(testOptions(dir));
  stores.push(store);
  return store;
}

function holder(): Worker {
  const w = startWorker('lock-holder.mjs', [bundle.file, dir]);
  workers.push(w);
  return w;
}

/** A live process that is not a console: what a crashed console's pid may be reused by. */
function otherProgram(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  sleepers.push(child);
  if (child.pid === undefined) throw new Error('could not spawn');
  return child.pid;
}

/** Write a lock file by hand, last touched at `touchedAt`. */
async function writeLock(content: Record<string, unknown>, touchedAt: Date = new Date()): Promise<void> {
  const path = join(dir, 'dispatch.lock');
  await writeFile(path, JSON.stringify({ hostname: hostname(), startedAt: '2026-11-25T08:00:00.000Z', ...content }));
  await utimes(path, touchedAt, touchedAt);
}

/** A system without /proc: only the heartbeat tells a live console. */
const noProc = { ...systemProbe, startOf: () => null };

async function lockContent(): Promise<{ pid: number; hostname: string; startedAt: string; instance: string; processStart: string | null }> {
  return JSON.parse(await readFile(join(dir, 'dispatch.lock'), 'utf8')) as never;
}

/** A pid that certainly belongs to no process: a child that has exited and been reaped. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  if (result.pid === undefined) throw new Error('could not spawn');
  return result.pid;
}

describe('lock file', () => {
  it('holds {pid, hostname, startedAt, instance, processStart} while open and is removed by close', async () => {
    const clock = fakeClock();
    const store = await openStore(testOptions(dir, { now: clock.now }));
    expect(await lockContent()).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: clock.now().toISOString(),
      instance: expect.stringMatching(/^[0-9a-f]{16}$/),
      processStart: processStartOf(process.pid),
    });
    await store.close();
    expect(await listDir(dir)).not.toContain('dispatch.lock');
  });

  it('refuses a second open of the same folder in this process, with a message for the user', async () => {
    await openHere();
    const error = await openStore(testOptions(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    const message = (error as Error).message;
    expect(message).toContain(`The data folder ${dir} is already in use by process ${process.pid} on this computer (opened `);
    expect(message).toMatch(/\(opened \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)\. Close the other Dispatch Console first/);
    expect(error).toMatchObject({ code: 'STORE_LOCKED', holder: { pid: process.pid } });
  });

  it('takes over a stale lock whose process is gone', async () => {
    const pid = deadPid();
    await writeFile(join(dir, 'dispatch.lock'), JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-11-25T08:00:00.000Z' }));
    await openHere();
    expect((await lockContent()).pid).toBe(process.pid);
  });

  it('takes over a lock naming this pid that this process does not hold (left by an earlier process)', async () => {
    await writeFile(join(dir, 'dispatch.lock'), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2026-11-25T08:00:00.000Z' }));
    const store = await openHere();
    expect((await lockContent()).startedAt).not.toBe('2026-11-25T08:00:00.000Z');
    await store.close();
  });

  it('takes over an empty or garbled lock file (a writer that died while creating it)', async () => {
    await writeFile(join(dir, 'dispatch.lock'), '');
    await openHere();
    expect((await lockContent()).pid).toBe(process.pid);
  });

  it('respects a lock from another computer, which it cannot check', async () => {
    await writeFile(join(dir, 'dispatch.lock'), JSON.stringify({ pid: 4242, hostname: 'front-desk-pc', startedAt: '2026-11-26T08:00:00.000Z' }));
    const error = await openStore(testOptions(dir)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/in use by process 4242 on computer front-desk-pc/);
    expect((error as Error).message).toContain(`If that computer is off or crashed, delete the lock file ${join(dir, 'dispatch.lock')}`);
    expect((await lockContent()).pid).toBe(4242);
  });

  it('takes over a lock whose pid is alive but belongs to another program (its start time differs)', async () => {
    const pid = otherProgram();
    expect(processStartOf(pid)).toMatch(/^\d+$/);
    await writeLock({ pid, instance: 'crashed-console', processStart: '1' });
    await openHere();
    expect((await lockContent()).pid).toBe(process.pid);
  });

  it('takes over a lock without a start time (older version) whose live pid started after the lock was written', async () => {
    const pid = otherProgram();
    await writeLock({ pid });
    await openHere();
    expect((await lockContent()).pid).toBe(process.pid);
  });

  it('where start times cannot be read: refuses a live pid with a fresh heartbeat, saying how to recover; takes it over once the heartbeat is old', async () => {
    const pid = otherProgram();
    const now = new Date('2026-12-06T09:00:00Z');
    await writeLock({ pid }, new Date(now.getTime() - STALE_MS + 1000));
    const error = await acquireLock(dir, 'dispatch.lock', () => now, { probe: noProc, heartbeatMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    const message = (error as Error).message;
    expect(message).toContain(`already in use by process ${pid} on this computer`);
    expect(message).toContain(`If none is running, the lock is taken over automatically ${STALE_MS / 1000} s after its last sign of life`);
    expect(message).toContain(`or delete the lock file ${join(dir, 'dispatch.lock')}`);

    await writeLock({ pid }, new Date(now.getTime() - STALE_MS - 1000));
    const lock = await acquireLock(dir, 'dispatch.lock', () => now, { probe: noProc, heartbeatMs: 0 });
    expect((await lockContent()).pid).toBe(process.pid);
    await lock.release();
  });

  it("the heartbeat keeps a live owner's lock fresh on the injected clock", async () => {
    let now = new Date('2026-12-06T09:00:00Z');
    const lock = await acquireLock(dir, 'dispatch.lock', () => now, { probe: noProc, heartbeatMs: 0 });
    const path = join(dir, 'dispatch.lock');
    const owner = { ...(await lockContent()), pid: otherProgram() };
    const judge = async () => judgeLock(owner, (await stat(path)).mtimeMs, now.getTime(), false, noProc).live;
    expect(await judge()).toBe(true);
    // Ten minutes on, beating all along: still fresh. Without the beat it would be stale.
    for (let i = 0; i < 40; i++) {
      now = new Date(now.getTime() + 15_000);
      await lock.beat();
    }
    expect(await judge()).toBe(true);
    now = new Date(now.getTime() + STALE_MS + 1000);
    expect(await judge()).toBe(false);
    await lock.release();
  });

  it('release does not delete a lock that someone else has taken over meanwhile', async () => {
    const lock = await acquireLock(dir, 'dispatch.lock', () => new Date());
    const theirs = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: '2026-11-26T08:00:00.000Z' });
    await writeFile(join(dir, 'dispatch.lock'), theirs);
    await lock.release();
    expect(await readFile(join(dir, 'dispatch.lock'), 'utf8')).toBe(theirs);
  });
});

describe('lock across processes', () => {
  it('a store held by a child process locks this one out until the child closes it', async () => {
    const child = holder();
    await child.waitFor((l) => l.startsWith('ready '), 'ready');
    const error = await openStore(testOptions(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(`already in use by process ${child.child.pid} on this computer (opened `);
    expect((error as Error).message).toContain(`(or end process ${child.child.pid})`);

    child.child.stdin?.write('close\n');
    await child.waitFor((l) => l === 'closed', 'closed');
    expect((await child.closed).code).toBe(0);
    await openHere();
  });

  it('a lock left by a killed child is stale and taken over', async () => {
    const child = holder();
    await child.waitFor((l) => l.startsWith('ready '), 'ready');
    child.child.kill('SIGKILL');
    await child.closed;
    // The killed process never released its lock.
    expect((await lockContent()).pid).toBe(child.child.pid);
    await openHere();
    expect((await lockContent()).pid).toBe(process.pid);
  });

  it('a child cannot open a folder this process holds', async () => {
    await openHere();
    const child = holder();
    const line = await child.waitFor((l) => l.startsWith('locked ') || l.startsWith('ready '), 'a verdict');
    expect(line.startsWith(`locked The data folder ${dir} is already in use by process ${process.pid} on this computer (opened `)).toBe(true);
    expect(line.endsWith(`Close the other Dispatch Console first (or end process ${process.pid}), then start again.`)).toBe(true);
    expect((await child.closed).code).toBe(2);
  });
});
