/**
 * The job panel and the assign dialog, and the named commands that open and close them:
 * `open-job` (Enter in the queue, a click on a board event, the app menu), `assign` (`A`, the
 * panel's "Assign…" button) and `show-job` (an alert or the tray asking to show a job). Each
 * dialog registers its own `close-panel` (Escape) while it is open, so the topmost one closes.
 */
import { useMemo, useState } from 'react';
import { key } from '../../commands/registry';
import type { Command } from '../../commands/registry';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import { AssignDialog } from './AssignDialog';
import { JobPanel } from './JobPanel';
import { getSelectedJob } from './selected-job';
import './job-panel.css';

type Open = { panel: string | null; assign: string | null };

export function JobDialogs() {
  const [open, setOpen] = useState<Open>({ panel: null, assign: null });

  const openJob = useMemo<Command>(
    () => ({
      id: 'open-job',
      label: 'Open job',
      shortcut: 'Enter',
      // Always enabled: the board passes its own job id; without one the queue's selection is used.
      run: (args) => {
        const jobId = args?.jobId ?? getSelectedJob();
        if (jobId) setOpen({ panel: jobId, assign: null });
      },
    }),
    [],
  );
  // The host's `show-job` (from an alert or the tray) means the same as opening it here.
  const showJob = useMemo<Command>(() => ({ ...openJob, id: 'show-job', label: 'Show job' }), [openJob]);

  const assign = useMemo<Command>(
    () => ({
      id: 'assign',
      label: 'Assign…',
      shortcut: 'A',
      matchesKey: key('a'),
      // While the assign dialog is open, `A` is just a key. (Not tied to a selection: the board and
      // the menu may pass a job id; without one and without a selection it does nothing.)
      isEnabled: () => open.assign === null,
      run: (args) => {
        const jobId = args?.jobId ?? open.panel ?? getSelectedJob();
        if (jobId) setOpen((o) => ({ panel: o.panel, assign: jobId }));
      },
    }),
    [open],
  );

  useRegisterCommand(openJob);
  useRegisterCommand(showJob);
  useRegisterCommand(assign);

  const closeAssign = () => setOpen((o) => ({ ...o, assign: null }));
  const closePanel = () => setOpen({ panel: null, assign: null });

  return (
    <>
      {open.panel && (
        <JobPanel
          key={open.panel}
          jobId={open.panel}
          onClose={closePanel}
          onAssign={() => setOpen((o) => ({ ...o, assign: o.panel }))}
          covered={open.assign !== null}
        />
      )}
      {open.assign && <AssignDialog key={`assign-${open.assign}`} jobId={open.assign} onClose={closeAssign} />}
    </>
  );
}
