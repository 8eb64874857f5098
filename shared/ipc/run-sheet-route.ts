/**
 * The run-sheet route (shared by the renderer, which shows it, and Electron main, whose hidden
 * print window loads it): `#/run-sheets?day=2026-11-26&tech=<id>,<id>`. It lives in the fragment of
 * the one renderer entry (no second HTML file), so it inherits the same strict CSP, the same
 * bridge (Electron preload or the headless host's token) and the same build. Electron's hidden
 * print window loads this route; the browser prints it with its own print dialog.
 */

export type RunSheetRoute = {
  day: string;
  /** Empty: every technician with visits that day. */
  technicianIds: string[];
  /** Loaded by Electron's hidden print window: no toolbar, no print records from the page. */
  printWindow: boolean;
};

const PREFIX = '#/run-sheets';
/** A `YYYY-MM-DD` day in a route (checked as a calendar day where it is used). */
export const ROUTE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Read the route from `location.hash`, or null when the hash is not a run-sheet route. The hash is
 * decoded first: the headless bridge re-encodes the fragment when it strips `token=` from it.
 */
export function parseRunSheetRoute(hash: string): RunSheetRoute | null {
  const params = routeParams(hash, PREFIX);
  if (!params) return null;
  const day = params.get('day') ?? '';
  if (!ROUTE_DAY.test(day)) return null;
  const technicianIds = (params.get('tech') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .slice(0, 200);
  return { day, technicianIds, printWindow: params.get('print') === '1' };
}

/** The hash for a route (ids are encoded; a comma never appears in one). */
export function runSheetHash(day: string, technicianIds: readonly string[] = [], printWindow = false): string {
  const parts = [`day=${encodeURIComponent(day)}`];
  if (technicianIds.length > 0) parts.push(`tech=${encodeURIComponent(technicianIds.join(','))}`);
  if (printWindow) parts.push('print=1');
  return `${PREFIX}?${parts.join('&')}`;
}

/**
 * The query of a fragment route `<prefix>?a=1&b=2` as a Map, or null when `hash` is another route.
 * The hash is decoded first when it does not match as it is: the headless bridge re-encodes the
 * fragment when it strips `token=` from it.
 */
export function routeParams(hash: string, prefix: string): Map<string, string> | null {
  let decoded = hash;
  if (!decoded.startsWith(prefix)) {
    try {
      decoded = decodeURIComponent(hash);
    } catch {
      return null;
    }
    if (!decoded.startsWith(prefix)) return null;
  }
  const rest = decoded.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('?')) return null;
  return parseQuery(rest.slice(1));
}

/**
 * `a=1&b=2` → Map, first value wins, values decoded (`+` as a space, as forms encode it). Written
 * out because shared/ has neither the DOM's nor Node's URLSearchParams.
 */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    const raw = at === -1 ? '' : pair.slice(at + 1);
    if (name === '' || params.has(name)) continue;
    try {
      params.set(name, decodeURIComponent(raw.replace(/\+/g, ' ')));
    } catch {
      // A malformed escape: treat the parameter as absent.
    }
  }
  return params;
}
