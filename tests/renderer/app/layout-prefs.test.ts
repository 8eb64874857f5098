import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, MAX_BOARD_SHARE, MIN_BOARD_SHARE, clampShare, parsePrefs, shareAfterKey } from '../../../renderer/src/app/layout-prefs';

describe('the board/queue split', () => {
  it('moves by 2 points per arrow and 10 per page key, up shrinking the board', () => {
    expect(shareAfterKey(50, 'ArrowUp')).toBe(48);
    expect(shareAfterKey(50, 'ArrowDown')).toBe(52);
    expect(shareAfterKey(50, 'PageUp')).toBe(40);
    expect(shareAfterKey(50, 'PageDown')).toBe(60);
  });
  it('stops at its ends and jumps there with Home and End', () => {
    expect(shareAfterKey(MIN_BOARD_SHARE + 1, 'ArrowUp')).toBe(MIN_BOARD_SHARE);
    expect(shareAfterKey(MAX_BOARD_SHARE - 5, 'PageDown')).toBe(MAX_BOARD_SHARE);
    expect(shareAfterKey(50, 'Home')).toBe(MIN_BOARD_SHARE);
    expect(shareAfterKey(50, 'End')).toBe(MAX_BOARD_SHARE);
  });
  it('ignores other keys', () => {
    expect(shareAfterKey(50, 'Enter')).toBeNull();
    expect(shareAfterKey(50, 'ArrowLeft')).toBeNull();
  });
  it('rounds and clamps any share', () => {
    expect(clampShare(47.6)).toBe(48);
    expect(clampShare(5)).toBe(MIN_BOARD_SHARE);
    expect(clampShare(99)).toBe(MAX_BOARD_SHARE);
    expect(clampShare(Number.NaN)).toBe(DEFAULT_PREFS.boardShare);
    expect(DEFAULT_PREFS.boardShare).toBe(50);
  });
});

describe('stored layout preferences', () => {
  it('reads what was stored', () => {
    expect(parsePrefs(JSON.stringify({ boardShare: 62, density: 'compact' }))).toEqual({ boardShare: 62, density: 'compact' });
    expect(parsePrefs(JSON.stringify({ boardShare: 62, density: 'comfortable' }))).toEqual({ boardShare: 62, density: 'comfortable' });
    expect(parsePrefs(JSON.stringify({ boardShare: 62, density: 'auto' }))).toEqual({ boardShare: 62, density: 'auto' });
  });
  it('follows the window until a density is chosen', () => {
    expect(DEFAULT_PREFS.density).toBe('auto');
  });
  it('falls back to the defaults for anything missing or malformed', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('null')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(JSON.stringify({ boardShare: 'x', density: 'tiny' }))).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(JSON.stringify({ boardShare: 500 }))).toEqual({ boardShare: MAX_BOARD_SHARE, density: 'auto' });
  });
});
