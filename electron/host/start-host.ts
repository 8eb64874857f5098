/**
 * Start the headless host: open the data folder, build the core, optionally load the sample shop,
 * serve the renderer and the contract. The entry point (index.ts) only adds argv and signals.
 */
import { createConfiguredCore } from '../core/database/configured-core';
import type { Core } from '../core/create-core';
import { generateSessionToken } from '../core/http/session-token';
import { createIntakeRoute, INTAKE_PATH } from '../core/http/intake-route';
import { createCalendarFeedRoute } from '../core/http/calendar-feed-route';
import { createHttpServer } from '../core/http/server';
import { isLoopbackHost } from '../core/http/origin-policy';
import { defaultDataDir } from '../core/paths';
import { pinnedClock } from '../core/pinned-clock';
import type { Logger } from '../core/ports';
import type { HostArgs } from './cli-args';
import { join, resolve } from 'node:path';
import { createFileSecretStore } from './secret-file-store';

/** The line tests and scripts wait for; it is printed exactly once, when the server listens. */
export const READY_PREFIX = 'Dispatch Console (headless) ready at ';

export type RunningHost = {
  url: string;
  /** Close the server, then the core (flushes pending writes, releases the data folder's lock). */
  stop(): Promise<void>;
};

export type StartHostOptions = {
  args: HostArgs;
  rendererDir: string;
  version: string;
  log: Logger;
  /** Where the ready line and other user-facing lines go (stdout). */
  print(line: string): void;
  /** Told each token the host uses, so the log file never holds one. */
  keepSecret?(value: string): void;
};

/** Bring the host up. Throws (after releasing what it opened) if it cannot start. */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const { args, log, print } = options;
  if (!isLoopbackHost(args.host)) {
    log.warn(
      `WARNING: listening on ${args.host}: the console is reachable from the network. Anyone with the ` +
        'printed URL (it carries the session token) can read and change all dispatch data, and plain ' +
        'HTTP is not encrypted. Use --host 127.0.0.1 unless you mean this.',
    );
  }

  if (args.fixedNow) {
    // On stdout, not stderr: a pinned clock is what the caller asked for, not a fault.
    print(`WARNING: the clock is pinned: it started at ${args.fixedNow.toISOString()} and advances with real time (--now / DISPATCH_FIXED_NOW, for tests and demos only).`);
  }

  // Throws StoreLockedError when another process has this folder open; the caller reports it.
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  if (args.database) options.keepSecret?.(args.database.password);
  const core = await createConfiguredCore({
    dataDir,
    // Messages: the SMTP password lives beside the data file, readable only by this user.
    secrets: createFileSecretStore(join(dataDir, 'secrets'), (value) => options.keepSecret?.(value)),
    host: 'headless',
    version: options.version,
    log,
    ...(args.fixedNow ? { clock: pinnedClock(args.fixedNow) } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    ...(args.desk || args.dispatcher ? { desk: { desk: args.desk, dispatcher: args.dispatcher } } : {}),
    // The shared database from the command line; without it, whatever Settings → Shared database saved.
    ...(args.database ? { connection: args.database } : {}),
    // Calendar feeds: served on the console's own address, which the page knows best.
    feedServer: () => ({ kind: 'console' }),
  });
  try {
    if (args.sample) await loadSampleIfEmpty(core, print);
    const status = await core.call('data:status', {});
    const token = args.token ?? generateSessionToken();
    // Intake API: the headless host always serves it, with its own token.
    const intakeToken = args.intakeToken ?? generateSessionToken();
    options.keepSecret?.(token);
    options.keepSecret?.(intakeToken);
    const intake = createIntakeRoute({
      submit: (input, admit) => core.services.intake.submit(input, 'api', admit),
      token: () => intakeToken,
      // The same limits as the desktop app's intake server: settings → intake → limits in the data file.
      limits: () => core.services.settings.get().intake.limits,
    });
    const feeds = createCalendarFeedRoute({
      authorize: (technicianId, feedToken) => core.services.calendar.authorize(technicianId, feedToken),
      feed: (technicianId, range) => core.services.calendar.feed(technicianId, range),
    });
    const server = await createHttpServer({
      routes: [intake, feeds],
      core,
      rendererDir: options.rendererDir,
      sessionToken: token,
      host: args.host,
      port: args.port,
      allowedHosts: args.allowHosts,
      log,
    });
    // The URL a browser on this computer opens. The token rides in the fragment, which browsers
    // never send to the server or put in a Referer; the renderer removes it from the address bar.
    const url = `${server.origin}/#token=${token}`;
    print(`Data file: ${status.ok ? status.value.dataFile : core.dataDir}`);
    if (!isLoopbackHost(args.host)) print(`Answers to Host/Origin: ${server.allowedHosts.join(', ')} (add names with --allow-host NAME)`);
    print(`Intake API: POST ${server.origin}${INTAKE_PATH} (token ${intakeToken})`);
    print(`${READY_PREFIX}${url}`);
    print('Press Ctrl+C to stop.');
    return {
      url,
      async stop() {
        await server.close();
        await core.close();
      },
    };
  } catch (error) {
    await core.close().catch((closeError: unknown) => log.error('Closing the data store failed', closeError));
    throw error;
  }
}

/** `--sample`: fill an empty folder with the sample shop; never touch one that has data. */
async function loadSampleIfEmpty(core: Core, print: (line: string) => void): Promise<void> {
  const status = await core.call('data:status', {});
  if (!status.ok) throw new Error(`Could not read the data status: ${status.error.message}`);
  if (!status.value.empty) {
    print('The data folder already has data; --sample left it as it is.');
    return;
  }
  const loaded = await core.call('sample:load', {});
  if (!loaded.ok) throw new Error(`Could not load the sample shop: ${loaded.error.message}`);
  const { clients, technicians, jobs } = loaded.value;
  print(`Loaded the sample shop: ${clients} clients, ${technicians} technicians, ${jobs} jobs.`);
}
