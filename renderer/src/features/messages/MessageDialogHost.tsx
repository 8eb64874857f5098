import { useCallback, useMemo, useState } from 'react';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import { useLiveJob } from '../jobs/use-live-job';
import { MessageDialog } from './MessageDialog';

/**
 * Owns the `message-customer` command (the job panel's button, a board event's popover) and the
 * dialog it opens, on top of whatever opened it.
 */
export function MessageDialogHost() {
  const [jobId, setJobId] = useState<string | null>(null);
  const command = useMemo<Command>(
    () => ({
      id: 'message-customer',
      label: 'Message customer…',
      run: (args) => {
        if (args?.jobId) setJobId(args.jobId);
      },
    }),
    [],
  );
  useRegisterCommand(command);
  const close = useCallback(() => setJobId(null), []);
  if (!jobId) return null;
  return <LoadedDialog key={jobId} jobId={jobId} onClose={close} />;
}

function LoadedDialog({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const live = useLiveJob(jobId);
  return live.job ? <MessageDialog job={live.job} onClose={onClose} /> : null;
}
