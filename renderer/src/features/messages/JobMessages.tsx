import type { Job } from '../../../../shared/schemas/job';
import { useCommands } from '../../commands/CommandsProvider';
import { formatDayTime } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';
import { lastMessage } from './message-model';

/** The job panel's "Customer messages": the button that opens the message dialog, and the latest message sent or tried. */
export function JobMessages({ job }: { job: Job }) {
  const commands = useCommands();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const last = lastMessage(job);
  return (
    <section className="job-section" aria-labelledby="job-messages-title">
      <h3 id="job-messages-title" className="job-section__title">
        Customer messages
      </h3>
      <div className="job-messages">
        <button type="button" className="button" onClick={() => commands.run('message-customer', { jobId: job.id })}>
          Message customer…
        </button>
        {last && (
          <p className={last.action === 'message-failed' ? 'job-messages__last job-messages__last--failed' : 'job-messages__last'}>
            {last.action === 'message-failed' ? 'Last attempt failed: ' : 'Last sent: '}
            {formatDayTime(last.at, timeZone)} · {last.detail}
          </p>
        )}
      </div>
    </section>
  );
}
