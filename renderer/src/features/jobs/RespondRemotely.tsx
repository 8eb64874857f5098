import { useState } from 'react';
import { invoke } from '../../api/client';
import type { Job } from '../../../../shared/schemas/job';
import { describeError } from '../../lib/error-text';
import type { JobUpdates } from './use-live-job';

/**
 * "Responded remotely": one click records that the customer got their first response by phone or
 * remote session, which stops the response clock (going en route or on site records it too).
 */
export function RespondRemotely({ job, live }: { job: Job; live: JobUpdates }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const respond = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke('jobs:respond', { id: job.id, expectedRevision: job.revision, how: 'phone' });
    setBusy(false);
    if (!result.ok) {
      setError(describeError(`Recording the response on ${job.number}`, result.error));
      if (result.error.code === 'CONFLICT') live.refresh();
      return;
    }
    live.accept(result.value);
  };
  return (
    <div className="job-actions">
      <button type="button" className="button" onClick={() => void respond()} disabled={busy} title="Record a response given by phone or remote session">
        Responded remotely
      </button>
      {error && (
        <p className="job-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
