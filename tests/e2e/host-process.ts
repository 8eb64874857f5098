/**
 * Run the built headless host (out/main/host.js) as a child process and wait for its ready line.
 * Used by the `host` fixture and by the tests of the host's command line.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build under test: `out/` by default. `DISPATCH_E2E_OUT` points at another copy, for running
 * the suite while someone else rebuilds `out/` in the same checkout.
 */
const privateOut = process.env.DISPATCH_E2E_OUT ?? process.env.DISPATCH_OUT_DIR;
const OUT_DIR = privateOut ? resolve(privateOut) : fileURLToPath(new URL('../../out', import.meta.url));
export const HOST_JS = join(OUT_DIR, 'main', 'host.js');
export const RENDERER_INDEX = join(OUT_DIR, 'renderer', 'index.html');

const READY_LINE = /^Dispatch Console \(headless\) ready at (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/m;
const DATA_FILE_LINE = /^Data file: (.+)$/m;

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type HostProcess = {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Both streams, labelled, for error messages. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  hasExited(): boolean;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. Resolves with how it ended. */
  stop(graceMs?: number): Promise<Exit>;
};

export type Ready = { url: string; baseUrl: string; token: string; dataFile: string };

/** Start `node out/main/host.js <args>` (or another copy of the host script), with `env` added to ours. */
export function spawnHost(args: readonly string[], script = HOST_JS, env: Readonly<Record<string, string>> = {}): HostProcess {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  let exit: Exit | null = null;
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const output = () => `--- host stdout ---\n${out}--- host stderr ---\n${err}`;
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    output,
    exited,
    hasExited: () => exit !== null,
    async stop(graceMs = 10_000) {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/**
 * Wait for the ready and data-file lines. Rejects, with everything the host printed, if it exits
 * first, writes to stderr (unless allowed) or takes longer than `timeoutMs`.
 */
export function waitForReady(host: HostProcess, options: { timeoutMs?: number; allowStderr?: boolean } = {}): Promise<Ready> {
  const { timeoutMs = 20_000, allowStderr = false } = options;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!allowStderr && host.stderr() !== '') return finish(new Error(`The host wrote to stderr while starting:\n${host.output()}`));
      const ready = READY_LINE.exec(host.stdout());
      const dataFile = DATA_FILE_LINE.exec(host.stdout());
      if (ready && dataFile) {
        finish(null, { url: `${ready[1]}/#token=${ready[2]}`, baseUrl: ready[1]!, token: ready[2]!, dataFile: dataFile[1]!.trim() });
      }
    };
    const onExit = (exit: Exit) =>
      finish(new Error(`The host exited before it was ready (code ${exit.code}, signal ${exit.signal}):\n${host.output()}`));
    const timer = setTimeout(() => finish(new Error(`The host was not ready within ${timeoutMs} ms:\n${host.output()}`)), timeoutMs);
    let settled = false;
    function finish(error: Error | null, ready?: Ready) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      host.child.stdout!.off('data', check);
      host.child.stderr!.off('data', check);
      if (error) reject(error);
      else resolve(ready!);
    }
    host.child.stdout!.on('data', check);
    host.child.stderr!.on('data', check);
    void host.exited.then(onExit);
    check();
  });
}
