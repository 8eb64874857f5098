/**
 * The close-out screen's data and drafts: the technician's day from the host (refetched on every
 * pushed change, like the run sheets), and the rows as typed. A row the dispatcher has changed
 * keeps what they typed when fresh data arrives; untouched rows follow the host.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CloseOutDay } from '../../../../shared/ipc/outputs';
import type { Job } from '../../../../shared/schemas/job';
import { invoke, on } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { createLoader } from '../../state/loader';
import type { Loader } from '../../state/loader';
import { draftOfJob, isDirty } from './close-out-model';
import type { RowDraft } from './close-out-model';

export type DayState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: CloseOutDay };

export function useCloseOutDay(technicianId: string | null, day: string) {
  const [state, setState] = useState<DayState>({ kind: 'loading' });
  const [rows, setRows] = useState<Map<string, RowDraft>>(new Map());
  const loaded = useRef<Map<string, RowDraft>>(new Map());
  const loader = useRef<Loader | null>(null);

  /** Take fresh jobs: untouched rows (and every row of `saved`) follow them. */
  const absorb = useCallback((jobs: readonly Job[], tech: string, zone: string, saved: ReadonlySet<string> = new Set()) => {
    setRows((current) => {
      const next = new Map(current);
      for (const job of jobs) {
        const fresh = draftOfJob(job, tech, day, zone);
        const before = loaded.current.get(job.id);
        const typed = current.get(job.id);
        if (!typed || !before || !isDirty(typed, before) || saved.has(job.id)) next.set(job.id, fresh);
        loaded.current.set(job.id, fresh);
      }
      return next;
    });
  }, [day]);

  useEffect(() => {
    if (!technicianId) return undefined;
    // The screen is keyed by its route, so a new day or technician starts from fresh state.
    let live = true;
    const current = createLoader(async () => {
      const result = await invoke('visits:day', { technicianId, day });
      if (!live) return;
      if (!result.ok) return setState({ kind: 'error', message: describeError('Loading the day', result.error) });
      absorb(result.value.jobs, technicianId, result.value.timeZone);
      setState({ kind: 'ready', data: result.value });
    });
    loader.current = current;
    void current.run();
    const stops = (['jobs:changed', 'technicians:changed', 'settings:changed', 'data:reset'] as const).map((e) => on(e, () => void current.run()));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [technicianId, day, absorb]);

  /**
   * Show jobs this screen just saved (the host's reply) without waiting for the refetch their push
   * event starts, so a second save right after the first sends their new revisions.
   */
  const accept = useCallback(
    (saved: readonly Job[], tech: string, zone: string) => {
      const newer = new Map(saved.map((j) => [j.id, j]));
      setState((s) => (s.kind === 'ready' ? { ...s, data: { ...s.data, jobs: s.data.jobs.map((j) => (newer.get(j.id)?.revision ?? 0) > j.revision ? newer.get(j.id)! : j) } } : s));
      absorb(saved, tech, zone, new Set(newer.keys()));
    },
    [absorb],
  );

  const setRow = useCallback((row: RowDraft) => setRows((current) => new Map(current).set(row.jobId, row)), []);

  return { state, rows, loaded, setRow, accept };
}
