import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { RunSheetPage } from './RunSheetPage';
import { rememberPlannedDay } from './board-return';
import { parseRunSheetRoute } from '../../../../shared/ipc/run-sheet-route';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const readHash = () => window.location.hash;

/**
 * Shows the run-sheet view while the fragment is a run-sheet route (`#/run-sheets?day=…`), the
 * console otherwise. The board is unmounted meanwhile, so nothing of its layout can print.
 */
export function WithRunSheetRoute({ children }: { children: ReactNode }) {
  const hash = useSyncExternalStore(subscribe, readHash);
  const route = parseRunSheetRoute(hash);
  if (!route) return <>{children}</>;
  // Read when the board mounts again; set here because Back (button or browser) may come at any time.
  rememberPlannedDay(route.day);
  return <RunSheetPage key={`${route.day}|${route.technicianIds.join(',')}`} route={route} />;
}
