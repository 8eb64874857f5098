import { bookingDeadlines, deadlineSentence } from '../../../../shared/domain/booking-deadlines';
import { awaitsResponse, slaClocks } from '../../../../shared/domain/sla';
import type { SlaClock } from '../../../../shared/domain/sla';
import type { Job } from '../../../../shared/schemas/job';
import { formatDayTime, formatMinutes } from '../../lib/format';
import { useConsoleState, useNow } from '../../state/hooks';
import { SlaTimeLeft } from '../queue/SlaTimeLeft';
import { RespondRemotely } from './RespondRemotely';
import type { JobUpdates } from './use-live-job';

function ClockRow({ label, clock, dueAt, stopped, timeZone }: { label: string; clock: SlaClock | null; dueAt: string | null; stopped: string; timeZone: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {clock ? (
          <>
            <SlaTimeLeft clock={clock} timeZone={timeZone} /> <span className="job-muted">due {formatDayTime(clock.dueAt, timeZone)}</span>
          </>
        ) : dueAt ? (
          <span className="job-muted">
            {stopped} (was due {formatDayTime(dueAt, timeZone)})
          </span>
        ) : (
          <span className="job-muted">No SLA target</span>
        )}
      </dd>
    </>
  );
}

/**
 * The response and resolution clocks, ticking with the console's shared clock (no timer of its
 * own), in the same words and colours as the queue. A paused clock says since when.
 */
export function JobSlaClocks({ job, live }: { job: Job; live: JobUpdates }) {
  const now = useNow();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const { response, resolution } = slaClocks(job, new Date(now));
  const finished = job.status === 'done' || job.status === 'cancelled';
  const late = job.assignment ? deadlineSentence(bookingDeadlines(job, job.assignment), timeZone) : null;
  const responded = job.respondedAt ? `Responded ${formatDayTime(job.respondedAt, timeZone)}` : 'Responded';
  return (
    <section className="job-section" aria-labelledby="job-sla-title">
      <h3 id="job-sla-title" className="job-section__title">
        SLA
      </h3>
      <dl className="job-facts">
        <ClockRow label="Response" clock={response} dueAt={job.responseDueAt} stopped={responded} timeZone={timeZone} />
        <ClockRow label="Resolution" clock={resolution} dueAt={job.resolutionDueAt} stopped={finished ? statusWord(job) : 'Stopped'} timeZone={timeZone} />
        {job.slaPausedSince && (
          <>
            <dt>Paused</dt>
            <dd>since {formatDayTime(job.slaPausedSince, timeZone)}</dd>
          </>
        )}
        {job.slaPausedMinutes > 0 && (
          <>
            <dt>Time paused</dt>
            <dd>{formatMinutes(job.slaPausedMinutes)} of business time</dd>
          </>
        )}
        {late && (
          <>
            <dt>Booking</dt>
            <dd className="job-booking-late">{late}</dd>
          </>
        )}
      </dl>
      {awaitsResponse(job) && job.responseDueAt !== null && <RespondRemotely job={job} live={live} />}
    </section>
  );
}

const statusWord = (job: Job) => (job.status === 'done' ? 'Resolved' : 'Cancelled');
