/**
 * A stand-in for node_modules/electron in a temp folder: the package.json (with Electron 45's
 * `engines`), optionally path.txt and dist/<executable>, so the install scripts can be tested
 * without the real package and without a network.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FakeElectron = { dir: string; installBinary(): void };

export function makeFakeElectron(opts: { installed: boolean; engines?: string }): FakeElectron {
  const dir = join(mkdtempSync(join(tmpdir(), 'fake-electron-')), 'node_modules', 'electron');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', engines: { node: opts.engines ?? '>= 22.12.0' } }));
  writeFileSync(join(dir, 'install.js'), '// the real one downloads; tests never run it\n');
  // What electron's install.js leaves behind: dist/<executable> and path.txt naming it.
  const installBinary = () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
  };
  if (opts.installed) installBinary();
  return { dir, installBinary };
}
