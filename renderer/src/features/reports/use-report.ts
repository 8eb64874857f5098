/**
 * One report's answer for a range, with the progress the host sends while it reads many archive
 * months. Reports are fetched through the state layer's channel query (one call at a time, bursts
 * coalesced). A report is a look back, so a job changing on the board does not recompute it (that
 * can take a second over years of archives); it says "newer changes" and offers a refresh instead.
 * A restored or reset file, or changed settings (time zone, limits), recompute at once.
 */
import { useEffect, useState } from 'react';
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import type { ReportProgress } from '../../../../shared/reports/types';
import { on } from '../../api/client';
import { useChannelQuery } from '../../state/use-channel-query';
import type { Query } from '../../state/use-channel-query';
import type { Range } from './report-range';
import type { ReportAnswer } from './report-answer';

const RECOMPUTE_ON = ['data:reset', 'settings:changed', 'technicians:changed', 'clients:changed', 'billing:changed'] as const;

let nextRequest = 1;

export type ReportState<K extends ReportKind> = {
  query: Query<ReportAnswer<K>>;
  progress: { done: number; total: number } | null;
  /** Jobs changed since these numbers were computed. */
  stale: boolean;
  refresh(): void;
};

export function useReport<K extends ReportKind>(kind: K, range: Range): ReportState<K> {
  // A fresh request id per (report, range, refresh): the id matches progress events to this call.
  const [request, setRequest] = useState(() => ({ key: `${kind}|${range.from}|${range.to}`, id: `r${nextRequest++}` }));
  const key = `${kind}|${range.from}|${range.to}`;
  const requestId = request.key === key ? request.id : null;
  if (requestId === null) setRequest({ key, id: `r${nextRequest++}` });

  const input = requestId === null ? null : { from: range.from, to: range.to, requestId };
  const query = useChannelQuery(`reports:${kind}`, input as never, `Computing the ${kind} report`, RECOMPUTE_ON) as Query<ReportAnswer<K>>;

  const [progress, setProgress] = useState<{ id: string; done: number; total: number } | null>(null);
  const [changedFor, setChangedFor] = useState<string | null>(null);
  useEffect(() => {
    const stopProgress = on('reports:progress', (p: ReportProgress) => {
      if (p.requestId === requestId) setProgress({ id: p.requestId, done: p.done, total: p.total });
    });
    const stopJobs = on('jobs:changed', () => setChangedFor(requestId));
    return () => {
      stopProgress();
      stopJobs();
    };
  }, [requestId]);

  return {
    query,
    progress: progress && progress.id === requestId && query.kind === 'loading' ? { done: progress.done, total: progress.total } : null,
    stale: changedFor !== null && changedFor === requestId && query.kind === 'ready',
    refresh: () => setRequest({ key, id: `r${nextRequest++}` }),
  };
}
