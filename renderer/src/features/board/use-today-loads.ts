/**
 * Each technician's "booked / available h" for TODAY, shown on their row whatever day the board
 * shows. When the visible range holds today, the board's own jobs answer; otherwise today's jobs
 * are fetched separately (and again after every `jobs:changed`).
 */
import { useEffect, useMemo, useState } from 'react';
import { dayBounds, dayOf } from '../../../../shared/domain/jobs';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { invoke, on } from '../../api/client';
import type { BoardRange } from '../../state/console-store';
import { dayLoads, formatDayLoad } from './board-model';

export function useTodayLoads(
  technicians: readonly Technician[],
  boardJobs: readonly Job[],
  range: BoardRange | null,
  timeZone: string | null,
  now: number,
): ReadonlyMap<string, string> {
  const today = timeZone ? dayOf(new Date(now), timeZone) : null;
  const bounds = useMemo(() => (today && timeZone ? dayBounds(today, timeZone) : null), [today, timeZone]);
  const covered = !!bounds && !!range && Date.parse(range.from) <= bounds.start.getTime() && Date.parse(range.to) >= bounds.end.getTime();
  const [fetched, setFetched] = useState<readonly Job[] | null>(null);

  useEffect(() => {
    if (covered || !bounds) return;
    let live = true;
    const load = async () => {
      const result = await invoke('board:range', { from: bounds.start.toISOString(), to: bounds.end.toISOString() });
      if (live && result.ok) setFetched(result.value.jobs);
    };
    void load();
    const off = on('jobs:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [covered, bounds]);

  const jobs = covered ? boardJobs : fetched;
  return useMemo(() => {
    const loads = new Map<string, string>();
    if (!jobs || !today || !timeZone) return loads;
    for (const [id, load] of dayLoads(technicians, jobs, today, timeZone)) loads.set(id, formatDayLoad(load));
    return loads;
  }, [technicians, jobs, today, timeZone]);
}
