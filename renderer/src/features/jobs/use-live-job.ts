/**
 * The job an open panel shows, fetched by id and refetched whenever the host says it changed
 * (`jobs:changed` naming it, or `data:reset`), so the panel is never staler than the board.
 */
import { useCallback, useEffect, useState } from 'react';
import { invoke, on } from '../../api/client';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';

export type LiveJob = {
  job: Job | null;
  /** Why the job could not be loaded (NOT_FOUND once it is gone). */
  error: AppErrorData | null;
  /** Show a job the panel itself just saved, without waiting for the refetch. */
  accept(job: Job): void;
};

export function useLiveJob(jobId: string): LiveJob {
  const [state, setState] = useState<{ job: Job | null; error: AppErrorData | null }>({ job: null, error: null });

  useEffect(() => {
    let alive = true;
    // Responses can overtake each other; only the newest version of the job is ever shown.
    const load = async () => {
      const result = await invoke('jobs:get', { id: jobId });
      if (!alive) return;
      if (result.ok) setState((s) => (s.job && s.job.updatedAt > result.value.updatedAt ? s : { job: result.value, error: null }));
      else setState((s) => ({ job: result.error.code === 'NOT_FOUND' ? null : s.job, error: result.error }));
    };
    void load();
    const offJobs = on('jobs:changed', ({ ids }) => {
      if (ids.includes(jobId)) void load();
    });
    const offReset = on('data:reset', () => void load());
    return () => {
      alive = false;
      offJobs();
      offReset();
    };
  }, [jobId]);

  const accept = useCallback((job: Job) => {
    setState((s) => (s.job && s.job.updatedAt > job.updatedAt ? s : { job, error: null }));
  }, []);

  return { ...state, accept };
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
