/**
 * Where a technician's calendar feed is served: `GET /api/v1/calendars/<technician id>.ics?token=…`.
 * Calendar apps cannot send headers, so the read-only feed token rides in the query; it opens this
 * one feed and nothing else.
 */
export const CALENDAR_FEED_PREFIX = '/api/v1/calendars/';
export const CALENDAR_FEED_SUFFIX = '.ics';

/** The feed's path and query for a technician and token. */
export function calendarFeedPath(technicianId: string, token: string): string {
  return `${CALENDAR_FEED_PREFIX}${encodeURIComponent(technicianId)}${CALENDAR_FEED_SUFFIX}?token=${encodeURIComponent(token)}`;
}

/** The technician id of a feed path (raw, as sent), or null when the path is not a feed's. */
export function technicianOfFeedPath(path: string): string | null {
  if (!path.startsWith(CALENDAR_FEED_PREFIX) || !path.endsWith(CALENDAR_FEED_SUFFIX)) return null;
  const encoded = path.slice(CALENDAR_FEED_PREFIX.length, path.length - CALENDAR_FEED_SUFFIX.length);
  if (encoded.length === 0 || encoded.includes('/')) return null;
  try {
    const id = decodeURIComponent(encoded);
    return id.trim() === id && id.length > 0 && id.length <= 64 ? id : null;
  } catch {
    return null;
  }
}
