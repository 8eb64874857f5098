/**
 * The built headless host (out/main/host.js) writes its log file: pino and pino-roll are bundled
 * into out/main, and a logger that loaded a worker-thread transport from node_modules would break
 * there. Runs the bundle in plain Node with a stand-in renderer.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildToTemp } from './build-to-temp';

let outDir = '';
const TOKEN = 'log-test-session-token-0123';

beforeAll(async () => {
  outDir = await buildToTemp(['main']);
  mkdirSync(join(outDir, 'renderer'), { recursive: true });
  writeFileSync(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>stand-in</title>');
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Start the host, wait for its ready line, stop it with SIGTERM; resolves with its exit code. */
function runHost(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(outDir, 'main', 'host.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stopped = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // Once: a second SIGTERM makes the host exit at once with 1.
      if (!stopped && stdout.includes('ready at ')) {
        stopped = true;
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout }));
  });
}

describe('built headless host: log file', () => {
  it('writes its warnings to logs/ in the data folder, without the session token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-host-log-'));
    // A loopback address other than 127.0.0.1 still counts as "not loopback-only" and is warned about.
    const run = await runHost(['--data', dataDir, '--port', '0', '--host', '127.0.0.2', '--allow-host', '127.0.0.2', '--token', TOKEN]);
    expect(run.stdout).toContain(TOKEN); // the terminal shows the URL with its token…
    expect(run.code).toBe(0);

    const logsDir = join(dataDir, 'logs');
    const files = readdirSync(logsDir).filter((f) => f.endsWith('.log'));
    expect(files).toHaveLength(1);
    const text = readFileSync(join(logsDir, files[0] ?? ''), 'utf8');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { level: string; msg: string; host: string });
    expect(lines.some((l) => l.level === 'warn' && l.host === 'headless' && l.msg.includes('listening on 127.0.0.2'))).toBe(true);
    expect(text).not.toContain(TOKEN); // …the log file never does
  });
});
