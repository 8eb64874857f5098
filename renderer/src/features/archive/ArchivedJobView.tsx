import { useEffect, useState } from 'react';
import type { ArchivedJob } from '../../../../shared/ipc/outputs';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { formatEstimate } from '../../lib/format';
import { statusText } from '../../lib/job-status';
import { useConsoleState } from '../../state/hooks';
import { JobHistory } from '../jobs/JobHistory';
import { formatArchiveTime } from './archive-format';

type Loaded = { kind: 'loading' } | { kind: 'ok'; entry: ArchivedJob } | { kind: 'failed'; message: string };

/** One archived job, read-only: what it was, who did it, when it finished, and its full history. */
export function ArchivedJobView({ id, onBack }: { id: string; onBack: () => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  useEffect(() => {
    let current = true;
    void invoke('archive:get', { id }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { kind: 'ok', entry: result.value } : { kind: 'failed', message: describeError('Opening the archived job', result.error) });
    });
    return () => {
      current = false;
    };
  }, [id]);

  const back = (
    <button type="button" className="button" onClick={onBack}>
      ‹ Back to results
    </button>
  );
  if (loaded.kind !== 'ok') {
    return (
      <div className="archive__body">
        {back}
        <p className={loaded.kind === 'failed' ? 'archive__error' : 'archive__status'} role="status">
          {loaded.kind === 'failed' ? loaded.message : 'Opening…'}
        </p>
      </div>
    );
  }
  const { job, clientName, technicianName, finishedAt } = loaded.entry;
  const when = (iso: string | null | undefined) => (iso ? formatArchiveTime(iso, timeZone) : '—');
  return (
    <div className="archive__body archive__detail">
      {back}
      <h3 className="archive__detail-title">
        {job.number} · {job.title}
      </h3>
      <dl className="archive__facts">
        <dt>Client</dt>
        <dd>{clientName}</dd>
        <dt>Outcome</dt>
        <dd>
          {statusText(job.status)}
          {job.statusReason ? `: ${job.statusReason}` : ''}
        </dd>
        <dt>Finished</dt>
        <dd>{when(finishedAt)}</dd>
        <dt>Technician</dt>
        <dd>{technicianName ?? '—'}</dd>
        <dt>Visit</dt>
        <dd>{job.assignment ? `${when(job.assignment.start)} – ${when(job.assignment.end).slice(-5)}` : '—'}</dd>
        <dt>Priority</dt>
        <dd>
          {job.priority} · {job.category} · estimate {formatEstimate(job.estimateMinutes)}
        </dd>
        <dt>Received</dt>
        <dd>{when(job.receivedAt)}</dd>
        <dt>Response due</dt>
        <dd>{when(job.responseDueAt)}</dd>
        <dt>Resolution due</dt>
        <dd>{when(job.resolutionDueAt)}</dd>
        {job.externalRef && (
          <>
            <dt>External ref</dt>
            <dd>{job.externalRef}</dd>
          </>
        )}
      </dl>
      {job.description && (
        <section className="archive__text">
          <h4>Description</h4>
          <p>{job.description}</p>
        </section>
      )}
      {job.notes && (
        <section className="archive__text">
          <h4>Notes</h4>
          <p>{job.notes}</p>
        </section>
      )}
      <JobHistory job={job} />
    </div>
  );
}
