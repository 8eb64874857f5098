import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/core/paths';

describe('defaultDataDir', () => {
  it('follows Electron userData on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir(undefined, { platform: 'linux', env: {}, home: '/home/ann' })).toBe('/home/ann/.config/Dispatch Console');
    expect(defaultDataDir(undefined, { platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ann' })).toBe('/xdg/Dispatch Console');
    expect(defaultDataDir(undefined, { platform: 'linux', env: { XDG_CONFIG_HOME: ' ' }, home: '/home/ann' })).toBe('/home/ann/.config/Dispatch Console');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('Dispatch Console', { platform: 'darwin', env: {}, home: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/Dispatch Console',
    );
  });

  it('uses %APPDATA% on Windows, with the roaming folder as fallback', () => {
    expect(defaultDataDir('Dispatch Console', { platform: 'win32', env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, home: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Dispatch Console',
    );
    expect(defaultDataDir('Other', { platform: 'win32', env: {}, home: 'C:\\Users\\ann' })).toBe('C:\\Users\\ann\\AppData\\Roaming\\Other');
  });

  it('defaults to this process environment', () => {
    expect(defaultDataDir()).toMatch(/Dispatch Console$/);
  });
});
