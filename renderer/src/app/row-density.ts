/**
 * The row density in force. A density the dispatcher picked wins; until then ("auto") the rows
 * follow the window: compact once the shop's technicians would not fit the board's share of the
 * window in comfortable rows (zone headings included), so a laptop at a peak shows its rows without a trip to the settings,
 * and a small shop on a big screen keeps its roomy two-line rows.
 */
import { useSyncExternalStore } from 'react';
import { useConsoleState } from '../state/hooks';
import { useLayoutPrefs } from './layout-prefs';
import type { DensityChoice, RowDensity } from './layout-prefs';

/** A comfortable technician row (two label lines and padding), in CSS pixels. */
export const COMFORTABLE_ROW_PX = 43;
/** A zone heading row (the board groups technicians by zone when there is more than one). */
export const ZONE_ROW_PX = 27;
/** What the window spends outside the board's rows: header, banner, the board's time axis, the separator. */
export const WINDOW_CHROME_PX = 190;

/** The board's rows: technicians, and zone headings (0 when it does not group). */
export type BoardRows = { technicians: number; zones: number };

/** The density for `choice` with `rows` on the board in a window `windowHeight` tall whose board has `boardShare` %. */
export function densityFor(choice: DensityChoice, rows: BoardRows, windowHeight: number, boardShare: number): RowDensity {
  if (choice !== 'auto') return choice;
  const room = ((windowHeight - WINDOW_CHROME_PX) * boardShare) / 100;
  return rows.technicians * COMFORTABLE_ROW_PX + rows.zones * ZONE_ROW_PX > room ? 'compact' : 'comfortable';
}

/** The zone headings the board draws: one per zone, when there is more than one. */
function zoneRows(technicians: readonly { zone: string }[]): number {
  const zones = new Set(technicians.map((t) => t.zone)).size;
  return zones > 1 ? zones : 0;
}

function subscribeResize(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** The density this window draws its rows in now. */
export function useRowDensity(): RowDensity {
  const { density, boardShare } = useLayoutPrefs();
  const technicians = useConsoleState((s) => s.board?.technicians.length ?? 0);
  const zones = useConsoleState((s) => zoneRows(s.board?.technicians ?? []));
  const height = useSyncExternalStore(subscribeResize, () => window.innerHeight);
  return densityFor(density, { technicians, zones }, height, boardShare);
}
