/**
 * Who owns a lock file, judged by more than a pid. After a crash the pid in a lock can be reused by
 * any other program, which would lock the user out for as long as that program runs. So a lock also
 * says which process instance wrote it (Linux: the process's start time from /proc), and its owner
 * touches the file every `HEARTBEAT_MS`:
 *
 * - pid gone → stale;
 * - pid alive and its start time readable (Linux) → live only if it is the process that wrote the
 *   lock (same start time; for a lock written without one, a process that started before the lock);
 * - otherwise (other systems) → live only while the heartbeat is fresh (mtime within `STALE_MS`).
 *
 * A lock from another computer cannot be checked and is always respected.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { codeOf } from './durable-json-file';
import type { LockHolder } from './errors';

/** How often the owner touches its lock file. */
export const HEARTBEAT_MS = 15_000;
/** A lock untouched this long is stale even if its pid is alive (where start times cannot be read). */
export const STALE_MS = 4 * HEARTBEAT_MS;

/** Clock ticks per second in /proc (USER_HZ, 100 on every Linux architecture Node supports). */
const USER_HZ = 100;

/**
 * The start time of process `pid` as an opaque string ("ticks since boot" on Linux), or null where
 * it cannot be read (another system, no /proc, a process of another user that hides it).
 */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}

/** Epoch ms at which a process with start time `ticks` began (Linux), or null. */
function startInstant(ticks: string): number | null {
  try {
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    return btime ? Number(btime) * 1000 + (Number(ticks) / USER_HZ) * 1000 : null;
  } catch {
    return null;
  }
}

/** How the host reads processes; injected in tests to play "a system without /proc". */
export type ProcessProbe = {
  /** True if a process with this pid exists (of any user). */
  alive(pid: number): boolean;
  startOf(pid: number): string | null;
};

export const systemProbe: ProcessProbe = {
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists but belongs to another user, so it is alive.
      return codeOf(error) !== 'ESRCH';
    }
  },
  startOf: processStartOf,
};

export type LockVerdict = { live: true; why: 'other-computer' | 'same-process' | 'heartbeat' } | { live: false; why: string };

/**
 * Is the lock `holder`, last touched at `touchedMs`, held by a running console? `heldHere` says
 * whether this process holds it (a lock naming our own pid that we do not hold is a leftover).
 */
export function judgeLock(holder: LockHolder, touchedMs: number, nowMs: number, heldHere: boolean, probe: ProcessProbe = systemProbe): LockVerdict {
  if (holder.hostname !== hostname()) return { live: true, why: 'other-computer' };
  if (holder.pid === process.pid) return heldHere ? { live: true, why: 'same-process' } : { live: false, why: 'left by an earlier process with our pid' };
  if (!probe.alive(holder.pid)) return { live: false, why: 'its process is gone' };
  const start = probe.startOf(holder.pid);
  if (start !== null) {
    if (holder.processStart) {
      return start === holder.processStart ? { live: true, why: 'same-process' } : { live: false, why: 'its pid now belongs to another program' };
    }
    // A lock written without a start time: the process that wrote it started before it.
    const began = startInstant(start);
    const written = Date.parse(holder.startedAt);
    if (began !== null && Number.isFinite(written) && began > written + 5_000) return { live: false, why: 'its pid now belongs to another program' };
    if (began !== null && Number.isFinite(written)) return { live: true, why: 'same-process' };
  }
  return nowMs - touchedMs <= STALE_MS ? { live: true, why: 'heartbeat' } : { live: false, why: 'no heartbeat' };
}
