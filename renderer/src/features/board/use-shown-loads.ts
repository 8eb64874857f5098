/**
 * Each technician's "booked / available h" over the period the board shows (see shown-loads.ts),
 * from the board's own jobs (with this window's in-flight changes). Until the board's data covers
 * the shown days (just after navigating), the labels keep what they said rather than count the
 * new days from the old range's jobs.
 */
import { useMemo, useState } from 'react';
import { dayBounds } from '../../../../shared/domain/jobs';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { periodWord, shownLoadTexts } from './shown-loads';
import type { ShownDays } from './shown-loads';

export type ShownLoads = { loads: ReadonlyMap<string, string>; period: string };

const NONE: ShownLoads = { loads: new Map(), period: '' };

export function useShownLoads(
  technicians: readonly Technician[],
  jobs: readonly Job[],
  data: { from: string; to: string } | null,
  shown: ShownDays | null,
  timeZone: string | null,
  today: string | null,
): ShownLoads {
  const covered =
    !!data && !!shown && !!timeZone && Date.parse(data.from) <= dayBounds(shown.from, timeZone).start.getTime() && Date.parse(data.to) >= dayBounds(shown.to, timeZone).end.getTime();
  const [memory] = useState(() => new Map<'last', ShownLoads>());
  return useMemo(() => {
    if (!covered || !shown || !timeZone) return memory.get('last') ?? NONE;
    const answer = { loads: shownLoadTexts(technicians, jobs, shown, timeZone), period: periodWord(shown, today) };
    memory.set('last', answer);
    return answer;
  }, [memory, covered, technicians, jobs, shown, timeZone, today]);
}
