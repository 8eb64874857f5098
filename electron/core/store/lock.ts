/**
 * One writer per data file: a lock file created with exclusive create (`wx`) next to the data.
 *
 * A lock whose process is gone (same computer, `kill(pid, 0)` says ESRCH) is stale and taken over,
 * so a crash or a killed process never locks the user out. A lock from another computer (a data
 * folder on a network share) cannot be checked and is always respected.
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { codeOf, fsyncDirectory } from './durable-json-file';
import { nodeFileSystem, type FileSystem } from './file-system';
import { StoreLockedError, type LockHolder } from './errors';

export type LockHandle = {
  /** Absolute path of the lock file. */
  path: string;
  holder: LockHolder;
  /** Remove the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
};

/** Lock files this process holds right now: a lock naming our own pid but not in here is a leftover. */
const heldHere = new Set<string>();

/** How long to wait for a lock file that exists but is still empty (its creator is mid-write). */
const UNREADABLE_GRACE_MS = 250;

/**
 * Take the lock `<dir>/<lockName>`. Throws `StoreLockedError` if a live process holds it.
 * @param now clock for `startedAt`
 */
export async function acquireLock(dir: string, lockName: string, now: () => Date, fs: FileSystem = nodeFileSystem): Promise<LockHandle> {
  const path = join(dir, lockName);
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: now().toISOString() };
  const text = JSON.stringify(holder);

  // Bounded: each pass either creates the lock, throws, or removed a stale lock (someone else may
  // race us for the freed name, hence more than one pass).
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(fs, path, text)) {
      heldHere.add(path);
      await fsyncDirectory(dir, fs);
      return { path, holder, release: once(() => releaseLock(fs, path, text)) };
    }
    const existing = await readHolder(fs, path);
    if (existing === 'gone') continue;
    if (existing !== 'unreadable' && isAlive(existing.holder, path)) {
      throw new StoreLockedError(dir, existing.holder, existing.holder.hostname === hostname());
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

type ExistingLock = { holder: LockHolder; text: string };

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
    if (holder) return { holder, text };
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
    const { pid, hostname: host, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    if (typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt };
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder, path: string): boolean {
  if (holder.hostname !== hostname()) return true;
  // Our own pid: live only if this process really holds it (else a previous process had our pid).
  if (holder.pid === process.pid) return heldHere.has(path);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return codeOf(error) !== 'ESRCH';
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
