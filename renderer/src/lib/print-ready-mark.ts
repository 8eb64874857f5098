/**
 * Marks the document `loading` / `ready` / `error` (or clears the mark) on every printable route:
 * Electron's hidden print window waits for `ready` before printing (windows/print-window.ts), and
 * tests wait for it too.
 */
export function markPrintState(state: 'loading' | 'ready' | 'error' | null): void {
  if (state === null) delete document.documentElement.dataset.runSheet;
  else document.documentElement.dataset.runSheet = state;
}
