import type { Job } from '../../../../shared/schemas/job';
import { formatDayTime } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';

/** The job's append-only history, newest first: when (shop time), who, what. */
export function JobHistory({ job }: { job: Job }) {
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const lines = [...job.history].reverse();
  return (
    <section className="job-section" aria-labelledby="job-history-title">
      <h3 id="job-history-title" className="job-section__title">
        History
      </h3>
      <ol className="job-history" aria-label="History, newest first">
        {lines.map((entry, i) => (
          <li key={`${entry.at}-${lines.length - i}`} className="job-history__line">
            <time dateTime={entry.at} className="job-history__when">
              {formatDayTime(entry.at, timeZone)}
            </time>
            <span className="job-history__who">{entry.by}</span>
            <span className="job-history__what">{entry.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
