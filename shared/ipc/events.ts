/**
 * Push events from the host to every open view. After each committed change the core publishes
 * one, so a board, a queue or a second screen refetches what it shows without a reload.
 */
import type { DataStatus } from './outputs';

/** Named commands that menus, the tray and shortcuts ask the renderer to run. */
export type CommandName = 'new-job' | 'go-today' | 'undo' | 'redo' | 'print-run-sheets' | 'show-job';

export type EventMap = {
  /** Jobs were created or changed (ids of those touched). */
  'jobs:changed': { revision: number; ids: string[] };
  'technicians:changed': { revision: number };
  /** Clients, sites or contacts changed. */
  'clients:changed': { revision: number };
  'settings:changed': { revision: number };
  /** The data file was replaced (restore, sample load) or its health changed: refetch everything. */
  'data:reset': DataStatus;
  'command:run': { command: CommandName; jobId?: string };
};

export type EventName = keyof EventMap;

export const eventNames: readonly EventName[] = [
  'jobs:changed',
  'technicians:changed',
  'clients:changed',
  'settings:changed',
  'data:reset',
  'command:run',
];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
