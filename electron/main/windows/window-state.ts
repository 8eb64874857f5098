/**
 * Remember the main window's size and position between runs, in a small JSON file in userData.
 * The file is untrusted input (hand-edited, half-written, from another monitor setup): anything
 * malformed is ignored, and a position that would put the window off every screen is dropped so
 * the window opens centred instead of invisibly.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Rectangle, Screen } from 'electron';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** How much of the window must overlap a display's work area for the saved position to be kept. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;
const MAX_DIMENSION = 20_000;

/** What is read from the file (validated) and what the window opens with. */
export type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Parse the file's text; null if it is not a well-formed state. */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { x, y, width, height, maximized } = data as Record<string, unknown>;
  if (!isInt(width, 1, MAX_DIMENSION) || !isInt(height, 1, MAX_DIMENSION)) return null;
  if (!isInt(x, -MAX_DIMENSION, MAX_DIMENSION) || !isInt(y, -MAX_DIMENSION, MAX_DIMENSION)) return null;
  if (maximized !== undefined && typeof maximized !== 'boolean') return null;
  return { x, y, width, height, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Fit a saved state to the current displays: shrink it to the work area of the display it
 * matches, keep the position only when enough of the window is visible there (then nudge it fully
 * inside), otherwise drop x/y so Electron centres the window.
 */
export function fitToDisplay(saved: WindowState, screen: Pick<Screen, 'getDisplayMatching'>): WindowState {
  const bounds = { x: saved.x ?? 0, y: saved.y ?? 0, width: saved.width, height: saved.height };
  const area = screen.getDisplayMatching(bounds).workArea;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const visible = overlap(bounds, area);
  if (saved.x === undefined || saved.y === undefined || visible.width < MIN_VISIBLE.width || visible.height < MIN_VISIBLE.height) {
    return { width, height, maximized: saved.maximized };
  }
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

/** Read, validate and fit the saved state; the default size (centred) when there is none usable. */
export function loadWindowState(file: string, screen: Pick<Screen, 'getDisplayMatching'>, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): WindowState {
  let text: string;
  try {
    text = read(file);
  } catch {
    return { ...DEFAULT_SIZE, maximized: false };
  }
  const saved = parseWindowState(text);
  return fitToDisplay(saved ?? { ...DEFAULT_SIZE, maximized: false }, screen);
}

/**
 * Write the state (temp file + rename, so a crash mid-write leaves the old file, not half a
 * JSON). Errors are the caller's to log: losing the window position is never worth a crash.
 */
export function saveWindowState(file: string, state: Required<Pick<WindowState, 'x' | 'y'>> & WindowState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state)}\n`, 'utf8');
  renameSync(tmp, file);
}
