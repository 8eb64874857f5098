/**
 * Technicians' bookings as calendars: an `.ics` export for a range of days, and a subscribable
 * feed per technician behind its own read-only token (issued, re-issued and revoked from
 * Settings → Calendar feeds). The HTTP route (electron/core/http/calendar-feed-route.ts) asks
 * `read` for a feed; nothing here knows HTTP.
 */
import { calendarFeedPath } from '../../../../shared/calendar/feed-path';
import { technicianEvents } from '../../../../shared/calendar/feed-events';
import type { CalendarExportResult, CalendarFeedIssued, CalendarFeedsData, FeedServer } from '../../../../shared/calendar/types';
import { parseDayKey, shiftDay, wallClock, dayKey, localDayOf } from '../../../../shared/domain/zoned-time';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { CalendarRange } from '../../../../shared/schemas/calendar';
import type { Technician } from '../../../../shared/schemas/technician';
import type { Job } from '../../../../shared/schemas/job';
import type { FileSaver } from '../../ports';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { conflict } from '../errors';
import { findRecord } from '../records';
import { feedTokenMatches, generateFeedToken, hashFeedToken } from './feed-tokens';
import { renderIcs } from './ics';

/** A feed request without a range covers this many days back and ahead of today (shop time). */
export const FEED_DAYS_BACK = 31;
export const FEED_DAYS_AHEAD = 183;

export type CalendarServiceOptions = {
  /** Where feeds are served now (the headless host: its console; the desktop app: its intake server, if on). */
  feedServer?: () => FeedServer;
  /** The desktop app's save dialog; without it, exports come back as content for a download. */
  saver?: FileSaver;
  /** Finished jobs moved to the archive, by the months they finished in; exports include them. */
  archivedJobs?: (months: readonly string[]) => Promise<Job[]>;
  /** Fresh tokens (tests pin them). */
  newToken?: () => string;
};

/** The instants `[start, end)` of shop days `from`…`to` (inclusive), built with the time-zone code. */
function rangeInstants(range: CalendarRange, timeZone: string): { start: number; end: number } {
  return { start: wallClock(parseDayKey(range.from), 0, timeZone), end: wallClock(shiftDay(parseDayKey(range.to), 1), 0, timeZone) };
}

function calendarName(t: Technician): string {
  return `${t.name}: bookings (Dispatch Console)`;
}

/** `bookings-sam-okafor-2026-12-01-to-2026-12-31.ics`: letters and digits of the name only. */
function exportFileName(t: Technician, range: CalendarRange): string {
  const slug = t.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'technician';
  return `bookings-${slug}-${range.from}-to-${range.to}.ics`;
}

export function createCalendarService(ctx: ServiceContext, options: CalendarServiceOptions = {}) {
  const feedServer = options.feedServer ?? ((): FeedServer => ({ kind: 'off', origin: null }));
  const newToken = options.newToken ?? generateFeedToken;
  const announce = (_: unknown, revision: number) => ctx.events.publish('technicians:changed', { revision });

  function icsFor(doc: DispatchDocument, technician: Technician, range: CalendarRange, archived: readonly Job[] = []): { content: string; events: number } {
    const timeZone = doc.settings.timeZone;
    // A job being archived right now may be in both places for a moment: the active copy wins.
    const active = new Set(doc.jobs.map((j) => j.id));
    const jobs = archived.length === 0 ? doc.jobs : [...doc.jobs, ...archived.filter((j) => !active.has(j.id))];
    const events = technicianEvents({ ...doc, jobs }, technician.id, rangeInstants(range, timeZone));
    return { content: renderIcs({ name: calendarName(technician), events, now: ctx.clock.now(), timeZone }), events: events.length };
  }

  function list(): CalendarFeedsData {
    const doc = ctx.store.read();
    return { feeds: doc.calendarFeeds.map(({ technicianId, issuedAt }) => ({ technicianId, issuedAt })), server: feedServer() };
  }

  return {
    list,

    /**
     * A new token for the technician's feed, replacing any earlier one (whose link stops working at
     * once). The token is in the returned path and nowhere else: only its hash is written.
     */
    async issue(input: { technicianId: string }): Promise<CalendarFeedIssued> {
      const token = newToken();
      const issuedAt = ctx.clock.now().toISOString();
      await commit(
        ctx,
        (doc) => {
          const { record } = findRecord(doc.technicians, input.technicianId, 'technician');
          if (!record.active) throw conflict(`${record.name} is inactive. Make them active again before giving them a calendar feed.`);
          const feed = { technicianId: record.id, tokenHash: hashFeedToken(token), issuedAt };
          const index = doc.calendarFeeds.findIndex((f) => f.technicianId === record.id);
          if (index === -1) doc.calendarFeeds.push(feed);
          else doc.calendarFeeds[index] = feed;
        },
        announce,
      );
      return { technicianId: input.technicianId, issuedAt, path: calendarFeedPath(input.technicianId, token), server: feedServer() };
    },

    /** Stop the technician's feed: its link is refused from the moment this is on disk. Revoking twice is harmless. */
    async revoke(input: { technicianId: string }): Promise<CalendarFeedsData> {
      findRecord(ctx.store.read().technicians, input.technicianId, 'technician');
      if (!ctx.store.read().calendarFeeds.some((f) => f.technicianId === input.technicianId)) return list();
      await commit(
        ctx,
        (doc) => {
          doc.calendarFeeds = doc.calendarFeeds.filter((f) => f.technicianId !== input.technicianId);
        },
        announce,
      );
      return list();
    },

    /** The technician's bookings from `from` to `to` as an `.ics`: saved through the dialog (desktop) or handed back (browser). */
    async export(input: { technicianId: string } & CalendarRange): Promise<CalendarExportResult> {
      // The document before the archive: a job archived in between is then in both (and counted
      // once), never in neither.
      const doc = ctx.store.read();
      const { record } = findRecord(doc.technicians, input.technicianId, 'technician');
      const archived = options.archivedJobs ? await options.archivedJobs(archiveMonthsFor(input, ctx.clock.now(), doc.settings.timeZone)) : [];
      const { content, events } = icsFor(doc, record, input, archived);
      const fileName = exportFileName(record, input);
      if (!options.saver) return { outcome: 'content', fileName, content, events };
      const saved = await options.saver.save({ title: `Save ${record.name}'s bookings`, fileName, content, filter: { name: 'iCalendar', extensions: ['ics'] } });
      return saved.outcome === 'saved' ? { outcome: 'saved', filePath: saved.filePath, events } : { outcome: 'cancelled' };
    },

    /**
     * May `token` read the technician's feed? No when the technician does not exist or is
     * inactive, has no feed, or the token is not their current one. The route gives every refusal
     * the same answer, so a refusal says nothing about which of these it was.
     */
    authorize(technicianId: string, token: string | null): boolean {
      const doc = ctx.store.read();
      const feed = doc.calendarFeeds.find((f) => f.technicianId === technicianId);
      const matches = feedTokenMatches(feed?.tokenHash, token);
      return matches && doc.technicians.some((t) => t.id === technicianId && t.active);
    },

    /** The technician's feed for `range` (default: a month back to half a year ahead); ask `authorize` first. */
    feed(technicianId: string, range: CalendarRange | null): string {
      const doc = ctx.store.read();
      const { record } = findRecord(doc.technicians, technicianId, 'technician');
      return icsFor(doc, record, range ?? defaultFeedRange(ctx.clock.now(), doc.settings.timeZone)).content;
    },
  };
}

/**
 * Archive months that can hold a job booked in `range`: a job is filed under the month it
 * finished, which is on or after its booking, usually within days; two months' grace covers jobs
 * that waited for parts or the customer. Nothing after the current month exists yet.
 */
export const ARCHIVE_GRACE_DAYS = 62;
export function archiveMonthsFor(range: CalendarRange, now: Date, timeZone: string): string[] {
  const last = [dayKey(shiftDay(parseDayKey(range.to), ARCHIVE_GRACE_DAYS)), dayKey(localDayOf(now, timeZone))].sort()[0]!.slice(0, 7);
  const months: string[] = [];
  for (let month = range.from.slice(0, 7); month <= last; ) {
    months.push(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return months;
}

/** From a month back to half a year ahead of today, in shop days. */
export function defaultFeedRange(now: Date, timeZone: string): CalendarRange {
  const today = localDayOf(now, timeZone);
  return { from: dayKey(shiftDay(today, -FEED_DAYS_BACK)), to: dayKey(shiftDay(today, FEED_DAYS_AHEAD)) };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
