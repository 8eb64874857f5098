/**
 * Which client the maintenance dialog is open at, shared by the header button, the job panel's
 * "Open plan" and the Reports view's repeat problems (one dialog, opened from any). A tiny external
 * store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import type { PlanPrefill } from './plan-form';

/** `undefined`: closed; `null`: open with no client chosen; a client id: open at that client. */
type OpenAt = string | null | undefined;

let openAt: OpenAt;
/** A new plan to start from when the dialog opens (its editor opens at once), or null. */
let prefill: PlanPrefill | null = null;
const listeners = new Set<() => void>();

function set(next: OpenAt, nextPrefill: PlanPrefill | null = null): void {
  openAt = next;
  prefill = nextPrefill;
  for (const listener of [...listeners]) listener();
}

export const openMaintenance = (clientId: string | null = null): void => set(clientId);
/** Open the dialog on a new plan for this client, already filled in (site, category, title). */
export const openNewMaintenancePlan = (plan: PlanPrefill): void => set(plan.clientId, plan);
export const closeMaintenance = (): void => set(undefined);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useMaintenanceOpenAt(): OpenAt {
  return useSyncExternalStore(subscribe, () => openAt);
}

/** The new plan the dialog was opened for, if any. */
export function useMaintenancePrefill(): PlanPrefill | null {
  return useSyncExternalStore(subscribe, () => prefill);
}
