/**
 * Alert policy cost: `decideAlerts` runs on every jobs change and every 30 s, over the
 * whole active file. This times it on N jobs (a fifth open and unassigned, a mix of priorities and
 * SLA states) and prints the median and 95th percentile. Run with `node scripts/bench-alerts.mjs`.
 */
import { decideAlerts, emptyAlertMemory } from '../../shared/domain/alerts';
import type { Job } from '../../shared/schemas/job';

const n = Number(process.env.BENCH_ALERT_JOBS ?? 10_000);
const runs = Number(process.env.BENCH_ALERT_RUNS ?? 200);
const now = new Date('2026-11-26T10:00:00Z');
const priorities = ['P1', 'P2', 'P3', 'P4'] as const;

function job(i: number): Job {
  const received = now.getTime() - (i % 600) * 60_000;
  const unassigned = i % 5 === 0;
  const iso = (t: number) => new Date(t).toISOString();
  return {
    id: `job-${i}`, number: `J-${1000 + i}`, clientId: 'c', siteId: null, contactId: null, title: `Job ${i}`, description: '',
    category: 'other', requiredSkills: [], priority: priorities[i % 4]!, status: unassigned ? 'new' : i % 7 === 0 ? 'done' : 'scheduled',
    statusReason: null, receivedAt: iso(received), responseDueAt: iso(received + 240 * 60_000), resolutionDueAt: iso(received + 1440 * 60_000),
    estimateMinutes: 60, slaPausedSince: null, slaPausedMinutes: 0, respondedAt: null, resolvedAt: null,
    assignment: unassigned ? null : { technicianId: 't', start: iso(received), end: iso(received + 3600_000) },
    externalRef: null, notes: '', visits: [], followUpOf: null, maintenance: null, pinned: false, history: [], createdAt: iso(received), updatedAt: iso(received), revision: 1,
  };
}

const jobs = Array.from({ length: n }, (_, i) => job(i));
const input = { jobs, alertState: { acknowledged: [], snoozedUntil: null }, settings: { repeatMinutes: 5, quietHours: { start: '22:00', end: '07:00' }, sound: true }, timeZone: 'Europe/London', now };
let memory = emptyAlertMemory;
const times: number[] = [];
let urgent = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const d = decideAlerts({ ...input, memory });
  times.push(performance.now() - t0);
  memory = d.memory;
  urgent = d.urgent.length;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`decideAlerts over ${n} jobs (${jobs.filter((j) => j.assignment === null).length} unassigned, ${urgent} urgent): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, ${runs} runs`);
