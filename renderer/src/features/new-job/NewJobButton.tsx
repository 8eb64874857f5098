import { useCommands, useCommandState } from '../../commands/CommandsProvider';

/** The header's "New job" button: runs the same `new-job` command as Ctrl+N, the menu and the tray. */
export function NewJobButton() {
  const commands = useCommands();
  const state = useCommandState('new-job');
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={!state?.enabled}
      title={state ? `${state.label} (${state.shortcut ?? ''}, or Alt+N in a browser)` : undefined}
      onClick={() => commands.run('new-job')}
    >
      New job
    </button>
  );
}
