/**
 * The job an open panel or dialog shows, read from the console's job cache (kept current by pushed
 * deltas, this window's own changes included), so it is never staler than the board. A job the
 * cache does not hold (neither queued nor on the board's range) is fetched once and kept there.
 */
import { useCallback, useEffect, useState } from 'react';
import { invoke, on } from '../../api/client';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { useConsoleState, useConsoleStore } from '../../state/hooks';

export type LiveJob = {
  job: Job | null;
  /** Why the job could not be loaded (NOT_FOUND once it is gone). */
  error: AppErrorData | null;
  /** Show a job the panel itself just saved (the host's reply), without waiting for its delta. */
  accept(job: Job): void;
  /** Fetch the job again now (after a refusal that says this window's copy is stale). */
  refresh(): void;
};

/** What a control that changes the job needs from the panel's live copy. */
export type JobUpdates = Pick<LiveJob, 'accept' | 'refresh'>;

export function useLiveJob(jobId: string): LiveJob {
  const store = useConsoleStore();
  // `jobsVersion` changes with every change of the cache, so the read follows it.
  const job = useConsoleState((s) => (s.jobsVersion >= 0 ? (store.jobs.get(jobId) ?? null) : null));
  const [error, setError] = useState<AppErrorData | null>(null);
  const [reloads, setReloads] = useState(0);
  const missing = job === null;

  useEffect(() => {
    if (!missing && reloads === 0) return;
    let alive = true;
    void invoke('jobs:get', { id: jobId }).then((result) => {
      if (!alive) return;
      if (result.ok) {
        store.jobs.merge(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [store, jobId, missing, reloads]);

  const accept = useCallback((saved: Job) => store.jobs.merge(saved), [store]);
  const refresh = useCallback(() => setReloads((n) => n + 1), []);
  return { job, error: job ? null : error, accept, refresh };
}

/** All technicians (active or not: a booked job may sit on an inactive one), kept current. */
export function useTechnicians(): Technician[] | null {
  const [technicians, setTechnicians] = useState<Technician[] | null>(null);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const result = await invoke('technicians:list', {});
      if (alive && result.ok) setTechnicians(result.value);
    };
    void load();
    const offTechs = on('technicians:changed', () => void load());
    const offReset = on('data:reset', () => void load());
    return () => {
      alive = false;
      offTechs();
      offReset();
    };
  }, []);
  return technicians;
}
