/**
 * Wording and page CSS for printed run sheets. Pure; instants are read in the shop's time zone.
 */
import { formatClock, formatDayTime, formatDayTitle } from '../../lib/format';

/** `09:00–10:30`, or `22:00–Fri 27 Nov 01:30` for a visit that runs past midnight. */
export function visitWindow(start: string, end: string, timeZone: string, day: string): string {
  const sameDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)) === day;
  const from = sameDay(start) ? formatClock(start, timeZone) : formatDayTime(start, timeZone);
  const to = sameDay(end) ? formatClock(end, timeZone) : formatDayTime(end, timeZone);
  return `${from}–${to}`;
}

/** `Thursday 26 November` without the year, for "No visits booked for Alex Chen on …". */
export function dayWithoutYear(day: string): string {
  return formatDayTitle(day).replace(/ \d{4}$/, '');
}

/** An SLA due time with its day when it is not the sheet's day: `14:00` or `Fri 27 Nov 09:00`. */
export function dueText(iso: string | null, timeZone: string, day: string): string | null {
  if (!iso) return null;
  const local = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return local === day ? formatClock(iso, timeZone) : formatDayTime(iso, timeZone);
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so data can never end the string. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The `@page` rules for a set of sheets: paper size, margins, "Page x of y" in the bottom margin,
 * and per technician a named page whose top margin repeats their name and the day, so page 2 of a
 * long sheet still says whose it is. Named pages also force the break between technicians.
 */
export function pageCss(paperSize: 'A4' | 'Letter', sheets: ReadonlyArray<{ technicianName: string }>, dayTitle: string): string {
  const size = paperSize === 'Letter' ? 'letter' : 'A4';
  const rules = [
    `@page { size: ${size} portrait; margin: 14mm 12mm 16mm 12mm;`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #000; }`,
    `  @bottom-left { content: ${cssString(`Run sheet · ${dayTitle}`)}; font: 9pt system-ui, sans-serif; color: #000; }`,
    `}`,
  ];
  sheets.forEach((sheet, i) => {
    rules.push(`@page run-sheet-${i} { @top-left { content: ${cssString(`${sheet.technicianName} · ${dayTitle}`)}; font: 9pt system-ui, sans-serif; color: #000; } }`);
    rules.push(`.run-sheet[data-sheet-index="${i}"] { page: run-sheet-${i}; }`);
  });
  // The document's first page has the sheet's own header; the margin line is for the pages after it.
  if (sheets.length > 0) rules.push(`@page run-sheet-0:first { @top-left { content: none; } }`);
  return rules.join('\n');
}
