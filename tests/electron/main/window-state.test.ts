import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, fitToDisplay, loadWindowState, parseWindowState, saveWindowState } from '../../../electron/main/windows/window-state';

/** One 1920×1080 display whose work area excludes a 40 px taskbar; a second one to the right. */
const displays = [
  { x: 0, y: 0, width: 1920, height: 1040 },
  { x: 1920, y: 0, width: 2560, height: 1400 },
];
const screen = {
  // Like Electron: the display with the largest overlap, else the nearest one (here: the first).
  getDisplayMatching(rect: { x: number; y: number; width: number; height: number }) {
    const second = displays[1]!;
    const workArea = rect.x + rect.width / 2 >= second.x ? second : displays[0]!;
    return { workArea } as Electron.Display;
  },
};
const fromText = (text: string) => loadWindowState('/nowhere', screen, () => text);

describe('window state', () => {
  it('restores a valid saved state on its display', () => {
    expect(fromText(JSON.stringify({ x: 2000, y: 100, width: 1600, height: 1000, maximized: true }))).toEqual({
      x: 2000,
      y: 100,
      width: 1600,
      height: 1000,
      maximized: true,
    });
  });

  it.each([
    ['not JSON', '{"x":1,'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['strings for numbers', '{"x":"0","y":"0","width":"800","height":"600"}'],
    ['NaN-ish', '{"x":0,"y":0,"width":1e999,"height":600}'],
    ['fractions', '{"x":0.5,"y":0,"width":1200,"height":800}'],
    ['negative size', '{"x":0,"y":0,"width":-5,"height":800}'],
    ['a non-boolean maximized', '{"x":0,"y":0,"width":1200,"height":800,"maximized":"yes"}'],
    ['missing position', '{"width":1200,"height":800}'],
  ])('rejects a corrupt file (%s): default size, centred', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
    const state = fromText(text);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state).toMatchObject({ ...DEFAULT_SIZE, maximized: false });
  });

  it('uses the default when the file cannot be read', () => {
    const state = loadWindowState('/nowhere', screen, () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    });
    expect(state).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it.each([
    ['far to the left', { x: -5000, y: 100 }],
    ['below every screen', { x: 100, y: 5000 }],
    ['only a sliver visible', { x: -1150, y: 1000 }],
  ])('drops an off-screen position (%s) so the window opens centred', (_label, pos) => {
    const state = fitToDisplay({ ...pos, width: 1200, height: 800, maximized: false }, screen);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state).toMatchObject({ width: 1200, height: 800 });
  });

  it('shrinks a window larger than the work area and pulls it fully inside', () => {
    const state = fitToDisplay({ x: -100, y: -20, width: 3000, height: 2000, maximized: false }, screen);
    expect(state).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
  });

  it('nudges a partly visible window back inside the work area', () => {
    const state = fitToDisplay({ x: 1200, y: 600, width: 1000, height: 700, maximized: false }, screen);
    expect(state).toEqual({ x: 920, y: 340, width: 1000, height: 700, maximized: false });
  });

  it('saves atomically and reads back what it saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-state-'));
    const file = join(dir, 'window-state.json');
    try {
      saveWindowState(file, { x: 10, y: 20, width: 1300, height: 900, maximized: false });
      expect(parseWindowState(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
      expect(loadWindowState(file, screen)).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
