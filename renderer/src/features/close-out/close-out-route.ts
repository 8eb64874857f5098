/**
 * The close-out screen's place in the fragment, beside the run sheets': `#/close-out?day=…&tech=…`.
 * A route (not a dialog) so it has the whole window for its grid, and "Back to the board" and the
 * browser's Back both work as on the run sheets.
 */
import { useSyncExternalStore } from 'react';
import { ROUTE_DAY, routeParams } from '../../../../shared/ipc/run-sheet-route';

export type CloseOutRoute = { day: string; technicianId: string | null };

const PREFIX = '#/close-out';

/** The route in `hash`, or null when it is not the close-out screen. */
export function parseCloseOutRoute(hash: string): CloseOutRoute | null {
  const params = routeParams(hash, PREFIX);
  const day = params?.get('day') ?? '';
  if (!params || !ROUTE_DAY.test(day)) return null;
  return { day, technicianId: params.get('tech')?.trim() || null };
}

/** The hash that opens the close-out screen for `day` (and a technician, if known). */
export function closeOutHash(day: string, technicianId?: string | null): string {
  const params = new URLSearchParams({ day });
  if (technicianId) params.set('tech', technicianId);
  return `${PREFIX}?${params.toString()}`;
}

/** Open the close-out screen (from the board row, the run sheets, the menu). */
export function openCloseOut(day: string, technicianId?: string | null): void {
  window.location.hash = closeOutHash(day, technicianId);
}

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The close-out route in the fragment now, or null. */
export function useCloseOutRoute(): CloseOutRoute | null {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseCloseOutRoute(hash);
}
