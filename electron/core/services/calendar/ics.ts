/**
 * Render feed events as an iCalendar (RFC 5545) document with ical-generator. Times are written in
 * UTC (`DTSTART:20260329T080000Z`), which every calendar app converts to its own zone; the shop's
 * zone is named in `X-WR-TIMEZONE` only as a display hint, never needed to read a time right.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { FeedEvent } from '../../../../shared/calendar/feed-events';

export type IcsOptions = {
  /** The calendar's name as apps show it. */
  name: string;
  events: readonly FeedEvent[];
  /** When this copy was made (`DTSTAMP`). */
  now: Date;
  /** The shop's IANA zone. */
  timeZone: string;
};

export function renderIcs(options: IcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Dispatch Console', product: 'Bookings', language: 'EN' },
    // A feed is re-read by the app; one hour between reads is plenty for a technician's day.
    ttl: 60 * 60,
  });
  calendar.x([{ key: 'X-WR-TIMEZONE', value: options.timeZone }]);
  for (const e of options.events) {
    calendar.createEvent({
      id: e.uid,
      start: new Date(e.start),
      end: new Date(e.end),
      stamp: options.now,
      lastModified: new Date(e.lastModified),
      sequence: e.sequence,
      summary: e.summary,
      location: e.location || null,
      description: e.description,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
