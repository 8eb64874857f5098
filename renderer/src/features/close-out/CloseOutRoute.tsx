import type { ReactNode } from 'react';
import { rememberPlannedDay } from '../run-sheet/board-return';
import { useCloseOutRoute } from './close-out-route';
import { CloseOutPage } from './CloseOutPage';

/** Shows the close-out screen while the fragment is its route (`#/close-out?day=…`), the console otherwise. */
export function WithCloseOutRoute({ children }: { children: ReactNode }) {
  const route = useCloseOutRoute();
  if (!route) return <>{children}</>;
  // Back on the board, show the day that was closed out (as the run sheets do).
  rememberPlannedDay(route.day);
  return <CloseOutPage key={`${route.day}|${route.technicianId ?? ''}`} route={route} />;
}
