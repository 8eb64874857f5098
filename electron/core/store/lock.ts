/**
 * One writer per data file: a lock file created with exclusive create (`wx`) next to the data.
 *
 * A stale lock is taken over, so a crash never locks the user out: its process is gone, or its pid
 * now belongs to another program (told by the process start time on Linux, or elsewhere by a
 * heartbeat that stopped). See lock-owner.ts. A lock from another computer (a data folder on a
 * network share) cannot be checked and is always respected; the error says how to clear it.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { codeOf, fsyncDirectory } from './durable-json-file';
import { nodeFileSystem, type FileSystem } from './file-system';
import { StoreLockedError, type LockHolder } from './errors';
import { HEARTBEAT_MS, judgeLock, STALE_MS, systemProbe, type ProcessProbe } from './lock-owner';

export type LockHandle = {
  /** Absolute path of the lock file. */
  path: string;
  holder: LockHolder;
  /** Remove the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
  /** Touch the lock file now (the heartbeat timer does this every `HEARTBEAT_MS`). */
  beat(): Promise<void>;
};

export type LockOptions = {
  /** How processes are read; tests play a system without /proc. */
  probe?: ProcessProbe;
  /** Heartbeat period; 0 = no timer (tests call `beat`). Default `HEARTBEAT_MS`. */
  heartbeatMs?: number;
  /** File operations; default the real file system. */
  fs?: FileSystem;
};

/** Lock files this process holds right now: a lock naming our own pid but not in here is a leftover. */
const heldHere = new Set<string>();

/** How long to wait for a lock file that exists but is still empty (its creator is mid-write). */
const UNREADABLE_GRACE_MS = 250;

/**
 * Take the lock `<dir>/<lockName>`. Throws `StoreLockedError` if a live process holds it.
 * @param now clock for `startedAt` and the heartbeat
 */
export async function acquireLock(dir: string, lockName: string, now: () => Date, options: LockOptions = {}): Promise<LockHandle> {
  const path = join(dir, lockName);
  const fs = options.fs ?? nodeFileSystem;
  const probe = options.probe ?? systemProbe;
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: now().toISOString(),
    instance: randomBytes(8).toString('hex'),
    processStart: probe.startOf(process.pid),
  };
  const text = JSON.stringify(holder);

  // Bounded: each pass either creates the lock, throws, or removed a stale lock (someone else may
  // race us for the freed name, hence more than one pass).
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(fs, path, text)) {
      heldHere.add(path);
      await fsyncDirectory(dir, fs);
      return holdLock(fs, path, holder, text, now, options.heartbeatMs ?? HEARTBEAT_MS);
    }
    const existing = await readHolder(fs, path);
    if (existing === 'gone') continue;
    if (existing !== 'unreadable') {
      const verdict = judgeLock(existing.holder, existing.touchedMs, now().getTime(), heldHere.has(path), probe);
      if (verdict.live) {
        throw new StoreLockedError(dir, existing.holder, existing.holder.hostname === hostname(), {
          lockPath: path,
          because: verdict.why,
          staleAfterSeconds: STALE_MS / 1000,
          touchedAt: new Date(existing.touchedMs).toISOString(),
        });
      }
    }
    await takeOver(fs, dir, path, existing === 'unreadable' ? null : existing.text);
  }
  throw new Error(`Could not take the lock ${path}: other processes keep replacing it.`);
}

async function tryCreate(fs: FileSystem, path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/** A lock we hold: release it, and touch it every `heartbeatMs` so others see we are alive. */
async function holdLock(fs: FileSystem, path: string, holder: LockHolder, text: string, now: () => Date, heartbeatMs: number): Promise<LockHandle> {
  const beat = async () => {
    // Only our own lock: one taken over while we were suspended is not ours to refresh.
    if ((await fs.readFile(path, 'utf8').catch(() => null)) !== text) return;
    const at = now();
    await fs.utimes(path, at, at).catch(() => undefined);
  };
  // The file's mtime is the heartbeat, on the same clock as the checks (a test's clock may be fake).
  await beat();
  const timer = heartbeatMs > 0 ? setInterval(() => void beat(), heartbeatMs) : null;
  // The heartbeat must never keep a process alive on its own.
  timer?.unref();
  return {
    path,
    holder,
    beat,
    release: once(() => {
      if (timer) clearInterval(timer);
      return releaseLock(fs, path, text);
    }),
  };
}

type ExistingLock = { holder: LockHolder; text: string; touchedMs: number };

/** The current lock's holder; 'gone' if it vanished meanwhile; 'unreadable' if it stays garbage. */
async function readHolder(fs: FileSystem, path: string): Promise<ExistingLock | 'gone' | 'unreadable'> {
  const deadline = Date.now() + UNREADABLE_GRACE_MS;
  for (;;) {
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return 'gone';
      throw error;
    }
    const holder = parseHolder(text);
    if (holder) {
      const touched = await fs.stat(path).catch(() => null);
      return { holder, text, touchedMs: touched?.mtimeMs ?? 0 };
    }
    // Empty or partial: either a creator between `open` and `write`, or a process that died right
    // there. Give a live creator a moment, then treat it as stale.
    if (Date.now() >= deadline) return 'unreadable';
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt, instance, processStart } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    if (typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return {
      pid,
      hostname: host,
      startedAt,
      ...(typeof instance === 'string' ? { instance } : {}),
      processStart: typeof processStart === 'string' ? processStart : null,
    };
  } catch {
    return null;
  }
}

/**
 * Remove a stale lock without removing a fresh one that a racing process put there in between:
 * move it aside, check it is still the stale content, and put it back if it is not.
 */
async function takeOver(fs: FileSystem, dir: string, path: string, staleText: string | null): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await fs.readFile(aside, 'utf8').catch(() => null);
  const stillStale = staleText === null ? parseHolder(moved ?? '') === null : moved === staleText;
  if (stillStale) {
    await fs.unlink(aside).catch(() => undefined);
    return;
  }
  // We moved someone's fresh lock: restore it (rename overwrites, and it is theirs by right).
  await fs.rename(aside, path);
  await fsyncDirectory(dir, fs);
}

async function releaseLock(fs: FileSystem, path: string, ourText: string): Promise<void> {
  heldHere.delete(path);
  const current = await fs.readFile(path, 'utf8').catch(() => null);
  // Never delete a lock someone else took over (e.g. after we were suspended long enough to look dead).
  if (current !== ourText) return;
  await fs.unlink(path).catch((error: unknown) => {
    if (codeOf(error) !== 'ENOENT') throw error;
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | null = null;
  return () => (result ??= fn());
}
