/**
 * The job an open panel shows, fetched by id and refetched whenever the host says it changed
 * (`jobs:changed` naming it, `data:reset`, or the event socket coming back after missing events),
 * so the panel is never staler than the board.
 */
import { useCallback, useEffect, useState } from 'react';
import { invoke, on, onConnectionChange } from '../../api/client';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';

export type LiveJob = {
  job: Job | null;
  /** Why the job could not be loaded (NOT_FOUND once it is gone). */
  error: AppErrorData | null;
  /** Show a job the panel itself just saved, without waiting for the refetch. */
  accept(job: Job): void;
  /** Fetch the job again now (after a refusal that says this window's copy is stale). */
  refresh(): void;
};

/** The newer of two versions of a job (the panel never steps back to an older revision). */
const newer = (shown: Job | null, next: Job): Job => (shown && shown.id === next.id && shown.revision > next.revision ? shown : next);

/** What a control that changes the job needs from the panel's live copy. */
export type JobUpdates = Pick<LiveJob, 'accept' | 'refresh'>;

export function useLiveJob(jobId: string): LiveJob {
  const [state, setState] = useState<{ job: Job | null; error: AppErrorData | null }>({ job: null, error: null });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let alive = true;
    // Responses can overtake each other; only the newest version of the job is ever shown, except
    // after `data:reset` (a restored backup), where an older revision is the truth.
    const load = async (replace = false) => {
      const result = await invoke('jobs:get', { id: jobId });
      if (!alive) return;
      if (result.ok) setState((s) => ({ job: replace ? result.value : newer(s.job, result.value), error: null }));
      else setState((s) => ({ job: result.error.code === 'NOT_FOUND' ? null : s.job, error: result.error }));
    };
    void load();
    const offJobs = on('jobs:changed', ({ ids }) => {
      if (ids.includes(jobId)) void load();
    });
    const offReset = on('data:reset', () => void load(true));
    // Changes made while the event socket was down were never announced: fetch the job again.
    const offConnection = onConnectionChange((change) => {
      if (change.reconnected) void load();
    });
    return () => {
      alive = false;
      offJobs();
      offReset();
      offConnection();
    };
  }, [jobId, reloads]);

  const accept = useCallback((job: Job) => {
    setState((s) => ({ job: newer(s.job, job), error: null }));
  }, []);
  const refresh = useCallback(() => setReloads((n) => n + 1), []);

  return { ...state, accept, refresh };
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
