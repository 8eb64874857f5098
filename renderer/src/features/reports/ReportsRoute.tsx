import type { ReactNode } from 'react';
import { ReportsPage } from './ReportsPage';
import { useReportsRoute } from './reports-route';

/** Shows the Reports view while the fragment is its route (`#/reports?…`), the console otherwise. */
export function WithReportsRoute({ children }: { children: ReactNode }) {
  const route = useReportsRoute();
  if (!route) return <>{children}</>;
  return <ReportsPage route={route} />;
}
