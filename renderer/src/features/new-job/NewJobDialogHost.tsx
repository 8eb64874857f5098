import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { slaClocks } from '../../../../shared/domain/sla';
import type { Job } from '../../../../shared/schemas/job';
import type { Command } from '../../commands/registry';
import { key } from '../../commands/registry';
import { useCommands, useRegisterCommand } from '../../commands/CommandsProvider';
import { formatClock, formatTimeLeft } from '../../lib/format';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { NewJobDialog } from './NewJobDialog';

/** Ctrl+N (Cmd+N); Alt+N too, because a browser keeps Ctrl+N for itself outside Electron. */
const matchesNewJob = (e: KeyboardEvent) => key('n', { ctrl: true })(e) || key('n', { alt: true })(e);

/** "J-1042 saved (P1). Response due 10:30, in 59 m." */
export function savedMessage(job: Job, timeZone: string, now: Date): string {
  const { response } = slaClocks(job, now);
  const due = response ? ` Response due ${formatClock(response.dueAt, timeZone)}, in ${formatTimeLeft(response.minutesLeft)}.` : '';
  return `${job.number} saved (${job.priority}).${due}`;
}

/**
 * Owns the `new-job` command (header button, Ctrl+N, the app menu and the tray) and the dialog it
 * opens. Saving shows a toast with the number and response due time; "Save and assign" hands the
 * new job to the `assign` command when one is registered.
 */
export function NewJobDialogHost() {
  const [open, setOpen] = useState(false);
  const commands = useCommands();
  const store = useConsoleStore();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const returnFocus = useRef<HTMLElement | null>(null);
  useSyncExternalStore(commands.subscribe, () => commands.get('assign'));
  const canAssign = commands.get('assign') !== undefined;

  const command = useMemo<Command>(
    () => ({
      id: 'new-job',
      label: 'New job',
      shortcut: 'Ctrl+N',
      matchesKey: matchesNewJob,
      allowInTextFields: true,
      run: () => {
        if (document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
        setOpen(true);
      },
    }),
    [],
  );
  useRegisterCommand(command);

  const close = useCallback(() => {
    setOpen(false);
    returnFocus.current?.focus();
  }, []);

  if (!open) return null;
  return (
    <NewJobDialog
      canAssign={canAssign}
      onClose={close}
      onSaved={(job, then) => {
        close();
        store.notify('info', savedMessage(job, timeZone, new Date()));
        if (then === 'assign') commands.run('assign', { jobId: job.id });
      }}
    />
  );
}
