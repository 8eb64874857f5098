import { useCommands, useCommandState } from '../../commands/CommandsProvider';

/** The header's Undo and Redo buttons; their names say what they would undo ("Undo move of J-1042"). */
export function UndoButtons() {
  const commands = useCommands();
  const undo = useCommandState('undo');
  const redo = useCommandState('redo');
  return (
    <div className="button-group" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="button button--icon"
        disabled={!undo?.enabled}
        aria-label={undo?.label ?? 'Undo'}
        title={`${undo?.label ?? 'Undo'} (Ctrl+Z)`}
        onClick={() => commands.run('undo')}
      >
        ↶
      </button>
      <button
        type="button"
        className="button button--icon"
        disabled={!redo?.enabled}
        aria-label={redo?.label ?? 'Redo'}
        title={`${redo?.label ?? 'Redo'} (Ctrl+Shift+Z)`}
        onClick={() => commands.run('redo')}
      >
        ↷
      </button>
    </div>
  );
}
