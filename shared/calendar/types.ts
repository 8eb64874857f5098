/** What the calendar-feed and public-holiday channels return. */

/**
 * Where feed URLs are served. `console`: the headless host serves them on the console's own
 * origin (the page builds the URL from its address). `server`: the desktop app's intake server at
 * `origin`. `off`: nothing serves feeds right now; `origin` is where the desktop app's intake
 * server will serve them once it is turned on (links issued now work from then), if known.
 */
export type FeedServer = { kind: 'console' } | { kind: 'server'; origin: string } | { kind: 'off'; origin: string | null };

/** One technician's feed as the console may see it: never the token, never its hash. */
export type CalendarFeedInfo = { technicianId: string; issuedAt: string };

export type CalendarFeedsData = { feeds: CalendarFeedInfo[]; server: FeedServer };

/** A newly issued feed: the token is in `path` and is shown this once. */
export type CalendarFeedIssued = CalendarFeedInfo & {
  /** `/api/v1/calendars/<technician>.ics?token=…`, to append to the server's origin. */
  path: string;
  server: FeedServer;
};

/**
 * `calendar:export`: the desktop app saved the file where the dispatcher chose (or they
 * cancelled); the headless host hands the content back for the browser to download.
 */
export type CalendarExportResult =
  | { outcome: 'saved'; filePath: string; events: number }
  | { outcome: 'cancelled' }
  | { outcome: 'content'; fileName: string; content: string; events: number };

/** A country, state or region the holiday data set knows. */
export type HolidayPlace = { code: string; name: string };

/** Kinds of days in the holiday data set; only `public` and `bank` close offices as a rule. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** One holiday of a place and year, by shop day. */
export type HolidayOption = { day: string; name: string; type: HolidayType };
