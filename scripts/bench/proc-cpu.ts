/** CPU time of processes, from /proc (Linux): the host, and the browser's whole process tree. */
import { readdir, readFile } from 'node:fs/promises';

/** Kernel clock ticks per second; 100 on every Linux the benchmark runs on. */
const TICKS = 100;

type Stat = { pid: number; ppid: number; cpuSeconds: number };

async function statOf(pid: number): Promise<Stat | null> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!text) return null;
  // The command name is in parentheses and may hold spaces: read the fields after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields 4, 14 and 15 of proc(5) (ppid, utime, stime) are at 1, 11 and 12 after the name.
  return { pid, ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS };
}

/** User + system CPU seconds of one process. */
export async function cpuSeconds(pid: number): Promise<number> {
  return (await statOf(pid))?.cpuSeconds ?? Number.NaN;
}

/** User + system CPU seconds of every descendant of `root` except the `exclude` subtrees (the browser, when root is this process). */
export async function treeCpuSeconds(root: number, exclude: readonly number[]): Promise<number> {
  const pids = (await readdir('/proc')).filter((d) => /^\d+$/.test(d)).map(Number);
  const stats = (await Promise.all(pids.map(statOf))).filter((s): s is Stat => s !== null);
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (exclude.includes(c.pid)) continue;
      total += c.cpuSeconds;
      walk(c.pid);
    }
  };
  walk(root);
  return total;
}
