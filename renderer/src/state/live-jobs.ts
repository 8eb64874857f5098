/**
 * Keeps the job cache current and turns it into what views read: the queue (open jobs without a
 * technician) and the board (jobs overlapping the range it shows), with this window's changes in
 * flight laid over both. Pushed deltas are applied in batches, one per animation frame, so an
 * intake storm of a thousand jobs is a few renders, not a thousand; a gap in their numbering asks
 * for one resynchronisation from snapshots.
 */
import { parseJobsDelta } from '../../../shared/ipc/deltas';
import type { JobsDelta } from '../../../shared/ipc/deltas';
import type { BoardData, QueueData } from '../../../shared/ipc/outputs';
import { isUnassignedStatus } from '../../../shared/domain/status';
import type { Job } from '../../../shared/schemas/job';
import { createJobCache } from './job-cache';

/** What the views read, as derived after each change. */
export type LiveJobsView = {
  queue: QueueData | null;
  board: BoardData | null;
  pendingJobIds: ReadonlySet<string>;
  /** Rises with every change of the cache (for views that read single jobs by id). */
  jobsVersion: number;
};

export type LiveJobsDeps = {
  /** Run `flush` once before the next paint (requestAnimationFrame in the page). */
  frame(flush: () => void): void;
  /** The cache changed; parts of the view that did not keep their identity. */
  onChange(view: LiveJobsView): void;
  /** Deltas were missed or unreadable: fetch the snapshots again (coalesced by the caller). */
  resync(): void;
};

export type LiveJobs = ReturnType<typeof createLiveJobs>;

const isQueued = (job: Job): boolean => isUnassignedStatus(job.status) && job.assignment === null;

function overlaps(job: Job, from: number, to: number): boolean {
  const a = job.assignment;
  return a !== null && Date.parse(a.start) < to && Date.parse(a.end) > from;
}

/** `next` unless it holds exactly the same jobs as `prev` (so memoised views skip the render). */
function keep(prev: readonly Job[] | undefined, next: Job[]): Job[] | null {
  if (!prev || prev.length !== next.length) return null;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return null;
  return prev as Job[];
}

export function createLiveJobs(deps: LiveJobsDeps) {
  const cache = createJobCache();
  let incoming: JobsDelta[] = [];
  let scheduled = false;
  let queueLoaded = false;
  let boardMeta: Omit<BoardData, 'jobs'> | null = null;
  let view: LiveJobsView = { queue: null, board: null, pendingJobIds: new Set(), jobsVersion: 0 };

  function derive(): void {
    const queued: Job[] = [];
    const booked: Job[] = [];
    const from = boardMeta ? Date.parse(boardMeta.from) : 0;
    const to = boardMeta ? Date.parse(boardMeta.to) : 0;
    for (const job of cache.jobs()) {
      if (isQueued(job)) queued.push(job);
      else if (boardMeta && overlaps(job, from, to)) booked.push(job);
    }
    const revision = cache.revision();
    const queueJobs = keep(view.queue?.jobs, queued);
    const queue = !queueLoaded ? null : queueJobs && view.queue ? view.queue : { jobs: queued, revision };
    const boardJobs = keep(view.board?.jobs, booked);
    const board = !boardMeta ? null : boardJobs && view.board?.from === boardMeta.from && view.board.technicians === boardMeta.technicians ? view.board : { ...boardMeta, jobs: booked, revision };
    const pending = cache.pendingIds();
    const samePending = pending.size === view.pendingJobIds.size && [...pending].every((id) => view.pendingJobIds.has(id));
    view = { queue, board, pendingJobIds: samePending ? view.pendingJobIds : pending, jobsVersion: view.jobsVersion + 1 };
    deps.onChange(view);
  }

  function flush(): void {
    scheduled = false;
    const batch = incoming;
    incoming = [];
    if (batch.length === 0) return;
    const { gap, changed } = cache.applyDeltas(batch);
    if (changed.size > 0) derive();
    if (gap) deps.resync();
  }

  return {
    /** The job as this window shows it (undefined when neither the queue nor a board range held it). */
    get: (id: string): Job | undefined => cache.get(id),
    view: (): LiveJobsView => view,

    /** A `jobs:changed` payload from the host. */
    receive(payload: unknown): void {
      const delta = parseJobsDelta(payload);
      if (!delta) {
        deps.resync();
        return;
      }
      incoming.push(delta);
      if (scheduled) return;
      scheduled = true;
      deps.frame(flush);
    },
    /** Apply what has arrived now (also what `frame` calls). */
    flush,

    queueSnapshot(data: QueueData): void {
      cache.applySnapshot(data.jobs, data.revision, isQueued);
      queueLoaded = true;
      derive();
    },
    boardSnapshot(data: BoardData): void {
      const from = Date.parse(data.from);
      const to = Date.parse(data.to);
      cache.applySnapshot(data.jobs, data.revision, (job) => overlaps(job, from, to));
      const { jobs: _jobs, ...meta } = data;
      const sameMeta = boardMeta && boardMeta.from === meta.from && boardMeta.to === meta.to && JSON.stringify(boardMeta.technicians) === JSON.stringify(meta.technicians);
      if (!sameMeta) boardMeta = meta;
      derive();
    },
    /** A job the host returned to a call. */
    merge(job: Job): void {
      if (cache.merge(job)) derive();
    },

    /** Show `job` as this window's change makes it, until `settle`. Returns the token. */
    begin(job: Job): number {
      const token = cache.begin(job);
      derive();
      return token;
    },
    /** The change ended: saved (the host's reply) or refused (shown as the host has it again). */
    settle(jobId: string, token: number, saved?: Job): void {
      cache.settle(jobId, token, saved);
      derive();
    },

    /** Reconnected: take the delta numbering from the next snapshot. */
    renumber: () => cache.renumber(),

    /** The data file was replaced: forget every job until the snapshots come back. */
    reset(): void {
      cache.reset();
      incoming = [];
    },
  };
}
