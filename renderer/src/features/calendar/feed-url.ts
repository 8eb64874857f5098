import type { FeedServer } from '../../../../shared/calendar/types';

/**
 * The full feed URL for a path: on the headless host, the console's own address, which this page
 * knows better than the host does (a name on the shop's network rather than 127.0.0.1); in the
 * desktop app, the intake server's, also while it is off (the link works once it is on). Null
 * when no address is known.
 */
export function feedUrl(server: FeedServer, path: string, pageOrigin: string): string | null {
  if (server.kind === 'console') return `${pageOrigin}${path}`;
  return server.origin === null ? null : `${server.origin}${path}`;
}

/** One sentence on where feeds are served, for the section's note. */
export function describeFeedServer(server: FeedServer, pageOrigin: string): string {
  if (server.kind === 'console') return `Feeds are served by this console at ${pageOrigin}. Phones must be able to reach that address.`;
  if (server.kind === 'server') return `Feeds are served by the intake server at ${server.origin} while it runs.`;
  return 'The intake server is off, so feed links do not work right now: turn it on in Settings → Intake API (links issued now start working then). Exports work either way.';
}
