/**
 * The shared PostgreSQL store beside the data file, in one run on one seeded shop: each store behind
 * its own headless host, driven over HTTP on loopback the same way. A throwaway PostgreSQL cluster
 * is started when the server binaries are installed (tests/support/postgres.ts); without them the
 * rows are left out with a note.
 *
 * Measured per store: a durable mutation (schedule:assign, then unassigned again, timed alone), an
 * intake burst (throughput of created jobs, 50 requests in flight), and the board's data for the
 * busiest day and the week (board:range, the call the board makes when it opens).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { openPostgresStore } from '../../electron/core/store-pg/open-postgres-store';
import { postgresUnavailable, startTestPostgres } from '../../tests/support/postgres';
import type { Shop } from '../lib/generate-shop';
import { intakeBurst, raiseIntakeLimits, startHost, timedAssign, type RunningHost, type Shape } from './host-bench';
import type { Row } from './report';
import { repeat, sleep, summarize, type Summary } from './stats';
import { writeOurStore } from './write-data';

export type StoreFigures = { mutation: Summary; intake: { jobsPerSecond: number; created: number; posted: number }; dayRange: Summary; weekRange: Summary; startMs: number };
export type PgBenchResults = { json: StoreFigures; postgres: StoreFigures; dayEvents: number; weekEvents: number } | { skipped: string };

type Options = { hostJs: string; work: string; shop: Shop; now: Date; reps: { mutation: number; range: number; intakeJobs: number }; log: (m: string) => void };

function shapeOfShop(shop: Shop): Shape {
  return {
    clients: shop.doc.clients.map((c) => ({ id: c.id, name: c.name })),
    technicians: shop.doc.technicians.filter((t) => t.active).map((t) => ({ id: t.id })),
    queued: shop.doc.jobs.filter((j) => j.status === 'new' && j.assignment === null).map((j) => j.id),
  };
}

async function measure(host: RunningHost, shop: Shop, opts: Options): Promise<StoreFigures & { dayEvents: number; weekEvents: number }> {
  const shape = shapeOfShop(shop);
  const tz = shop.doc.settings.timeZone;
  const today = dayBounds(dayOf(opts.now, tz), tz);
  const booked = shop.doc.jobs.flatMap((j) => (j.assignment ? [Date.parse(j.assignment.start)] : []));
  const monday = dayBounds(dayOf(new Date(Math.min(...booked)), tz), tz).start;
  const week = { from: monday.toISOString(), to: new Date(monday.getTime() + 7 * 86_400_000).toISOString() };
  let dayEvents = 0;
  let weekEvents = 0;
  const range = async (r: { from: string; to: string }) => {
    const t = performance.now();
    const answer = await host.invoke<{ jobs: unknown[] }>('board:range', r);
    const ms = performance.now() - t;
    if (!answer.ok) throw new Error(`board:range failed: ${answer.error?.message}`);
    return { ms, count: answer.value!.jobs.length };
  };
  const dayRange = await repeat(opts.reps.range, async () => {
    const r = await range({ from: today.start.toISOString(), to: today.end.toISOString() });
    dayEvents = r.count;
    return r.ms;
  });
  const weekRange = await repeat(opts.reps.range, async () => {
    const r = await range(week);
    weekEvents = r.count;
    return r.ms;
  });

  const mutation = await repeat(opts.reps.mutation, async (i) => {
    const ms = await timedAssign(host, shape, i);
    await sleep(20);
    return ms;
  });

  await raiseIntakeLimits(host);
  await sleep(2_000);
  const burst = await intakeBurst(host, shape, 'pg-bench', opts.reps.intakeJobs, 50);
  const created = (burst.statuses.get(201) ?? 0) + (burst.statuses.get(200) ?? 0);
  return { mutation, intake: { jobsPerSecond: (created / burst.ms) * 1000, created, posted: opts.reps.intakeJobs }, dayRange, weekRange, startMs: host.startMs, dayEvents, weekEvents };
}

async function measureHost(dataDir: string, env: Record<string, string>, shop: Shop, opts: Options): ReturnType<typeof measure> {
  const host = await startHost(opts.hostJs, dataDir, opts.now, env);
  try {
    return await measure(host, shop, opts);
  } finally {
    await host.stop();
  }
}

/** Both stores, one after the other, on copies of the same shop (without its archive: the JSON store keeps that in files). */
export async function benchPostgres(opts: Options): Promise<PgBenchResults> {
  const missing = await postgresUnavailable();
  if (missing) return { skipped: missing };
  const shop: Shop = { ...opts.shop, history: [] };

  const jsonDir = join(opts.work, 'pg-bench-json');
  await mkdir(jsonDir, { recursive: true });
  await writeOurStore(jsonDir, shop, opts.now);
  const json = await measureHost(jsonDir, {}, shop, opts);
  opts.log(`JSON store measured (mutation median ${json.mutation.median.toFixed(1)} ms)`);

  const server = await startTestPostgres();
  try {
    const url = await server.createDatabase('dispatch_bench');
    const store = await openPostgresStore({ connectionString: url, hostId: 'bench-seed', onWarning: opts.log });
    try {
      await store.mutate((draft) => void Object.assign(draft, structuredClone(shop.doc)));
    } finally {
      await store.close();
    }
    const deskDir = join(opts.work, 'pg-bench-desk');
    await mkdir(deskDir, { recursive: true });
    const postgres = await measureHost(deskDir, { DISPATCH_DATABASE_URL: url }, shop, opts);
    opts.log(`PostgreSQL store measured (mutation median ${postgres.mutation.median.toFixed(1)} ms)`);
    return { json, postgres, dayEvents: postgres.dayEvents, weekEvents: postgres.weekEvents };
  } finally {
    await server.stop();
  }
}

/** The rows: PostgreSQL's figure, the JSON store's as the baseline. */
export function pgRows(results: PgBenchResults): Row[] {
  if ('skipped' in results) return [];
  const { json, postgres: pg } = results;
  const jobsPerSecond = (f: StoreFigures) => summarize([f.intake.jobsPerSecond]);
  return [
    { measure: 'Shared database: durable mutation (HTTP)', value: pg.mutation, unit: 'ms', baseline: json.mutation, note: 'schedule:assign committed in PostgreSQL (local cluster, loopback); baseline: the data file (journal), same host build and shop' },
    { measure: 'Shared database: intake throughput', value: jobsPerSecond(pg), unit: 'jobs/s', baseline: jobsPerSecond(json), note: `${pg.intake.created} of ${pg.intake.posted} created, 50 in flight; baseline: the data file` },
    { measure: `Shared database: board day (${results.dayEvents} jobs, board:range over HTTP)`, value: pg.dayRange, unit: 'ms', baseline: json.dayRange, note: 'answered from the desk\u2019s memory on both stores' },
    { measure: `Shared database: board week (${results.weekEvents} jobs, board:range over HTTP)`, value: pg.weekRange, unit: 'ms', baseline: json.weekRange },
    { measure: 'Shared database: host start → ready', value: summarize([pg.startMs]), unit: 'ms', baseline: summarize([json.startMs]), note: 'PostgreSQL: connect, migrate, load every row' },
  ];
}
