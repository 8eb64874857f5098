/**
 * Named commands. Each action ("assign", "undo", "new job", "print run sheets", "go to today") is
 * registered once with its label and key test; buttons, keyboard shortcuts, the Electron app menu
 * and the tray (through `command:run` events) all dispatch it by name, so they cannot drift apart.
 */
import type { CommandName } from '../../../shared/ipc/events';

/** Commands the host can ask for, plus renderer-only ones. */
export type CommandId = CommandName | 'unassign' | 'focus-queue-filter' | 'focus-queue' | 'focus-board' | 'show-shortcuts' | 'message-customer' | 'close-out-save';

export type CommandArgs = { jobId?: string };

export type Command = {
  id: CommandId;
  /** Shown on buttons, menus and in tooltips. */
  label: string;
  /** Human-readable shortcut for tooltips, e.g. "Ctrl+Z". */
  shortcut?: string;
  /** Whether a key press triggers this command. */
  matchesKey?: (event: KeyboardEvent) => boolean;
  /**
   * Most shortcuts must not fire while the dispatcher is typing in a field (a plain "A" in the
   * filter box is a letter, not "assign"). Set for ones that should (Ctrl+N).
   */
  allowInTextFields?: boolean;
  isEnabled?: () => boolean;
  run: (args?: CommandArgs) => void | Promise<void>;
};

export type CommandRegistry = {
  register(command: Command): () => void;
  run(id: CommandId, args?: CommandArgs): boolean;
  get(id: CommandId): Command | undefined;
  /** Every command that would run now under its id (the latest registration), oldest id first. */
  list(): Command[];
  /** Find and run the command for a key press; returns true if one ran. */
  handleKey(event: KeyboardEvent): boolean;
  subscribe(listener: () => void): () => void;
};

function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function createCommandRegistry(): CommandRegistry {
  // Later registrations win, so a focused panel can take over a shortcut and give it back on unmount.
  const stack: Command[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const find = (id: CommandId) => [...stack].reverse().find((c) => c.id === id);
  const enabled = (c: Command) => (c.isEnabled ? c.isEnabled() : true);

  return {
    register(command) {
      stack.push(command);
      notify();
      return () => {
        const at = stack.lastIndexOf(command);
        if (at >= 0) stack.splice(at, 1);
        notify();
      };
    },
    run(id, args) {
      const command = find(id);
      if (!command || !enabled(command)) return false;
      void command.run(args);
      return true;
    },
    get: find,
    list() {
      const ids = [...new Set(stack.map((c) => c.id))];
      return ids.map((id) => find(id)).filter((c): c is Command => c !== undefined);
    },
    handleKey(event) {
      const inField = isTextField(event.target);
      for (const command of [...stack].reverse()) {
        if (!command.matchesKey?.(event)) continue;
        if (inField && !command.allowInTextFields) continue;
        if (!enabled(command)) continue;
        event.preventDefault();
        void command.run();
        return true;
      }
      return false;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Key test helper: `key('z', { ctrl: true, shift: true })`; Ctrl means Cmd on macOS. */
export function key(name: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}) {
  const wanted = name.toLowerCase();
  return (event: KeyboardEvent): boolean =>
    event.key.toLowerCase() === wanted &&
    (event.ctrlKey || event.metaKey) === Boolean(mods.ctrl) &&
    event.shiftKey === Boolean(mods.shift) &&
    event.altKey === Boolean(mods.alt);
}
