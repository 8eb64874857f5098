/**
 * Dates in the archive carry the year: history spans years, and "Fri 23 Oct" alone is ambiguous.
 * Read in the shop's time zone, like every time in the console.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** `23 Oct 2026, 13:56` in `timeZone`. */
export function formatArchiveTime(instant: string, timeZone: string): string {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    cache.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}
