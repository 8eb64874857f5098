/**
 * Keep handing FullCalendar the same array while what it shows has not changed. A new
 * `resources` array makes FullCalendar rebuild every row (new DOM, lost keyboard focus), and a
 * board snapshot (a new range, a technician changed) brings equal data in new objects, so identical
 * data must keep its identity.
 */
import { useMemo } from 'react';

/** `make()`'s result, rebuilt only when `key` changes. */
export function useKeyed<T>(make: () => T, key: string): T {
  // The key stands for everything `make` reads; that is the point of this hook.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  return useMemo(() => make(), [key]);
}
