/**
 * Changes committed by another desk (a shared store tells through `onExternalChange`) become the
 * same push events a local change publishes, so every open view updates the same way whichever
 * desk made the change. A change of the connection (lost, back) is published as `data:reset` with
 * the store's status, which views already answer by showing the status and refetching.
 */
import type { ExternalChange, StoreStatus } from '../store/types';
import type { ServiceContext } from './context';
import { dataStatus } from './data/data-status';
import { publishJobs } from './jobs/job-deltas';

/** Which push event tells views about each document field. */
const EVENT_OF_FIELD = {
  technicians: 'technicians:changed',
  calendarFeeds: 'technicians:changed',
  clients: 'clients:changed',
  sites: 'clients:changed',
  contacts: 'clients:changed',
  maintenancePlans: 'clients:changed',
  settings: 'settings:changed',
  slaPolicies: 'settings:changed',
  messages: 'settings:changed',
  parts: 'settings:changed',
  billingBatches: 'billing:changed',
} as const;

type Simple = (typeof EVENT_OF_FIELD)[keyof typeof EVENT_OF_FIELD];

export type ExternalChangeHooks = {
  /** The shop's alert state changed (acknowledged or snoozed at another desk): evaluate again. */
  alertsChanged(): void;
};

/** Publish what another desk changed. */
export function publishExternalChange(ctx: Pick<ServiceContext, 'store' | 'events' | 'revision'>, change: ExternalChange, hooks: ExternalChangeHooks): void {
  if (change.resync) {
    ctx.events.publish('data:reset', { ...dataStatus(ctx), revision: ctx.revision.next() });
    hooks.alertsChanged();
    return;
  }
  const { fields } = change;
  const jobs = fields.jobs;
  if (jobs) publishJobs(ctx, ctx.revision.next(), [...jobs.changed, ...jobs.removed]);
  const simple = new Set<Simple>();
  for (const [field, event] of Object.entries(EVENT_OF_FIELD)) if (fields[field]) simple.add(event);
  for (const event of simple) ctx.events.publish(event, { revision: ctx.revision.next() });
  const printed = fields.printRecords;
  if (printed) {
    // Keys are `<technicianId>/<day>`: one event per day, as a print publishes.
    const byDay = new Map<string, string[]>();
    for (const key of [...printed.changed, ...printed.removed]) {
      const cut = key.lastIndexOf('/');
      if (cut <= 0) continue;
      const day = key.slice(cut + 1);
      byDay.set(day, [...(byDay.get(day) ?? []), key.slice(0, cut)]);
    }
    for (const [day, technicianIds] of byDay) ctx.events.publish('runsheets:changed', { revision: ctx.revision.next(), day, technicianIds });
  }
  if (fields.alertState) hooks.alertsChanged();
}

/** Publish the store's new status (connection lost or back, a write failing) as `data:reset`. */
export function publishStoreStatus(ctx: Pick<ServiceContext, 'store' | 'events' | 'revision'>, status: StoreStatus): void {
  ctx.events.publish('data:reset', { ...dataStatus(ctx), ...status, revision: ctx.revision.next() });
}
