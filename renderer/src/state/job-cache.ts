/**
 * The renderer's one copy of the host's jobs, keyed by job id, and this window's changes still on
 * their way (optimistic jobs). Fed by snapshots (`queue:list`, `board:range`, `jobs:get`), by the
 * deltas `jobs:changed` carries, and by the replies to this window's own calls. Pure and
 * synchronous; the console store wires it to the host and tells views.
 *
 * Rules that keep it right whatever order things arrive in:
 * - a job never steps back: a copy older than the one held (lower `revision`) is ignored;
 * - a job that left the active file stays gone for snapshots taken before it left;
 * - a snapshot drops the jobs it no longer lists (within its scope) unless a delta newer than the
 *   snapshot brought them;
 * - an optimistic job is shown instead of the host's until its call settles; then the host's copy
 *   (the reply or anything newer) is shown, which is what is on disk.
 */
import type { JobsDelta } from '../../../shared/ipc/deltas';
import type { Job } from '../../../shared/schemas/job';

export type JobCache = ReturnType<typeof createJobCache>;

export type DeltaOutcome = {
  /** A delta between the last one applied and these is missing: resynchronise from a snapshot. */
  gap: boolean;
  /** Ids whose shown job may have changed. */
  changed: Set<string>;
};

type Held = { job: Job; since: number };

export function createJobCache() {
  const server = new Map<string, Held>();
  // Id → delta revision at which the job left the active file.
  const gone = new Map<string, number>();
  const optimistic = new Map<string, { job: Job; token: number }>();
  let revision = 0;
  let synced = false;
  let nextToken = 1;

  /** Keep `job` unless a newer copy is held; true when the held copy changed. */
  function put(job: Job, since: number): boolean {
    const held = server.get(job.id);
    if (held && held.job.revision > job.revision) return false;
    if (held && held.job.revision === job.revision) {
      held.since = Math.max(held.since, since);
      return false;
    }
    server.set(job.id, { job, since });
    return true;
  }

  return {
    /** The number of the last delta or snapshot applied. */
    revision: () => revision,
    /** The job as this window shows it: its own change in flight, else the host's copy. */
    get(id: string): Job | undefined {
      return optimistic.get(id)?.job ?? server.get(id)?.job;
    },
    /** Every job shown (optimistic ones in place of the host's). */
    *jobs(): Iterable<Job> {
      for (const [id, held] of server) yield optimistic.get(id)?.job ?? held.job;
      for (const [id, o] of optimistic) if (!server.has(id)) yield o.job;
    },
    /** Ids with a change of this window still saving. */
    pendingIds: (): Set<string> => new Set(optimistic.keys()),

    /** Apply pushed deltas (one batch, any order within it). */
    applyDeltas(deltas: readonly JobsDelta[]): DeltaOutcome {
      const changed = new Set<string>();
      let gap = false;
      for (const d of [...deltas].sort((a, b) => a.revision - b.revision)) {
        // Before the first snapshot there is nothing to miss: the snapshot will hold it all.
        if (synced && d.previous > revision) gap = true;
        revision = Math.max(revision, d.revision);
        for (const job of d.jobs) if (put(job, d.revision)) changed.add(job.id);
        for (const id of d.removed) {
          gone.set(id, d.revision);
          if (server.delete(id)) changed.add(id);
        }
      }
      return { gap, changed };
    },

    /**
     * Apply a snapshot taken at `at`: every job it lists, and (when `inScope` is given) the end of
     * every held job in scope that it does not list, unless a later delta brought that one.
     */
    applySnapshot(jobs: readonly Job[], at: number, inScope?: (job: Job) => boolean): Set<string> {
      const changed = new Set<string>();
      const listed = new Set<string>();
      for (const job of jobs) {
        listed.add(job.id);
        const left = gone.get(job.id);
        if (left !== undefined && left > at) continue;
        gone.delete(job.id);
        if (put(job, at)) changed.add(job.id);
      }
      if (inScope) {
        for (const [id, held] of server) {
          if (!listed.has(id) && held.since <= at && inScope(held.job)) {
            server.delete(id);
            changed.add(id);
          }
        }
      }
      revision = Math.max(revision, at);
      synced = true;
      return changed;
    },

    /**
     * A job the host returned to a call (a reply, `jobs:get`). It was read after every delta
     * applied so far, so a snapshot no newer than those does not drop it; its own delta follows.
     */
    merge(job: Job): boolean {
      gone.delete(job.id);
      return put(job, revision + 1);
    },

    /** Show `job` while this window's change to it saves; returns the token that settles it. */
    begin(job: Job): number {
      const token = nextToken++;
      optimistic.set(job.id, { job, token });
      return token;
    },

    /**
     * The call behind `token` ended: with the host's reply (`saved`) or refused (rollback to the
     * host's copy). A later change of the same job in this window keeps its own optimistic job.
     */
    settle(jobId: string, token: number, saved?: Job): void {
      if (optimistic.get(jobId)?.token === token) optimistic.delete(jobId);
      if (saved) put(saved, revision + 1);
    },

    /**
     * Forget the delta numbering (the event socket reconnected, perhaps to a restarted host that
     * counts from 0 again); the next snapshot sets it. Jobs are kept: their own revisions still hold.
     */
    renumber(): void {
      revision = 0;
      synced = false;
    },

    /** Forget everything (the data file was replaced): the next snapshots start afresh. */
    reset(): void {
      server.clear();
      gone.clear();
      revision = 0;
      synced = false;
    },
  };
}
