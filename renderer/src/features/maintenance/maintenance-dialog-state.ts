/**
 * Which client the maintenance dialog is open at, shared by the header button and the job panel's
 * "Open plan" (one dialog, opened from either). A tiny external store read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

/** `undefined`: closed; `null`: open with no client chosen; a client id: open at that client. */
type OpenAt = string | null | undefined;

let openAt: OpenAt;
const listeners = new Set<() => void>();

function set(next: OpenAt): void {
  openAt = next;
  for (const listener of [...listeners]) listener();
}

export const openMaintenance = (clientId: string | null = null): void => set(clientId);
export const closeMaintenance = (): void => set(undefined);

export function useMaintenanceOpenAt(): OpenAt {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => openAt,
  );
}
