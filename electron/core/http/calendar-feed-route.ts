/**
 * `GET /api/v1/calendars/<technician id>.ics?token=…[&from=YYYY-MM-DD&to=YYYY-MM-DD]`: a
 * technician's bookings as a subscribable iCalendar feed. Calendar apps cannot send headers, so
 * the feed's own read-only token is in the query. It opens that technician's feed and nothing else:
 * the session and intake tokens are not accepted here, and a feed token is accepted nowhere else
 * (the other routes compare against their own tokens only).
 *
 * Every refused token gets the same 403, whether the technician does not exist, has no feed, had
 * it revoked or re-issued, or the token is another technician's. Requests are rate-limited per
 * client address (before the token is checked, so guessing is slow too) and per feed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CALENDAR_FEED_PREFIX, technicianOfFeedPath } from '../../../shared/calendar/feed-path';
import { CalendarRangeSchema } from '../../../shared/schemas/calendar';
import type { CalendarRange } from '../../../shared/schemas/calendar';
import { closeAfterAnswer } from './closing-connection';
import { createRateLimiter } from './intake-rate-limit';
import type { RateDecision } from './intake-rate-limit';
import { sendFailure } from './respond';
import type { Route, RouteContext } from './router';

export type CalendarFeedRouteOptions = {
  /** May this token read this technician's feed (the calendar service's `authorize`)? */
  authorize(technicianId: string, token: string | null): boolean;
  /** The feed for the range, or the default range when null. */
  feed(technicianId: string, range: CalendarRange | null): string;
  /** Epoch ms, for the rate limiter (tests). */
  now?: () => number;
};

/**
 * Budgets. A calendar app reads a feed every 15 minutes to a few hours; a shop behind one address
 * has a few dozen technicians. A guesser is held to one try a second per address.
 */
export const FEED_LIMITS = {
  /** Requests of any kind per client address. */
  perAddress: { perSecond: 1, burst: 60 },
  /** Accepted reads per feed. */
  perFeed: { perSecond: 0.5, burst: 30 },
} as const;

const QUERY_KEYS = new Set(['token', 'from', 'to']);
const REFUSED = 'This calendar link is not valid: it may have been revoked or replaced. Ask the dispatcher for the current link.';

function tooMany(res: ServerResponse, decision: RateDecision & { ok: false }): void {
  sendFailure(res, 429, 'FORBIDDEN', `Too many calendar requests. Wait ${decision.retryAfterSeconds} s.`, { 'Retry-After': String(decision.retryAfterSeconds) });
}

/** `from`/`to` from the query: both or neither, each a day, at most a year apart. */
function rangeOf(query: URLSearchParams): { ok: true; range: CalendarRange | null } | { ok: false; message: string } {
  const from = query.get('from');
  const to = query.get('to');
  if (from === null && to === null) return { ok: true, range: null };
  if (from === null || to === null) return { ok: false, message: 'Send both from and to (YYYY-MM-DD), or neither.' };
  const parsed = CalendarRangeSchema.safeParse({ from, to });
  if (!parsed.success) return { ok: false, message: `Bad range: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.` };
  return { ok: true, range: parsed.data };
}

export function createCalendarFeedRoute(options: CalendarFeedRouteOptions): Route {
  const byAddress = createRateLimiter(FEED_LIMITS.perAddress, options.now);
  const byFeed = createRateLimiter(FEED_LIMITS.perFeed, options.now);

  function handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): void {
    // A GET carries no body; one that declares a body must not leave it to be read as a next request.
    if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) closeAfterAnswer(req, res);
    // Calendar apps send no Origin; a page on another site that does is never a subscriber.
    const origin = req.headers.origin;
    if (origin !== undefined && !ctx.origins.isAllowedOrigin(origin)) return sendFailure(res, 403, 'FORBIDDEN', 'Cross-site requests are not accepted.');

    const address = byAddress.take(req.socket.remoteAddress ?? 'unknown');
    if (!address.ok) return tooMany(res, address);

    const technicianId = technicianOfFeedPath(ctx.path);
    if (technicianId === null) return sendFailure(res, 404, 'NOT_FOUND', `No such calendar. Feeds live at ${CALENDAR_FEED_PREFIX}<technician>.ics.`);
    const tokens = ctx.query.getAll('token');
    if (tokens.length > 1 || [...ctx.query.keys()].some((k) => !QUERY_KEYS.has(k))) {
      return sendFailure(res, 400, 'BAD_INPUT', 'A feed link takes token, and optionally from and to, once each.');
    }
    if (!options.authorize(technicianId, tokens[0] ?? null)) return sendFailure(res, 403, 'FORBIDDEN', REFUSED);

    const feed = byFeed.take(technicianId);
    if (!feed.ok) return tooMany(res, feed);
    const range = rangeOf(ctx.query);
    if (!range.ok) return sendFailure(res, 400, 'BAD_INPUT', range.message);

    const body = options.feed(technicianId, range.range);
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      // Bookings change all day and the link is a secret: no shared cache may keep a copy.
      'Cache-Control': 'no-store, private',
      'Content-Disposition': 'inline; filename="bookings.ics"',
    });
    res.end(body);
  }

  return { method: 'GET', path: CALENDAR_FEED_PREFIX, prefix: true, handle };
}
