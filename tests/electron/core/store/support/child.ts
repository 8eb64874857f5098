/** Spawning the plain-Node workers in support/ and reading their line-based output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export type Worker = {
  child: ChildProcess;
  /** Complete lines printed so far (a partial last line is held back until its newline). */
  lines: string[];
  /** Resolves with the first line (already printed or future) that `match` accepts. */
  waitFor(match: (line: string) => boolean, what: string): Promise<string>;
  /** Resolves when the process has exited and its output is fully read. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
};

export function startWorker(script: string, args: string[]): Worker {
  const child = spawn(process.execPath, [join(import.meta.dirname, script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let err = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.splice(0)) {
        if (waiter.match(line)) waiter.resolve(line);
        else waiters.push(waiter);
      }
    }
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    err += chunk;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    lines,
    closed,
    stderr: () => err,
    waitFor(match, what) {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void closed.then(({ code, signal }) => {
          const late = lines.find(match);
          if (late !== undefined) resolve(late);
          else reject(new Error(`worker exited (code ${code}, signal ${signal}) before ${what}; stderr:\n${err}`));
        });
      });
    },
  };
}
