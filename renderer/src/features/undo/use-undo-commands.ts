/**
 * Registers the `undo` and `redo` commands (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y; header buttons; the
 * Electron menu through `command:run`), labelled with what they would undo: "Undo move of J-1042".
 */
import { useMemo, useSyncExternalStore } from 'react';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import { key } from '../../commands/registry';
import type { Command } from '../../commands/registry';
import type { BoardActionsImpl } from '../board/board-actions';
import { getBoardSession } from '../board/board-session';
import { describeEntry } from './undo-stack';

const isUndoKey = key('z', { ctrl: true });
const isRedoKey = (e: KeyboardEvent) => key('z', { ctrl: true, shift: true })(e) || key('y', { ctrl: true })(e);

export function useUndoCommands(actions: BoardActionsImpl): void {
  const stack = getBoardSession().undo;
  const version = useSyncExternalStore(stack.subscribe, stack.version);

  const undo = useMemo<Command>(() => {
    const entry = stack.peekUndo();
    return {
      id: 'undo',
      label: entry ? `Undo ${describeEntry(entry)}` : 'Undo',
      shortcut: 'Ctrl+Z',
      matchesKey: isUndoKey,
      isEnabled: actions.canUndo,
      run: () => void actions.undo(),
    };
    // `version` changes whenever the stack does; the label must follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [stack, actions, version]);

  const redo = useMemo<Command>(() => {
    const entry = stack.peekRedo();
    return {
      id: 'redo',
      label: entry ? `Redo ${describeEntry(entry)}` : 'Redo',
      shortcut: 'Ctrl+Shift+Z',
      matchesKey: isRedoKey,
      isEnabled: actions.canRedo,
      run: () => void actions.redo(),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as for undo
  }, [stack, actions, version]);

  useRegisterCommand(undo);
  useRegisterCommand(redo);
}
