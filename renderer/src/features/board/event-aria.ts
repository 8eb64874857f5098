/**
 * ARIA for the board's job events, which live inside FullCalendar's markup.
 *
 * The resource timeline is one `role="grid"` table; the lanes holding the events sit in nested
 * tables FullCalendar marks aria-hidden (or leaves without roles). A focusable `role="button"`
 * there would either be hidden from screen readers or, once the table is unhidden, be owned
 * directly by the grid's row group, which allows only rows. So each lane holding events becomes
 * a row with one grid cell, the one place a grid allows a button.
 */

/**
 * An event is named by its content, so its name is exactly the text it shows (SLA clock and
 * "Saving…" included) and speech-input users can say what they see. Its hidden details (times,
 * SLA sentence, warnings) are its description: `aria-describedby` reads hidden elements, and
 * hiding them keeps them out of the name.
 */
export function describeOnly(details: HTMLElement): void {
  details.setAttribute('aria-hidden', 'true');
}

/**
 * Puts a space between the lines and between the pieces of each line. Lines are blocks and pieces
 * flex items, so the spaces change nothing on screen; without them the text runs together
 * ("P2J-1015Harbour Dental", "…ClientTitle") for assistive technology, and no name can match it.
 */
export function separateWords(body: HTMLElement): void {
  spaceOut(body);
  for (const line of body.children) spaceOut(line);
}

function spaceOut(parent: Element): void {
  for (const piece of [...parent.children].slice(1)) {
    if (piece.previousSibling?.nodeType !== Node.TEXT_NODE) parent.insertBefore(document.createTextNode(' '), piece);
  }
}

/** Gives the lane holding `eventEl` the row and grid cell roles a button inside a grid needs. */
export function placeEventInGridRow(eventEl: HTMLElement): void {
  const cell = eventEl.closest('td');
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR') return;
  if (cell.getAttribute('role') !== 'gridcell') cell.setAttribute('role', 'gridcell');
  if (row.getAttribute('role') !== 'row') row.setAttribute('role', 'row');
}
