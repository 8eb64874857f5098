import { useState } from 'react';
import type { FormEvent } from 'react';
import { invoke } from '../../api/client';
import { getBoardSession } from '../board/board-session';
import { statusUndoEntry } from '../undo/panel-undo';
import type { Job, JobStatus } from '../../../../shared/schemas/job';
import { describeError } from '../../lib/error-text';
import { statusText } from '../../lib/job-status';
import { statusActions } from './status-actions';
import type { JobUpdates } from './use-live-job';

/**
 * The status steps the shared rules allow from here (scheduled → dispatched → en route → on site
 * → done; on hold or cancelled with a reason; resume from hold). A step that needs something
 * first (a technician) is shown disabled with the rule's sentence. Finished jobs offer none.
 */
export function JobStatusControl({ job, live }: { job: Job; live: JobUpdates }) {
  const [asking, setAsking] = useState<JobStatus | null>(null);
  const [reason, setReason] = useState('');
  // Contracts stop the SLA clock only while the customer is the one holding things up.
  const [pauseSla, setPauseSla] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actions = statusActions(job);

  const change = async (to: JobStatus, why?: string) => {
    setBusy(true);
    setError(null);
    const result = await invoke('jobs:status', {
      id: job.id,
      status: to,
      expectedRevision: job.revision,
      ...(why ? { reason: why } : {}),
      ...(to === 'on-hold' ? { pauseSla } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(describeError(`Changing ${job.number} to ${statusText(to).toLowerCase()}`, result.error));
      // Changed elsewhere (or refused by the current state): show the job as it is now.
      if (result.error.code === 'CONFLICT') live.refresh();
      return;
    }
    setAsking(null);
    setReason('');
    setPauseSla(true);
    live.accept(result.value);
    // Ctrl+Z (once the panel is closed) or the header's Undo puts the status back.
    const entry = statusUndoEntry(job, result.value);
    if (entry) getBoardSession().undo.record(entry);
  };

  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (!asking) return;
    if (reason.trim() === '') {
      setError(asking === 'on-hold' ? 'Give a reason for the hold, e.g. "waiting for the customer".' : 'Give a reason for cancelling.');
      return;
    }
    void change(asking, reason.trim());
  };

  return (
    <section className="job-section" aria-labelledby="job-status-title">
      <h3 id="job-status-title" className="job-section__title">
        Status: <span className={`job-status job-status--${job.status}`}>{statusText(job.status)}</span>
      </h3>
      {job.statusReason && (job.status === 'on-hold' || job.status === 'cancelled') && (
        <p className="job-status__reason">
          {job.status === 'on-hold' ? 'On hold' : 'Cancelled'} because: <strong>{job.statusReason}</strong>
        </p>
      )}
      {actions.length === 0 ? (
        <p className="job-muted">{statusText(job.status)} is final. Open a new job for follow-up work.</p>
      ) : (
        <div className="job-actions" role="group" aria-label="Change status">
          {actions.map((a) => (
            <button
              key={a.to}
              type="button"
              className={`button${a.to === 'cancelled' ? ' button--danger' : ''}`}
              disabled={busy || a.blockedBecause !== null}
              title={a.blockedBecause ?? undefined}
              aria-pressed={a.needsReason ? asking === a.to : undefined}
              onClick={() => {
                setError(null);
                if (a.needsReason) setAsking(asking === a.to ? null : a.to);
                else void change(a.to);
              }}
            >
              {a.label}
            </button>
          ))}
        </div>
      )}
      {actions.some((a) => a.blockedBecause) && (
        <p className="job-muted job-status__hint">{actions.find((a) => a.blockedBecause)?.blockedBecause}</p>
      )}
      {asking && (
        <form className="job-reason" onSubmit={submitReason}>
          <label className="job-field">
            <span className="job-field__label">{asking === 'on-hold' ? 'Reason for the hold' : 'Reason for cancelling'}</span>
            <input
              className="job-input"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              placeholder={asking === 'on-hold' ? 'e.g. waiting for parts' : 'e.g. customer fixed it themselves'}
            />
          </label>
          {asking === 'on-hold' && (
            <fieldset className="job-hold-kind">
              <legend className="job-field__label">SLA clock</legend>
              <label>
                <input type="radio" name="hold-kind" checked={pauseSla} onChange={() => setPauseSla(true)} /> Waiting on the customer — pause
                the SLA clock
              </label>
              <label>
                <input type="radio" name="hold-kind" checked={!pauseSla} onChange={() => setPauseSla(false)} /> Waiting on parts or a vendor —
                the clock keeps running
              </label>
            </fieldset>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {asking === 'on-hold' ? 'Put on hold' : 'Cancel job'}
          </button>
        </form>
      )}
      {error && (
        <p className="job-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
