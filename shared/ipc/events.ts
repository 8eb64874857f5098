/**
 * Push events from the host to every open view. After each committed change the core publishes
 * one: job changes carry the changed jobs (a delta the views apply), the rarer kinds say what to
 * refetch.
 */
import type { DataStatus } from './outputs';
import type { PlanProgress } from './planner-outputs';
import type { JobsDelta } from './deltas';
import type { AlertsSnapshot, RaisedAlert } from '../domain/alerts';
import type { ReportProgress } from '../reports/types';

/** Named commands that menus, the tray and shortcuts ask the renderer to run. */
export type CommandName =
  | 'new-job'
  | 'go-today'
  | 'undo'
  | 'redo'
  | 'print-run-sheets'
  | 'show-job'
  // The job panel and the assign dialog, for the app menu.
  | 'open-job'
  | 'assign'
  | 'close-panel'
  | 'import-csv'
  // The close-out screen for the board's day.
  | 'close-out-day'
  // Propose a plan for the queue (all queued jobs, or the queue's selection).
  | 'plan-queue';

export type EventMap = {
  /** Jobs were created, changed or archived: the jobs themselves, numbered (see deltas.ts). */
  'jobs:changed': JobsDelta;
  'technicians:changed': { revision: number };
  /** Clients, sites or contacts changed. */
  'clients:changed': { revision: number };
  'settings:changed': { revision: number };
  /** A billing batch, credit or top-up was saved: billing views refetch. */
  'billing:changed': { revision: number };
  /** The data file was replaced (restore, sample load) or its health changed: refetch everything. */
  'data:reset': DataStatus;
  'command:run': { command: CommandName; jobId?: string };
  /** A run sheet was printed: the board's "changed since printed" marks refetch. */
  'runsheets:changed': { revision: number; day: string; technicianIds: string[] };
  // Urgent alerts: the urgent list changed (also after an ack or snooze is saved)…
  'alerts:changed': AlertsSnapshot;
  // …and one coalesced alert to raise now (banner sound, OS notification, tray).
  'alert:raised': RaisedAlert;
  /** A planning run's progress (its proposer shows it and offers a cancel). */
  'planner:progress': PlanProgress;
  /** A report reading many archive months: how far it got (only for calls that passed a requestId). */
  'reports:progress': ReportProgress;
};

export type EventName = keyof EventMap;

export const eventNames: readonly EventName[] = [
  'jobs:changed',
  'technicians:changed',
  'clients:changed',
  'settings:changed',
  'billing:changed',
  'data:reset',
  'command:run',
  'runsheets:changed',
  'alerts:changed',
  'alert:raised',
  'planner:progress',
  'reports:progress',
];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
