/**
 * Keep handing FullCalendar the same array while what it shows has not changed. A new `events` or
 * `resources` array makes FullCalendar rebuild every event or row (new DOM, lost keyboard focus),
 * and the console refetches the whole range after every change anywhere, so identical data must
 * keep its identity.
 */
import { useMemo } from 'react';
import type { Job } from '../../../../shared/schemas/job';

/** `make()`'s result, rebuilt only when `key` changes. */
export function useKeyed<T>(make: () => T, key: string): T {
  // The key stands for everything `make` reads; that is the point of this hook.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  return useMemo(() => make(), [key]);
}

/** A short string that changes whenever a drawn event would: versions, marks and client names. */
export function eventsSignature(
  jobs: readonly Job[],
  clientNames: ReadonlyMap<string, string>,
  pending: ReadonlySet<string>,
  warnings: ReadonlyMap<string, string[]>,
): string {
  const parts: string[] = [];
  for (const j of jobs) {
    if (!j.assignment) continue;
    const a = j.assignment;
    parts.push(
      `${j.id}@${j.revision}:${a.technicianId}:${a.start}:${a.end}:${pending.has(j.id) ? 'p' : ''}:${(warnings.get(j.id) ?? []).join('/')}:${clientNames.get(j.clientId) ?? ''}`,
    );
  }
  return parts.join('\n');
}
