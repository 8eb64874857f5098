/**
 * Keyboard ways around the console: `/` to the queue's filter, Alt+Q to the queue's job list,
 * Alt+B to the board, `?` for the list of shortcuts. Like every shortcut they stay quiet while the
 * dispatcher types in a field, and while a dialog has the keyboard.
 */
import { useMemo } from 'react';
import { useRegisterCommands } from './CommandsProvider';
import { key } from './registry';
import type { Command } from './registry';

/** The parts of the console these commands move to (stable hooks, not styling classes). */
export const TARGETS = {
  queueFilter: 'input.queue__filter',
  queueList: '[data-focus-fallback="queue"]',
  board: 'section.board',
} as const;

/** Focus the first element matching `selector`; returns whether one took focus. */
export function focusTarget(selector: string): boolean {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) return false;
  // The board section is not a tab stop of its own; it can still take focus from a shortcut.
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus();
  element.scrollIntoView({ block: 'nearest' });
  return document.activeElement === element;
}

const noModalOpen = () => document.querySelector('dialog[open]') === null;
const plain = (wanted: string) => (e: KeyboardEvent) => e.key === wanted && !e.ctrlKey && !e.metaKey && !e.altKey;

export function useNavigationCommands(showShortcuts: () => void): void {
  const commands = useMemo<Command[]>(
    () => [
      { id: 'focus-queue-filter', label: 'Filter the queue', shortcut: '/', matchesKey: plain('/'), isEnabled: noModalOpen, run: () => void focusTarget(TARGETS.queueFilter) },
      { id: 'focus-queue', label: 'Go to the queue', shortcut: 'Alt+Q', matchesKey: key('q', { alt: true }), isEnabled: noModalOpen, run: () => void focusTarget(TARGETS.queueList) },
      { id: 'focus-board', label: 'Go to the board', shortcut: 'Alt+B', matchesKey: key('b', { alt: true }), isEnabled: noModalOpen, run: () => void focusTarget(TARGETS.board) },
      { id: 'show-shortcuts', label: 'Keyboard shortcuts', shortcut: '?', matchesKey: plain('?'), isEnabled: noModalOpen, run: showShortcuts },
    ],
    [showShortcuts],
  );
  useRegisterCommands(commands);
}
