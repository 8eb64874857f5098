/**
 * The technicians and their feeds for the Calendar feeds section: loaded when it opens, and again
 * whenever a technician or a feed changes (issue and revoke announce themselves as technician
 * changes) or settings change (the desktop app's intake server serves the feeds).
 */
import { useCallback, useEffect, useState } from 'react';
import type { CalendarFeedsData } from '../../../../shared/calendar/types';
import type { Technician } from '../../../../shared/schemas/technician';
import { invoke, on } from '../../api/client';
import { describeError } from '../../lib/error-text';

export type CalendarFeedsState = { technicians: Technician[]; feeds: CalendarFeedsData } | { error: string } | null;

export function useCalendarFeeds(): { state: CalendarFeedsState; reload: () => void } {
  const [state, setState] = useState<CalendarFeedsState>(null);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void Promise.all([invoke('technicians:list', {}), invoke('calendar:feeds', {})]).then(([technicians, feeds]) => {
      if (!live) return;
      if (!technicians.ok) return setState({ error: describeError('Loading the technicians', technicians.error) });
      if (!feeds.ok) return setState({ error: describeError('Loading the calendar feeds', feeds.error) });
      setState({ technicians: technicians.value.filter((t) => t.active), feeds: feeds.value });
    });
    return () => {
      live = false;
    };
  }, [tick]);

  useEffect(() => {
    const offs = [on('technicians:changed', reload), on('settings:changed', reload), on('data:reset', reload)];
    return () => offs.forEach((off) => off());
  }, [reload]);

  return { state, reload };
}
