/**
 * The job panel: a modal side panel named "Job J-1042" with everything a dispatcher needs on the
 * phone to the customer (contact, site, access notes), the live SLA clocks, the schedule with
 * "Assign…" and "Unassign", the status steps, the edit form and the history. Escape closes it
 * (after asking, when there are unsaved edits) and focus returns to where it came from.
 */
import { useMemo, useRef, useState } from 'react';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import { PriorityBadge } from '../../app/PriorityBadge';
import { statusText } from '../../lib/job-status';
import { describeError } from '../../lib/error-text';
import type { Job } from '../../../../shared/schemas/job';
import { useConsoleState } from '../../state/hooks';
import { JobCustomer } from './JobCustomer';
import { JobMessages } from '../messages/JobMessages';
import { BlockHoursNotice } from '../billing/BlockHoursNotice';
import { JobEditForm } from './JobEditForm';
import { JobHistory } from './JobHistory';
import { JobSchedule } from './JobSchedule';
import { JobSlaClocks } from './JobSlaClocks';
import { JobMaintenanceSection } from '../maintenance/JobMaintenanceSection';
import { JobStatusControl } from './JobStatusControl';
import { JobVisits } from '../close-out/JobVisits';
import { fieldList } from './job-form';
import { trapTab, useModalDialog } from './use-modal-dialog';
import { useJobDraft } from './use-job-draft';
import { useLiveJob } from './use-live-job';
import type { JobUpdates } from './use-live-job';

type Props = {
  jobId: string;
  onClose: () => void;
  onAssign: () => void;
  /** The assign dialog is open on top: Escape belongs to it. */
  covered: boolean;
};

export function JobPanel({ jobId, onClose, onAssign, covered }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The panel itself takes focus (its content is re-rendered once the job loads, so no control
  // inside is there from the start); Tab then enters it and the screen reader reads its name.
  useModalDialog(dialog, dialog, jobId);
  const live = useLiveJob(jobId);

  return (
    <dialog
      ref={dialog}
      className="job-panel"
      tabIndex={-1}
      aria-labelledby="job-panel-title"
      onKeyDown={trapTab}
      // Escape is the `close-panel` command (which may ask about unsaved edits first), not the
      // browser's own close.
      onCancel={(e) => e.preventDefault()}
    >
      {live.job ? (
        <LoadedPanel job={live.job} live={live} onClose={onClose} onAssign={onAssign} covered={covered} />
      ) : (
        <>
          <header className="job-panel__header">
            <h2 id="job-panel-title" className="job-panel__title">
              Job
            </h2>
            <button type="button" className="button button--quiet" onClick={onClose} aria-label="Close job panel">
              ✕
            </button>
          </header>
          <p className="job-panel__message" role={live.error ? 'alert' : 'status'}>
            {live.error ? describeError('Opening the job', live.error) : 'Loading the job…'}
          </p>
          <CloseOnEscape enabled={!covered} onClose={onClose} />
        </>
      )}
    </dialog>
  );
}

function CloseOnEscape({ enabled, onClose }: { enabled: boolean; onClose: () => void }) {
  const command = useMemo<Command>(
    () => ({ id: 'close-panel', label: 'Close', shortcut: 'Esc', allowInTextFields: true, matchesKey: (e) => e.key === 'Escape', isEnabled: () => enabled, run: onClose }),
    [enabled, onClose],
  );
  useRegisterCommand(command);
  return null;
}

type LoadedProps = Omit<Props, 'jobId'> & {
  job: Job;
  live: JobUpdates;
};

function LoadedPanel({ job, live, onClose, onAssign, covered }: LoadedProps) {
  const form = useJobDraft(job, live);
  const directory = useConsoleState((s) => s.directory);
  const client = directory?.clients.find((c) => c.id === job.clientId);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const requestClose = () => {
    if (form.dirty.length === 0 || confirmDiscard) onClose();
    else setConfirmDiscard(true);
  };

  return (
    <>
      {/* Sticky: the title, the close button and any notice stay in view while the body scrolls. */}
      <div className="job-panel__top">
        <header className="job-panel__header">
          <div className="job-panel__heading">
            <h2 id="job-panel-title" className="job-panel__title">
              Job {job.number}
            </h2>
            <PriorityBadge priority={job.priority} />
            <span className={`job-status job-status--${job.status}`}>{statusText(job.status)}</span>
          </div>
          <button type="button" className="button button--quiet" onClick={requestClose} aria-label="Close job panel" title="Close (Esc)">
            ✕
          </button>
        </header>
        <p className="job-panel__subtitle">
          {job.title}
          {client ? <span className="job-panel__client"> · {client.name}</span> : null}
        </p>

        {confirmDiscard && (
          <div className="job-panel__confirm" role="alertdialog" aria-labelledby="job-discard-text">
            <p id="job-discard-text">Discard your unsaved changes to the {fieldList(form.dirty)}?</p>
            <button type="button" className="button" onClick={onClose}>
              Discard and close
            </button>
            <button
              type="button"
              className="button button--primary"
              autoFocus
              onClick={(e) => {
                setConfirmDiscard(false);
                // The button goes away with the question: keep focus in the panel.
                e.currentTarget.closest('dialog')?.focus();
              }}
            >
              Keep editing
            </button>
          </div>
        )}
        {form.changedElsewhere && (
          <div className="job-panel__changed" role="status">
            <span>{form.changedElsewhere}</span>
            <button type="button" className="button button--quiet" onClick={form.dismissChanged} aria-label="Dismiss">
              ✕
            </button>
          </div>
        )}
      </div>

      <div className="job-panel__body">
        <JobCustomer job={job} />
        <BlockHoursNotice clientId={job.clientId} />
        {job.maintenance ? <JobMaintenanceSection job={job} /> : <JobSlaClocks job={job} live={live} />}
        <JobSchedule job={job} onAssign={onAssign} />
        <JobStatusControl job={job} live={live} />
        <JobMessages job={job} />
        <JobVisits job={job} live={live} />
        <JobEditForm job={job} form={form} />
        <JobHistory job={job} />
      </div>
      <CloseOnEscape enabled={!covered} onClose={requestClose} />
    </>
  );
}
