/**
 * This window's layout preferences: how the workspace is split between board and queue, and how
 * dense the rows are. They belong to the screen, not the shop (a wall display and a laptop want
 * different ones), so they live in localStorage rather than in the shop's settings.
 */
import { useSyncExternalStore } from 'react';

export type RowDensity = 'comfortable' | 'compact';
/** `auto` until the dispatcher picks one: the rows then follow the window (see row-density.ts). */
export type DensityChoice = RowDensity | 'auto';
export type LayoutPrefs = {
  /** The board's share of the workspace height, in percent (the queue has the rest). */
  boardShare: number;
  density: DensityChoice;
};

export const MIN_BOARD_SHARE = 20;
export const MAX_BOARD_SHARE = 80;
// Half and half: at a peak the queue needs rows as much as the board does, and the board hands
// the space under its last technician to the queue anyway.
export const DEFAULT_PREFS: LayoutPrefs = { boardShare: 50, density: 'auto' };
const DENSITIES: readonly DensityChoice[] = ['auto', 'comfortable', 'compact'];
const KEY = 'dispatch.layout';

/** `share` rounded and kept between the smallest and largest board share. */
export function clampShare(share: number): number {
  if (!Number.isFinite(share)) return DEFAULT_PREFS.boardShare;
  return Math.min(MAX_BOARD_SHARE, Math.max(MIN_BOARD_SHARE, Math.round(share)));
}

/**
 * The board share after a key on the separator, or null for keys it ignores. Arrow keys move by 2
 * points, Page keys by 10, Home and End go to the ends (the WAI-ARIA window splitter pattern;
 * up makes the board, which sits above, smaller).
 */
export function shareAfterKey(share: number, key: string): number | null {
  const step: Record<string, number> = { ArrowUp: -2, ArrowDown: 2, PageUp: -10, PageDown: 10 };
  if (key === 'Home') return MIN_BOARD_SHARE;
  if (key === 'End') return MAX_BOARD_SHARE;
  const by = step[key];
  return by === undefined ? null : clampShare(share + by);
}

/** Stored preferences, with anything missing or malformed replaced by the default. */
export function parsePrefs(raw: string | null): LayoutPrefs {
  if (!raw) return DEFAULT_PREFS;
  try {
    const value = JSON.parse(raw) as Partial<LayoutPrefs> | null;
    return {
      boardShare: typeof value?.boardShare === 'number' ? clampShare(value.boardShare) : DEFAULT_PREFS.boardShare,
      density: DENSITIES.find((d) => d === value?.density) ?? DEFAULT_PREFS.density,
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be refused (privacy settings); the layout then lasts as long as the page.
    return null;
  }
}

let current: LayoutPrefs | null = null;
const listeners = new Set<() => void>();

function read(): LayoutPrefs {
  current ??= parsePrefs(storage()?.getItem(KEY) ?? null);
  return current;
}

/** Change this window's layout preferences and remember them. */
export function setLayoutPrefs(change: Partial<LayoutPrefs>): void {
  const next = { ...read(), ...change };
  next.boardShare = clampShare(next.boardShare);
  current = next;
  storage()?.setItem(KEY, JSON.stringify(next));
  for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLayoutPrefs(): LayoutPrefs {
  return useSyncExternalStore(subscribe, read);
}
