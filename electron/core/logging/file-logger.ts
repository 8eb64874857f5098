/**
 * The core's Logger written to rotating files in `<data folder>/logs/`: JSON lines through pino,
 * one file at a time up to `maxBytes`, then the next (`dispatch.1.log`, `dispatch.2.log`, …), the
 * oldest removed past `keepFiles`. pino-roll is used as a plain stream in this thread, not as a
 * pino transport: transports load a worker thread from a file path, which does not survive being
 * bundled into out/main.
 *
 * Writes are synchronous: the lines that matter most are the ones written just before a crash.
 * Every line is scrubbed (./redact) before pino sees it; a thrown value is logged under `error`,
 * already turned into plain data, so pino's own serializer (which copies every field) never sees it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';
import pinoRoll from 'pino-roll';
import type { Logger } from '../ports';
import { redactError, redactText } from './redact';

export const LOGS_FOLDER = 'logs';
export const LOG_FILE_BASE = 'dispatch';

export type FileLoggerOptions = {
  /** The data folder; logs go to its `logs/` subfolder. */
  dataDir: string;
  host: 'electron' | 'headless';
  version: string;
  /** Rotate after this many bytes (default 5 MB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 4). */
  keepFiles?: number;
};

export type FileLogger = Logger & {
  /** The `logs/` folder (for "Show logs"). */
  readonly dir: string;
  /** Never write this value (a token this process generated or was given), whatever the text around it. */
  addSecret(value: string): void;
  /** Wait until every line is on disk, then close the file. */
  close(): Promise<void>;
};

/** Open (creating) `<dataDir>/logs/` and the newest log file in it. */
export async function createFileLogger(opts: FileLoggerOptions): Promise<FileLogger> {
  const dir = join(opts.dataDir, LOGS_FOLDER);
  await mkdir(dir, { recursive: true });
  const stream = await pinoRoll({
    file: join(dir, LOG_FILE_BASE),
    extension: '.log',
    size: `${Math.max(1, Math.ceil((opts.maxBytes ?? 5 * 1024 * 1024) / 1024))}k`,
    limit: { count: opts.keepFiles ?? 4 },
    sync: true,
    mkdir: true,
  });
  const logger = pino(
    {
      level: 'info',
      base: { host: opts.host, version: opts.version, pid: process.pid, node: process.versions.node, platform: process.platform },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  const secrets = new Set<string>();
  let closed: Promise<void> | null = null;
  return {
    dir,
    // After close() lines are dropped rather than thrown: a late warning must not crash a quit.
    info: (message) => void (closed || logger.info(redactText(message, secrets))),
    warn: (message) => void (closed || logger.warn(redactText(message, secrets))),
    error: (message, error) => {
      if (closed) return;
      if (error === undefined) logger.error(redactText(message, secrets));
      else logger.error({ error: redactError(error, secrets) }, redactText(message, secrets));
    },
    addSecret: (value) => void secrets.add(value),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        stream.once('close', () => resolve());
        stream.end();
      })),
  };
}

/** Send every line to each logger (the file, and the console for a host started in a terminal). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    info: (message) => loggers.forEach((l) => l.info(message)),
    warn: (message) => loggers.forEach((l) => l.warn(message)),
    error: (message, error) => loggers.forEach((l) => l.error(message, error)),
  };
}
