/**
 * A clock that starts at a chosen instant and then moves on with real elapsed time, for tests and
 * demos that must see the same day whatever the real date is. It keeps moving (rather than
 * standing still) because the core relies on time passing: SLA clocks tick, alerts re-check every
 * 30 s, write and archive timestamps stay ordered. Production start-up never builds one.
 */
import { parseDayKey } from '../../shared/domain/zoned-time';
import type { Clock } from './ports';

/**
 * @param start the instant `now()` returns at creation
 * @param elapsedMs a monotonic millisecond counter (default `performance.now`), so a change of the
 *   machine's wall clock while running does not move the pinned clock
 */
export function pinnedClock(start: Date, elapsedMs: () => number = () => performance.now()): Clock {
  const startMs = start.getTime();
  if (Number.isNaN(startMs)) throw new RangeError('A pinned clock needs a valid start instant.');
  const origin = elapsedMs();
  return { now: () => new Date(startMs + (elapsedMs() - origin)) };
}

/**
 * Parse a pinned start instant: an ISO 8601 date-time with seconds optional and an explicit offset
 * (`Z` or `±hh:mm`), so the same text means the same instant on every machine. Null if malformed.
 */
export function parsePinnedInstant(text: string): Date | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) return null;
  try {
    // Date would roll 30 February over into March; a calendar check refuses it instead.
    parseDayKey(trimmed.slice(0, 10));
  } catch {
    return null;
  }
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}
