/**
 * The header's compact "Plan the queue" button and the `plan-queue` command it runs (also from
 * the app menu and Shift+P): propose bookings for every queued job, shown as ghosts on the board.
 */
import { useMemo } from 'react';
import { useCommands, useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import { usePlannerSession } from './use-planner';

export const PLAN_SHORTCUT = 'Shift+P';

export function PlanButton() {
  const session = usePlannerSession();
  const commands = useCommands();
  const command = useMemo<Command>(
    () => ({
      id: 'plan-queue',
      label: 'Plan the queue',
      shortcut: PLAN_SHORTCUT,
      matchesKey: (e) => e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'p',
      run: () => void session.propose(),
    }),
    [session],
  );
  useRegisterCommand(command);
  return (
    <button
      type="button"
      className="button button--icon plan-button"
      aria-label="Plan the queue"
      aria-keyshortcuts="Shift+P"
      title={`Plan the queue: propose bookings for the waiting jobs (${PLAN_SHORTCUT})`}
      onClick={() => commands.run('plan-queue')}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M2 3.5h7M2 8h5M2 12.5h7" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" fill="none" />
        <path d="M11 6.5l2 1.5-2 1.5M11 11l2 1.5-2 1.5" stroke="currentColor" strokeWidth="1.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
