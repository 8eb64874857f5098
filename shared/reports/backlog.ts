/**
 * Backlog: how many jobs waited in the queue (open and not booked) and how many were open, over
 * time, rebuilt from each job's received, booked, unassigned and finished times (report-job.ts).
 */
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf } from './shop-clock';
import { round2 } from './stats';
import type { BacklogPeak, BacklogReport, BacklogSample, ReportMeta } from './types';

const HOUR_MS = 3_600_000;
/** Ranges up to this many days are sampled by the hour; longer ones by the shop day. */
export const HOURLY_UP_TO_DAYS = 31;

/**
 * Every change to the queue and open counts as one sortable number: the instant times 4 plus a
 * code, so one native sort of a typed array orders them (a year of archives is hundreds of
 * thousands of changes) and, at one instant, leaving (codes 0, 1) comes before arriving (2, 3):
 * a job booked the minute another arrives is no spike.
 */
const FINISHED = 0;
const BOOKED = 1;
const WAITS = 2;
const RECEIVED = 3;

function changesOf(jobs: readonly ReportJob[], from: number, to: number): Float64Array {
  const out: number[] = [];
  for (const job of jobs) {
    if (job.received >= to || (job.finished !== null && job.finished < from)) continue;
    out.push(job.received * 4 + RECEIVED);
    if (job.finished !== null) out.push(job.finished * 4 + FINISHED);
    for (const [start, end] of job.waiting) {
      if (end !== null && end <= start) continue;
      out.push(start * 4 + WAITS);
      if (end !== null) out.push(end * 4 + BOOKED);
    }
  }
  return Float64Array.from(out).sort();
}

/** Bucket starts: every hour (real hours, so a DST day has 23 or 25) or every shop midnight, plus the end. */
function bucketEdges(first: number, last: number, clock: ShopClock, hourly: boolean): number[] {
  const end = clock.startOf(last + 1);
  const edges: number[] = [];
  if (hourly) for (let t = clock.startOf(first); t < end; t += HOUR_MS) edges.push(t);
  else for (let d = first; d <= last; d++) edges.push(clock.startOf(d));
  edges.push(end);
  return edges;
}

export function backlogReport(jobs: readonly ReportJob[], input: { from: string; to: string }, clock: ShopClock): Omit<BacklogReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const hourly = last - first + 1 <= HOURLY_UP_TO_DAYS;
  const edges = bucketEdges(first, last, clock, hourly);
  const changes = changesOf(jobs, edges[0] as number, edges.at(-1) as number);
  let queue = 0;
  let open = 0;
  let i = 0;
  const apply = (key: number) => {
    const code = key % 4;
    if (code === RECEIVED) open += 1;
    else if (code === FINISHED) open -= 1;
    else if (code === WAITS) queue += 1;
    else queue -= 1;
    return code;
  };
  const firstKey = (edges[0] as number) * 4;
  for (; i < changes.length && (changes[i] as number) < firstKey; i++) apply(changes[i] as number);
  const samples: BacklogSample[] = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const a = edges[b] as number;
    const z = edges[b + 1] as number;
    let queueMax = queue;
    let received = 0;
    let finished = 0;
    for (; i < changes.length && (changes[i] as number) < z * 4; i++) {
      const code = apply(changes[i] as number);
      if (code === RECEIVED) received += 1;
      if (code === FINISHED) finished += 1;
      if (queue > queueMax) queueMax = queue;
    }
    samples.push({ at: new Date(a).toISOString(), day: dayKeyOfNumber(clock.dayOf(a)), queue, queueMax, open, received, finished });
  }
  const peaks: BacklogPeak[] = [];
  const seenDays = new Set<string>();
  for (const s of [...samples].sort((x, y) => y.queueMax - x.queueMax || x.at.localeCompare(y.at))) {
    if (peaks.length === 5 || s.queueMax === 0) break;
    if (seenDays.has(s.day)) continue;
    seenDays.add(s.day);
    peaks.push({ at: s.at, day: s.day, queue: s.queueMax });
  }
  const meanQueue = samples.length > 0 ? samples.reduce((n, s) => n + s.queue, 0) / samples.length : 0;
  return { step: hourly ? 'hour' : 'day', samples, peaks, meanQueue: round2(meanQueue) };
}
