import type { FeedServer } from '../../../../shared/calendar/types';

/**
 * The full feed URL for a path, or null when nothing serves feeds now. The headless host serves
 * them on the console's own address, which this page knows better than the host does (a name on
 * the shop's network rather than 127.0.0.1).
 */
export function feedUrl(server: FeedServer, path: string, pageOrigin: string): string | null {
  if (server.kind === 'console') return `${pageOrigin}${path}`;
  if (server.kind === 'server') return `${server.origin}${path}`;
  return null;
}

/** One sentence on where feeds are served, for the section's note. */
export function describeFeedServer(server: FeedServer, pageOrigin: string): string {
  if (server.kind === 'console') return `Feeds are served by this console at ${pageOrigin}. Phones must be able to reach that address.`;
  if (server.kind === 'server') return `Feeds are served by the intake server at ${server.origin} while it runs.`;
  return 'The intake server is off, so feed links do not work right now: turn it on in Settings → Intake API (links issued now start working then). Exports work either way.';
}
