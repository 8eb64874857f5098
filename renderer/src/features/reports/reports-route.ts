/** The Reports route in the page: read it, follow it, go to another report. */
import { useSyncExternalStore } from 'react';
import { parseReportsRoute, reportsHash } from '../../../../shared/ipc/reports-route';
import type { ReportsRoute } from '../../../../shared/ipc/reports-route';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

/** The Reports route in the fragment now, or null. */
export function useReportsRoute(): ReportsRoute | null {
  return parseReportsRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}

/** Show another report or range in place (replaceState would lose Back; a new entry keeps it). */
export function goToReport(route: ReportsRoute): void {
  window.location.hash = reportsHash(route);
}
