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
import type { Logger } from '../core/ports';
import { createFileLogger, teeLogger } from '../core/logging/file-logger';
import type { FileLogger } from '../core/logging/file-logger';
import { defaultDataDir } from '../core/paths';
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

  const fileLog = await openFileLog(parsed.args.dataDir ?? defaultDataDir());
  closeLog = () => fileLog?.close() ?? Promise.resolve();
  // Warnings and errors go to the terminal, as before, and to logs/ in the data folder.
  const log: Logger = fileLog ? teeLogger(consoleLogger, fileLog) : consoleLogger;
  try {
    host = await startHost({
      args: parsed.args,
      // Built layout: out/main/host.js → out/renderer.
      rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
      version,
      log,
      print: (line) => process.stdout.write(`${line}\n`),
      keepSecret: (value) => fileLog?.addSecret(value),
    });
  } catch (error) {
    const message = describeStartFailure(error, parsed.args);
    fileLog?.error(message, error);
    await closeLog();
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  if (stopping) await shutDown(host);
}

let closeLog: () => Promise<void> = () => Promise.resolve();

/** The log file; a data folder we cannot write to is reported when the store opens it, so only warn here. */
async function openFileLog(dataDir: string): Promise<FileLogger | null> {
  try {
    return await createFileLogger({ dataDir, host: 'headless', version });
  } catch (error) {
    process.stderr.write(`Logging to a file is off: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

async function shutDown(host: RunningHost): Promise<void> {
  process.stdout.write('Stopping…\n');
  try {
    await host.stop();
  } catch (error) {
    process.stderr.write(`Stopping failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await closeLog();
    process.exit(1);
  }
  await closeLog();
  process.exit(0);
}

void main();
