/**
 * The built main process (out/main/index.js, ESM) run in plain Node with a fake `electron` module
 * (fake-electron/): what the Electron binary would load, minus Chromium. It checks what unit tests
 * with fakes cannot: that the bundle's imports resolve, that bootstrap wires the real core and
 * store, that app:// serves the real built renderer, that IPC from the window reaches the data file
 * on disk, and that quitting flushes and releases the data folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/http/security-headers';
import { channels } from '../../../shared/ipc/contract';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows/web-preferences';
import { buildToTemp } from './build-to-temp';

type Report = {
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  errorBoxes: Array<[string, string]>;
  trays: string[];
  trayTooltip: string;
  quitCalls: number;
  windows: Array<{ url: string; webPreferences: Record<string, unknown> }>;
  steps: {
    index: { status: number; csp: string; html: string };
    traversal: number;
    channels: string[];
    job: { ok: boolean; value?: { title: string } };
    badInput: { ok: boolean; error?: { code: string } };
    stranger: { ok: boolean; error?: { code: string } };
    events: string[];
  };
  driveError?: string;
  sandboxBeforeReady?: boolean;
};

let outDir = '';
let dataDir = '';
let report: Report;
let exitCode: number | null = null;

beforeAll(async () => {
  outDir = await buildToTemp(['main', 'preload', 'renderer']);
  dataDir = mkdtempSync(join(tmpdir(), 'dispatch-bundle-data-'));
  const run = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'fake-electron', 'register.mjs'), join(outDir, 'main', 'index.js')], {
    env: { ...process.env, DISPATCH_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  exitCode = run.status;
  const line = run.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`No report from the built main process (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  report = JSON.parse(line.slice('REPORT '.length)) as Report;
}, 120_000);

afterAll(() => {
  for (const dir of [outDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('built main process under a fake Electron', () => {
  it('starts without an error and quits cleanly', () => {
    expect(report.driveError).toBeUndefined();
    expect(report.errorBoxes).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('registers app:// before ready and opens one secure window on it', () => {
    expect(report.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]!.url).toBe('app://dispatch/index.html');
    expect(report.windows[0]!.webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') });
    expect(existsSync(report.windows[0]!.webPreferences['preload'] as string)).toBe(true);
    expect(report.trayTooltip).toBe('Dispatch Console');
    expect(report.sandboxBeforeReady).toBe(true);
  });

  it('opens its log file in logs/ of the data folder (pino and pino-roll work bundled)', () => {
    const logs = join(dataDir, 'logs');
    expect(readdirSync(logs).filter((f) => f.endsWith('.log'))).toHaveLength(1);
  });

  it('serves the built renderer with the CSP header and refuses traversal', () => {
    expect(report.steps.index.status).toBe(200);
    expect(report.steps.index.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.steps.index.html).toContain('Content-Security-Policy');
    expect(report.steps.traversal).toBe(403);
  });

  it('answers every contract channel; checks sender and input', () => {
    expect([...report.steps.channels].sort()).toEqual([...channels].sort());
    expect(report.steps.job).toMatchObject({ ok: true, value: { title: 'Built bundle job' } });
    expect(report.steps.badInput).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(report.steps.stranger).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.steps.events).toEqual(expect.arrayContaining(['clients:changed', 'jobs:changed']));
  });

  it('the job is in the data file and the data folder is unlocked after quit', () => {
    expect(readFileSync(join(dataDir, 'dispatch.json'), 'utf8')).toContain('Built bundle job');
    expect(existsSync(join(dataDir, 'dispatch.lock'))).toBe(false);
    // Once to start quitting (prevented while the store flushes), once after the flush.
    expect(report.quitCalls).toBe(2);
  });
});
