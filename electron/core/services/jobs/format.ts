/** Wording for job history lines, in the shop's time zone (the dispatcher's wall clock). */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

/** `09:00–10:30 (Thu 26 Nov)`; a slot that ends on a later day shows both days. */
export function describeSlot(start: Date, end: Date, timeZone: string): string {
  const zone = { in: tz(timeZone) };
  const startDay = format(start, 'EEE d MMM', zone);
  const endDay = format(end, 'EEE d MMM', zone);
  const range = `${format(start, 'HH:mm', zone)}–${format(end, 'HH:mm', zone)}`;
  return startDay === endDay ? `${range} (${startDay})` : `${range} (${startDay} – ${endDay})`;
}

/** History details are capped by the schema; keep the start, which carries the meaning. */
export function clip(text: string, max = 1000): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
