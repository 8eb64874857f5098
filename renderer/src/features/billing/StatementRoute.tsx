import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { parseStatementRoute } from '../../../../shared/ipc/statement-route';
import { StatementPage } from './StatementPage';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const readHash = () => window.location.hash;

/** Shows a client's printable statement while the fragment is `#/statement?…`, the console otherwise. */
export function WithStatementRoute({ children }: { children: ReactNode }) {
  const route = parseStatementRoute(useSyncExternalStore(subscribe, readHash));
  if (!route) return <>{children}</>;
  return <StatementPage key={`${route.clientId}|${route.from}|${route.to}`} route={route} />;
}
