import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preflight } from '../../scripts/electron-preflight.mjs';
import { isAtLeast } from '../../scripts/electron-binary.mjs';
import { makeFakeElectron } from './fake-electron-package';

const ROOT = join(import.meta.dirname, '../..');

describe('electron-preflight (before start, dev, dist)', () => {
  it('passes when path.txt names an executable in dist/', () => {
    expect(preflight({ electronDir: makeFakeElectron({ installed: true }).dir, env: {}, nodeVersion: 'v20.19.0' })).toEqual({ ok: true });
  });

  it('passes when ELECTRON_EXEC_PATH names an existing executable, as electron-vite would use it', () => {
    const other = makeFakeElectron({ installed: true });
    const env = { ELECTRON_EXEC_PATH: join(other.dir, 'dist', 'electron') };
    expect(preflight({ electronDir: makeFakeElectron({ installed: false }).dir, env, nodeVersion: 'v22.12.0' })).toEqual({ ok: true });
    expect(preflight({ electronDir: other.dir, env: { ELECTRON_EXEC_PATH: '/nowhere/electron' }, nodeVersion: 'v22.12.0' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('ELECTRON_EXEC_PATH names /nowhere/electron'),
    });
  });

  it('fails with the manual command when the binary is missing', () => {
    const result = preflight({ electronDir: makeFakeElectron({ installed: false }).dir, env: {}, nodeVersion: 'v22.12.0' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('`node node_modules/electron/install.js`') });
  });

  it('treats path.txt naming a missing executable as missing', () => {
    const fake = makeFakeElectron({ installed: true });
    rmSync(join(fake.dir, 'dist', 'electron'));
    expect(preflight({ electronDir: fake.dir, env: {}, nodeVersion: 'v22.12.0' })).toMatchObject({ ok: false });
  });

  it('says the skip variable is why, when it is set', () => {
    const result = preflight({ electronDir: makeFakeElectron({ installed: false }).dir, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, nodeVersion: 'v24.0.0' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD is set') });
  });

  it('gives the Node version advice on an older Node, the same sentence the install step prints', () => {
    const result = preflight({ electronDir: makeFakeElectron({ installed: false }).dir, env: {}, nodeVersion: 'v20.19.0' });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/needs Node\.js 22\.12\.0 or later; this is Node\.js 20\.19\.0\. Install Node\.js 22 LTS/) });
  });

  it('asks for npm install when the electron package itself is absent', () => {
    expect(preflight({ electronDir: null, env: {}, nodeVersion: 'v22.12.0' })).toMatchObject({ ok: false, message: expect.stringContaining('npm install') });
  });

  it('as a command: exits 1 with the message on stderr and no stack trace', () => {
    // The project's own electron has no binary on machines that skip the download (CI, this test's host).
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'electron-preflight.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: '/nowhere/electron' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ELECTRON_EXEC_PATH names /nowhere/electron');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('Node version comparison', () => {
  it('orders major, minor and patch numerically', () => {
    expect(isAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(isAtLeast('v22.11.9', '22.12.0')).toBe(false);
    expect(isAtLeast('v23.0.0', '22.12.0')).toBe(true);
    expect(isAtLeast('v20.19.5', '22.12.0')).toBe(false);
    expect(isAtLeast('v100.0.0', '22.12.0')).toBe(true);
  });
});
