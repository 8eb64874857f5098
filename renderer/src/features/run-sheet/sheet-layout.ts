/**
 * The run sheets' layout: `normal` (roomy boxes, about two visits a page) or `compact` (at least
 * four visits on an A4 page, same facts and write-in boxes in smaller type). Kept per computer in
 * localStorage, which Electron's hidden print window shares with the console window (same origin
 * and session), so the sheet printed is the one previewed.
 */
export type SheetLayout = 'normal' | 'compact';

const KEY = 'dispatch.runSheetLayout';

export function readLayout(): SheetLayout {
  try {
    return window.localStorage.getItem(KEY) === 'compact' ? 'compact' : 'normal';
  } catch {
    // Storage refused (privacy settings): the normal layout.
    return 'normal';
  }
}

export function saveLayout(layout: SheetLayout): void {
  try {
    window.localStorage.setItem(KEY, layout);
  } catch {
    // Not kept; the choice still applies to this view.
  }
}
