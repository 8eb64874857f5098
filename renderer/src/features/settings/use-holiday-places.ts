/**
 * The holiday data set's countries, a country's states and a state's regions, fetched from the
 * host (the data set lives in the core) as the dispatcher picks them.
 */
import { useEffect, useState } from 'react';
import type { HolidayPlace } from '../../../../shared/calendar/types';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';

export type Places = { list: HolidayPlace[] | null; error: string | null };

/** The countries, a country's states, or a state's regions; an empty list when the level above is not chosen. */
export function useHolidayPlaces(query: { kind: 'countries' } | { kind: 'states'; country: string | null } | { kind: 'regions'; country: string | null; state: string | null }): Places {
  const key = JSON.stringify(query);
  // The answer is kept with the query it answers: a new query reads as loading until its answer comes.
  const [places, setPlaces] = useState<Places & { key: string | null }>({ key: null, list: null, error: null });
  useEffect(() => {
    const q = JSON.parse(key) as typeof query;
    let live = true;
    const call =
      q.kind === 'countries'
        ? invoke('holidays:countries', {})
        : q.kind === 'states'
          ? q.country
            ? invoke('holidays:regions', { country: q.country })
            : null
          : q.country && q.state
            ? invoke('holidays:regions', { country: q.country, state: q.state })
            : null;
    if (!call) return;
    void call.then((result) => {
      if (!live) return;
      setPlaces(result.ok ? { key, list: result.value, error: null } : { key, list: [], error: describeError('Loading the holiday regions', result.error) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  const asked = query.kind === 'countries' || (query.kind === 'states' ? query.country !== null : query.country !== null && query.state !== null);
  if (!asked) return { list: [], error: null };
  return places.key === key ? { list: places.list, error: places.error } : { list: null, error: null };
}
