/**
 * The headless host as a separate process, driven over HTTP on loopback: start time, one durable
 * mutation at idle and during an intake burst, intake throughput (verified on disk), memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pinnedClock } from '../../electron/core/pinned-clock';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DispatchDocument } from '../../shared/schemas/document';
import { repeat, sleep, summarize, type Summary } from './stats';
import { readCommittedDocument } from '../../electron/core/store/read-committed';

export type RunningHost = {
  child: ChildProcess;
  baseUrl: string;
  url: string;
  token: string;
  intakeToken: string;
  dataDir: string;
  startMs: number;
  /** The host's pinned clock, read here: the instant the host believes it is now. */
  now(): Date;
  invoke<T = unknown>(channel: string, input: unknown): Promise<{ ok: boolean; value?: T; error?: { message: string } }>;
  stop(): Promise<void>;
};

const READY = /Dispatch Console \(headless\) ready at (http:\/\/127\.0\.0\.1:\d+)\/#token=/;

/**
 * Start `node <hostJs> --data <dir> --now <now>` and wait for its ready line. The host's clock is
 * pinned to `now` (then advances with real time), so the run measures the same working morning
 * whatever day it is.
 */
export async function startHost(hostJs: string, dataDir: string, now: Date, env: Readonly<Record<string, string>> = {}): Promise<RunningHost> {
  const token = randomBytes(24).toString('base64url').replace(/^-/, 'a');
  const intakeToken = randomBytes(24).toString('base64url').replace(/^-/, 'b');
  const started = performance.now();
  const clock = pinnedClock(now);
  const args = [hostJs, '--data', dataDir, '--port', '0', `--token=${token}`, `--intake-token=${intakeToken}`, `--now=${now.toISOString()}`];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const m = READY.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`host exited (${code}) before it was ready:\n${out}\n${err}`)));
  });
  const startMs = performance.now() - started;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    baseUrl,
    url: `${baseUrl}/#token=${token}`,
    token,
    intakeToken,
    dataDir,
    startMs,
    now: () => clock.now(),
    async invoke(channel, input) {
      const res = await fetch(`${baseUrl}/api/invoke`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      return (await res.json()) as never;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident set size of a process, from /proc (Linux). */
export async function rssMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export type Shape = { clients: { id: string; name: string }[]; technicians: { id: string }[]; queued: string[] };

export async function shapeOf(host: RunningHost): Promise<Shape> {
  const doc = (await readCommittedDocument(host.dataDir)) as DispatchDocument;
  return {
    clients: doc.clients.map((c) => ({ id: c.id, name: c.name })),
    technicians: doc.technicians.map((t) => ({ id: t.id })),
    queued: doc.jobs.filter((j) => j.status === 'new' && j.assignment === null).map((j) => j.id),
  };
}

/**
 * POST `count` intake jobs, `concurrency` at a time. Returns elapsed ms, the statuses seen, and when
 * (epoch ms: timeOrigin + now) each created job's answer arrived, in arrival order.
 */
export async function intakeBurst(host: RunningHost, shape: Shape, tag: string, count: number, concurrency: number) {
  let next = 0;
  const statuses = new Map<number, number>();
  const createdAt: number[] = [];
  const started = performance.now();
  async function lane() {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const client = shape.clients[i % shape.clients.length]!;
      const res = await fetch(`${host.baseUrl}/api/v1/jobs`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.intakeToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          client: client.id,
          title: `Monitoring alert ${tag}-${i}: disk almost full`,
          description: 'Raised by the RMM agent: C: has less than 5% free space.',
          priority: i % 10 === 0 ? 'P1' : 'P2',
          category: 'hardware',
          externalRef: `${tag}-${i}`,
        }),
      });
      await res.arrayBuffer();
      if (res.status === 201) createdAt.push(performance.timeOrigin + performance.now());
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { ms: performance.now() - started, statuses, createdAt };
}

async function countOnDisk(dataDir: string, tag: string): Promise<number> {
  const doc = (await readCommittedDocument(dataDir)) as DispatchDocument;
  return doc.jobs.filter((j) => j.externalRef?.startsWith(`${tag}-`)).length;
}

export type HostResults = {
  mutationIdle: Summary;
  mutationDuringBurst: Summary;
  intake: { jobsPerSecond: Summary; posted: number; created: number; onDisk: number; statuses: Record<string, number> };
  archiveSearch: { coldMs: number; warm: Summary; searched: number };
  memory: { rssMb: number; peakRssMb: number };
};

let stamp = 0;
/** One schedule:assign timed alone (the job is unassigned again after, untimed). */
export async function timedAssign(host: RunningHost, shape: Shape, i: number): Promise<number> {
  const jobId = shape.queued[(stamp++ * 7 + i) % shape.queued.length]!;
  const start = new Date(host.now().getTime() + ((i % 6) + 1) * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  const t = performance.now();
  const result = await host.invoke('schedule:assign', { jobId, technicianId: shape.technicians[i % shape.technicians.length]!.id, start: start.toISOString() });
  const ms = performance.now() - t;
  if (!result.ok) throw new Error(`schedule:assign failed: ${result.error?.message}`);
  await host.invoke('schedule:unassign', { jobId });
  return ms;
}

/**
 * The intake API's budgets per token (settings → intake → limits) are sized for a real shop and
 * would answer most of a benchmark's thousands of POSTs with 429: raise them to their maximum, so
 * what is measured is the host's throughput, not the limiter.
 */
export const BENCH_INTAKE_LIMITS = { jobsPerMinute: 100_000, jobBurst: 100_000, requestsPerMinute: 1_000_000, kibPerMinute: 1_000_000, kibBurst: 1_000_000 };

export async function raiseIntakeLimits(host: RunningHost): Promise<void> {
  const current = await host.invoke<{ intake: Record<string, unknown> }>('settings:get', {});
  if (!current.ok) throw new Error(`settings:get failed: ${current.error?.message}`);
  const set = await host.invoke('settings:set', { intake: { ...current.value!.intake, limits: BENCH_INTAKE_LIMITS } });
  if (!set.ok) throw new Error(`settings:set failed: ${set.error?.message}`);
}

export async function benchHost(host: RunningHost, reps: { mutation: number; intakeRuns: number; intakeJobs: number }): Promise<HostResults> {
  const shape = await shapeOf(host);
  await raiseIntakeLimits(host);

  // Archive search first: cold (the month files are parsed on first use), then warm.
  let t = performance.now();
  const cold = await host.invoke<{ searched: number }>('archive:search', { query: 'ups battery', limit: 50 });
  const coldMs = performance.now() - t;
  if (!cold.ok) throw new Error(`archive:search failed: ${cold.error?.message}`);
  const queries = ['ups battery', 'J-50123', 'riverside dental', 'vpn drops', 'kingsway school 12', 'customer reports', 'zzz-no-match'];
  const warm = await repeat(queries.length * 3, async (i) => {
    t = performance.now();
    const r = await host.invoke('archive:search', { query: queries[i % queries.length], limit: 50 });
    if (!r.ok) throw new Error(`archive:search failed: ${r.error?.message}`);
    return performance.now() - t;
  });

  const mutationIdle = await repeat(reps.mutation, async (i) => {
    const ms = await timedAssign(host, shape, i);
    await sleep(20);
    return ms;
  });

  // Mutations while an intake burst is arriving (50 requests in flight).
  const during: number[] = [];
  const burst = intakeBurst(host, shape, 'burst', 600, 50);
  let done = false;
  void burst.then(() => (done = true));
  for (let i = 0; !done; i++) during.push(await timedAssign(host, shape, i));
  await burst;

  // Intake throughput: runs of `intakeJobs`, with a pause between runs so each starts from a quiet host.
  const rates: number[] = [];
  const statuses: Record<string, number> = {};
  let posted = 0;
  let created = 0;
  let onDisk = 0;
  for (let run = 0; run < reps.intakeRuns; run++) {
    await sleep(6_000);
    const tag = `tp${run}`;
    const result = await intakeBurst(host, shape, tag, reps.intakeJobs, 50);
    posted += reps.intakeJobs;
    const ok = (result.statuses.get(201) ?? 0) + (result.statuses.get(200) ?? 0);
    created += ok;
    for (const [code, n] of result.statuses) statuses[code] = (statuses[code] ?? 0) + n;
    rates.push((ok / result.ms) * 1000);
    // Acknowledged means on disk: read the file the host wrote, right now.
    onDisk += await countOnDisk(host.dataDir, tag);
  }
  const mem = await rssMb(host.child.pid!);
  return {
    mutationIdle,
    mutationDuringBurst: summarize(during),
    intake: { jobsPerSecond: summarize(rates), posted, created, onDisk, statuses },
    archiveSearch: { coldMs, warm, searched: (cold.value as { searched: number }).searched },
    memory: { rssMb: mem.rss, peakRssMb: mem.peak },
  };
}
