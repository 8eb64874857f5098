import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectron } from '../../scripts/ensure-electron.mjs';
import { makeFakeElectron } from './fake-electron-package';
import type { FakeElectron } from './fake-electron-package';

type Installer = (script: string) => { status: number | null; error?: Error };

function run(opts: { installed: boolean; env?: Record<string, string>; nodeVersion?: string; installer?: (fake: FakeElectron) => Installer }) {
  const fake = makeFakeElectron({ installed: opts.installed });
  const lines: string[] = [];
  const scripts: string[] = [];
  const installer = opts.installer?.(fake) ?? (() => ({ status: 0 }));
  const outcome = ensureElectron({
    electronDir: fake.dir,
    env: opts.env ?? {},
    nodeVersion: opts.nodeVersion ?? 'v22.12.0',
    runInstaller: (script) => {
      scripts.push(script);
      return installer(script);
    },
    print: (line) => lines.push(line),
  });
  return { outcome, lines, scripts, fake };
}

/** Does what electron's install.js does when the download works: dist/electron + path.txt. */
const downloads = (fake: FakeElectron): Installer => () => {
  fake.installBinary();
  return { status: 0 };
};

describe('ensure-electron (postinstall)', () => {
  it('runs electron\'s own installer when the binary is missing, and says so once', () => {
    const { outcome, scripts, lines, fake } = run({ installed: false, installer: downloads });
    expect(scripts).toEqual([join(fake.dir, 'install.js')]);
    expect(outcome).toBe('downloaded');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Downloading the Electron binary/);
  });

  it('is a quiet no-op when the binary is there', () => {
    const { outcome, scripts, lines } = run({ installed: true });
    expect(outcome).toBe('present');
    expect(scripts).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('does nothing at all when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const { outcome, scripts, lines } = run({ installed: false, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(outcome).toBe('skipped-env');
    expect(scripts).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('on a failed download prints the reason and the manual command, and reports failure without throwing', () => {
    const { outcome, lines } = run({ installed: false, installer: () => () => ({ status: 1 }) });
    expect(outcome).toBe('failed');
    expect(lines.at(-1)).toMatch(/Could not download the Electron binary \(the installer exited with 1\)/);
    expect(lines.at(-1)).toContain('node node_modules/electron/install.js');
  });

  it('treats an installer that exits 0 without leaving a binary as a failure', () => {
    const { outcome, lines } = run({ installed: false, installer: () => () => ({ status: 0 }) });
    expect(outcome).toBe('failed');
    expect(lines.at(-1)).toContain('node node_modules/electron/install.js');
  });

  it('names a spawn error (no network stack, no node) in the message', () => {
    const { outcome, lines } = run({ installed: false, installer: () => () => ({ status: null, error: new Error('spawn ENOENT') }) });
    expect(outcome).toBe('failed');
    expect(lines.at(-1)).toMatch(/\(spawn ENOENT\)/);
  });

  it('on a Node older than the downloader needs, says which Node is needed and does not try', () => {
    const { outcome, scripts, lines } = run({ installed: false, nodeVersion: 'v20.19.0', installer: downloads });
    expect(outcome).toBe('skipped-node');
    expect(scripts).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/needs Node\.js 22\.12\.0 or later; this is Node\.js 20\.19\.0/);
    expect(lines[0]).toContain('npm run serve');
  });

  it('does nothing when the electron package is not installed at all', () => {
    const lines: string[] = [];
    const outcome = ensureElectron({ electronDir: null, env: {}, nodeVersion: 'v22.12.0', runInstaller: () => ({ status: 0 }), print: (l) => lines.push(l) });
    expect(outcome).toBe('no-electron');
    expect(lines).toEqual([]);
  });
});
