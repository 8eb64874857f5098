import { slaClocks } from '../../../../shared/domain/sla';
import type { SlaClock } from '../../../../shared/domain/sla';
import type { Job } from '../../../../shared/schemas/job';
import { formatDayTime, formatMinutes } from '../../lib/format';
import { useConsoleState, useNow } from '../../state/hooks';
import { SlaTimeLeft } from '../queue/SlaTimeLeft';

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
export function JobSlaClocks({ job }: { job: Job }) {
  const now = useNow();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const { response, resolution } = slaClocks(job, new Date(now));
  const finished = job.status === 'done' || job.status === 'cancelled';
  return (
    <section className="job-section" aria-labelledby="job-sla-title">
      <h3 id="job-sla-title" className="job-section__title">
        SLA
      </h3>
      <dl className="job-facts">
        <ClockRow label="Response" clock={response} dueAt={job.responseDueAt} stopped="Responded" timeZone={timeZone} />
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
      </dl>
    </section>
  );
}

const statusWord = (job: Job) => (job.status === 'done' ? 'Resolved' : 'Cancelled');
