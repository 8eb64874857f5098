/**
 * The row density in force. A density the dispatcher picked wins; until then ("auto") the rows
 * follow the window: compact once the shop's technicians would not fit the board's share of the
 * window in comfortable rows, so a laptop at a peak shows its rows without a trip to the settings,
 * and a small shop on a big screen keeps its roomy two-line rows.
 */
import { useSyncExternalStore } from 'react';
import { useConsoleState } from '../state/hooks';
import { useLayoutPrefs } from './layout-prefs';
import type { DensityChoice, RowDensity } from './layout-prefs';

/** A comfortable technician row (two label lines and padding), in CSS pixels. */
export const COMFORTABLE_ROW_PX = 43;
/** What the window spends outside the board's rows: header, banner, the board's time axis, the separator. */
export const WINDOW_CHROME_PX = 190;

/** The density for `choice` with `technicians` rows in a window `windowHeight` tall whose board has `boardShare` %. */
export function densityFor(choice: DensityChoice, technicians: number, windowHeight: number, boardShare: number): RowDensity {
  if (choice !== 'auto') return choice;
  const rowsHeight = ((windowHeight - WINDOW_CHROME_PX) * boardShare) / 100;
  return technicians * COMFORTABLE_ROW_PX > rowsHeight ? 'compact' : 'comfortable';
}

function subscribeResize(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** The density this window draws its rows in now. */
export function useRowDensity(): RowDensity {
  const { density, boardShare } = useLayoutPrefs();
  const technicians = useConsoleState((s) => s.board?.technicians.length ?? 0);
  const height = useSyncExternalStore(subscribeResize, () => window.innerHeight);
  return densityFor(density, technicians, height, boardShare);
}
