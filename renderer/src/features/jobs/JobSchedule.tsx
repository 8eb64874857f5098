import { isOpenStatus } from '../../../../shared/domain/status';
import type { Job } from '../../../../shared/schemas/job';
import { formatClock, formatDayTime } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';
import { useBoardActions } from '../board/use-board-actions';
import { useTechnicians } from './use-live-job';

/**
 * Who is booked and when, with "Assign…" (the assign dialog, pre-filled with the best slot) and
 * "Unassign". Both go through the board's actions, so they show as pending on the board, report
 * refusals the same way and can be undone.
 */
export function JobSchedule({ job, onAssign }: { job: Job; onAssign: () => void }) {
  const actions = useBoardActions();
  const technicians = useTechnicians();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const a = job.assignment;
  const tech = a ? technicians?.find((t) => t.id === a.technicianId) : undefined;
  const pending = actions.pendingJobIds.has(job.id);
  const open = isOpenStatus(job.status);

  return (
    <section className="job-section" aria-labelledby="job-schedule-title">
      <h3 id="job-schedule-title" className="job-section__title">
        Schedule
      </h3>
      <p className="job-schedule__slot">
        {a ? (
          <>
            <strong>{tech?.name ?? (technicians ? 'A removed technician' : '…')}</strong>{' '}
            {formatDayTime(a.start, timeZone)}–{formatClock(a.end, timeZone)}
            {a.overrideReason && <span className="job-facts__line">Accepted warnings because: {a.overrideReason}</span>}
            {job.pinned && <span className="job-facts__line">Pinned: the planner will not move it.</span>}
          </>
        ) : (
          <span className="job-muted">Not scheduled: waiting in the queue.</span>
        )}
        {pending && <span className="job-muted"> Saving…</span>}
      </p>
      {open && (
        <div className="job-actions">
          <button type="button" className="button button--primary" onClick={onAssign} title="Assign (A)" aria-keyshortcuts="A" disabled={pending}>
            {a ? 'Reassign…' : 'Assign…'}
          </button>
          {a && (
            <button type="button" className="button" onClick={() => void actions.unassign(job.id)} disabled={pending}>
              Unassign
            </button>
          )}
          {a && (
            <button
              type="button"
              className="button"
              aria-pressed={job.pinned}
              title={job.pinned ? 'Pinned: the planner will not move this booking' : 'Pin: keep this booking where it is when planning'}
              onClick={() => void actions.togglePin(job.id)}
              disabled={pending}
            >
              <span aria-hidden="true">📌 </span>
              {job.pinned ? 'Pinned' : 'Pin'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
