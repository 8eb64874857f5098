/** Read an `.ics` with ical.js (another library than the one that wrote it), for tests. */
import ICAL from 'ical.js';

export type ParsedEvent = { uid: string; start: string; end: string; summary: string; location: string; description: string; sequence: number };

export function parseIcs(text: string): { name: string; timeZone: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const e = new ICAL.Event(component);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      summary: e.summary,
      location: e.location ?? '',
      description: e.description ?? '',
      sequence: e.sequence,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), timeZone: String(calendar.getFirstPropertyValue('x-wr-timezone') ?? ''), events };
}

/** `HH:mm` of an instant in a zone: what a technician's phone shows. */
export function wallTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
