import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { on } from '../api/client';
import { createCommandRegistry } from './registry';
import type { Command, CommandId, CommandRegistry } from './registry';

const CommandsContext = createContext<CommandRegistry | null>(null);

/**
 * Holds the command registry, routes key presses to it, and runs commands the host asks for
 * (Electron's app menu and tray send `command:run`).
 */
export function CommandsProvider({ children, registry }: { children: ReactNode; registry?: CommandRegistry }) {
  const commands = useMemo(() => registry ?? createCommandRegistry(), [registry]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) commands.handleKey(event);
    };
    window.addEventListener('keydown', onKey);
    const off = on('command:run', ({ command, jobId }) => {
      commands.run(command, jobId ? { jobId } : undefined);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [commands]);
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): CommandRegistry {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands must be used inside <CommandsProvider>.');
  return commands;
}

/** Register a command while the component is mounted. Pass a memoised command object. */
export function useRegisterCommand(command: Command | null): void {
  const commands = useCommands();
  useEffect(() => (command ? commands.register(command) : undefined), [commands, command]);
}

/** Register several commands while the component is mounted. Pass a memoised array. */
export function useRegisterCommands(list: readonly Command[]): void {
  const commands = useCommands();
  useEffect(() => {
    const offs = list.map((command) => commands.register(command));
    return () => offs.forEach((off) => off());
  }, [commands, list]);
}

/** A command's current label and enabled state, for buttons. */
export function useCommandState(id: CommandId): { label: string; shortcut?: string; enabled: boolean } | null {
  const commands = useCommands();
  useSyncExternalStore(commands.subscribe, () => commands.get(id));
  const command = commands.get(id);
  if (!command) return null;
  return { label: command.label, shortcut: command.shortcut, enabled: command.isEnabled ? command.isEnabled() : true };
}
