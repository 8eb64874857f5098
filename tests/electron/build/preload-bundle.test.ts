/**
 * The preload runs sandboxed: Electron loads it as one classic script whose `require` knows only
 * `electron` (and a few Node polyfills). So the built file must be CommonJS, self-contained, and
 * require nothing else. The test builds the preload alone, with the project's own electron-vite
 * config, into a temp folder (fresh from source, and without racing anyone else's `out/`), then
 * inspects the file and runs it in a VM with a fake `electron`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_KEY } from '../../../shared/ipc/bridge';
import { buildToTemp } from './build-to-temp';

let outDir = '';
let code = '';

beforeAll(async () => {
  outDir = await buildToTemp(['preload']);
  const file = join(outDir, 'preload', 'index.cjs');
  if (!existsSync(file)) throw new Error(`The preload build did not produce ${file}`);
  code = readFileSync(file, 'utf8');
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('out/preload/index.cjs', () => {
  it('is CommonJS: no top-level import/export statements and no dynamic import()', () => {
    expect(code.length).toBeGreaterThan(0);
    expect(code).not.toMatch(/^\s*import\s+[\w{*'"]/m);
    expect(code).not.toMatch(/^\s*export\s+/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('requires "electron" and nothing else', () => {
    const requires = [...code.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    expect(requires.length).toBeGreaterThan(0);
    for (const arg of requires) expect(arg).toMatch(/^(["'])electron\1$/);
  });

  it('stays small: no zod or schemas pulled in for the channel check', () => {
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    expect(Buffer.byteLength(code)).toBeLessThan(16 * 1024);
  });

  it('runs as a classic script and exposes the bridge through contextBridge only', async () => {
    const exposed: Array<[string, Record<string, unknown>]> = [];
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: null }),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const requireStub = (name: string) => {
      if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
      return electron;
    };
    const module = { exports: {} };
    runInNewContext(`(function (require, module, exports) {\n${code}\n})`, { Object, Error, String, Promise })(requireStub, module, module.exports);

    expect(exposed).toHaveLength(1);
    const [key, api] = exposed[0]!;
    expect(key).toBe(BRIDGE_KEY);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    const invoke = api['invoke'] as (channel: string, input: unknown) => Promise<unknown>;
    await expect(invoke('fs:read', {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await invoke('jobs:get', { id: 'j1' });
    expect(invoked).toEqual([['jobs:get', { id: 'j1' }]]);
  });
});
