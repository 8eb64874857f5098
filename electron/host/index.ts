/**
 * Headless host entry (`npm run serve`, e2e tests, benchmarks): the same core as the Electron app,
 * served to a browser over HTTP + WebSocket. Built to out/main/host.js; the renderer build sits
 * next to it in out/renderer.
 *
 * Exit codes: 0 after a clean stop (SIGINT/SIGTERM), 1 if it cannot start (data folder in use,
 * port taken, renderer not built), 2 for a bad command line.
 */
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { consoleLogger } from '../core/ports';
import { parseCommandLine, USAGE } from './cli-args';
import { describeStartFailure } from './start-failure';
import { startHost } from './start-host';
import type { RunningHost } from './start-host';

async function main(): Promise<void> {
  const parsed = parseCommandLine(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n\n${USAGE}`);
    process.exit(2);
  }

  // Signal handlers go in before anything starts: a test (or a user) may send SIGTERM the moment
  // the ready line appears, and Node's default would kill us without flushing or unlocking.
  let host: RunningHost | null = null;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C while pending writes flush: the user insists. The store's writes are atomic
      // (temp file + rename), so the file on disk stays whole; only the last change may be lost.
      process.stderr.write(`Received ${signal} again; exiting without waiting.\n`);
      process.exit(1);
    }
    stopping = true;
    // Still starting: main() stops the host as soon as it is up.
    if (host) void shutDown(host);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    host = await startHost({
      args: parsed.args,
      // Built layout: out/main/host.js → out/renderer.
      rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
      version,
      log: consoleLogger,
      print: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (error) {
    process.stderr.write(`${describeStartFailure(error, parsed.args)}\n`);
    process.exit(1);
  }
  if (stopping) await shutDown(host);
}

async function shutDown(host: RunningHost): Promise<void> {
  process.stdout.write('Stopping…\n');
  try {
    await host.stop();
  } catch (error) {
    process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main();
