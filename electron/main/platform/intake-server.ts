/**
 * Electron glue for the intake API and calendar feeds: keep the intake server (intake route plus
 * the technicians' feed route) running exactly while `settings.intake` says so. Enabling, disabling, a new port or the network toggle take effect as
 * soon as the settings are saved; a new token applies without a restart (the route reads it on
 * every request). The server itself lives in the core (electron/core/http/intake-server.ts).
 */
import type { IntakeOutcome } from '../../core/services/intake/intake';
import type { IntakeJob } from '../../core/services/intake/intake-schema';
import type { EventBus, Logger } from '../../core/ports';
import { createIntakeRoute } from '../../core/http/intake-route';
import { createCalendarFeedRoute } from '../../core/http/calendar-feed-route';
import type { CalendarFeedRouteOptions } from '../../core/http/calendar-feed-route';
import type { FeedServer } from '../../../shared/calendar/types';
import type { Route } from '../../core/http/router';
import { startIntakeServer } from '../../core/http/intake-server';
import type { RunningIntakeServer } from '../../core/http/intake-server';
import type { IntakeSettings, Settings } from '../../../shared/schemas/settings';

/** What the glue needs of the core's services (the core's `services` has more). */
export type IntakeServices = {
  intake: { submit(input: IntakeJob, source: string, admit: () => boolean): Promise<IntakeOutcome> };
  settings: { get(): Settings };
  /** Calendar feeds, served on the same port while it runs. */
  calendar: Pick<CalendarFeedRouteOptions, 'authorize' | 'feed'>;
};

export type StartIntakeServer = (options: { routes: readonly Route[]; host: string; port: number; log: Logger }) => Promise<RunningIntakeServer>;

export type IntakeServerManagerOptions = {
  services: IntakeServices;
  events: Pick<EventBus, 'subscribe'>;
  log: Logger;
  /** Injected for tests; the real one binds a port. */
  start?: StartIntakeServer;
};

export type IntakeServerManager = {
  /** Where it listens now, or null when off (or it could not start). */
  current(): { host: string; port: number } | null;
  /** Resolves once the server matches the current settings (tests). */
  settled(): Promise<void>;
  /** Stop listening and stop following settings (app quit). */
  stop(): Promise<void>;
};

type Wanted = { host: string; port: number } | null;

/** Where the server should listen for these settings; null = off. Loopback unless the user chose the network. */
export function wantedListen(intake: Pick<IntakeSettings, 'enabled' | 'token' | 'listenOnNetwork' | 'port'>): Wanted {
  if (!intake.enabled || intake.token === null) return null;
  return { host: intake.listenOnNetwork ? '0.0.0.0' : '127.0.0.1', port: intake.port };
}

/**
 * Where feed links point: the server as it listens now, or, while it is off, where the settings
 * will put it. Loopback stays loopback (a feed read on this computer); the network bind uses this
 * computer's name, which phones on the shop's network resolve more often than an address that
 * DHCP may change.
 */
export function feedServerOf(listening: { host: string; port: number } | null, intake: Pick<IntakeSettings, 'listenOnNetwork' | 'port'>, machineName: string): FeedServer {
  const origin = (host: string, port: number) => `http://${host === '0.0.0.0' ? machineName : host}:${port}`;
  if (!listening) return { kind: 'off', origin: origin(intake.listenOnNetwork ? '0.0.0.0' : '127.0.0.1', intake.port) };
  return { kind: 'server', origin: origin(listening.host, listening.port) };
}

/** Follow the settings and start, move or stop the intake server to match. */
export function manageIntakeServer(options: IntakeServerManagerOptions): IntakeServerManager {
  const { services, events, log } = options;
  const start = options.start ?? startIntakeServer;
  const route = createIntakeRoute({
    submit: (input, admit) => services.intake.submit(input, 'api', admit),
    token: () => {
      const intake = services.settings.get().intake;
      return intake.enabled ? intake.token : null;
    },
    limits: () => services.settings.get().intake.limits,
  });
  const feeds = createCalendarFeedRoute({
    authorize: (technicianId, token) => services.calendar.authorize(technicianId, token),
    feed: (technicianId, range) => services.calendar.feed(technicianId, range),
  });

  let running: RunningIntakeServer | null = null;
  let stopped = false;
  // Changes are applied one after another, so a quick off/on never leaves two servers or none.
  let queue: Promise<void> = Promise.resolve();

  const same = (a: Wanted, b: RunningIntakeServer | null) => (a === null ? b === null : b !== null && a.host === b.host && a.port === b.port);

  async function reconcile(): Promise<void> {
    const wanted = stopped ? null : wantedListen(services.settings.get().intake);
    if (same(wanted, running)) return;
    if (running) {
      await running.close();
      log.info(`Intake API stopped (${running.host}:${running.port}).`);
      running = null;
    }
    if (!wanted) return;
    try {
      running = await start({ routes: [route, feeds], host: wanted.host, port: wanted.port, log });
      log.info(`Intake API: POST http://${wanted.host}:${running.port}/api/v1/jobs`);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const why = code === 'EADDRINUSE' ? 'the port is already in use; pick another in Settings → Intake' : String(error);
      log.warn(`The intake API could not start on ${wanted.host}:${wanted.port}: ${why}.`);
    }
  }

  const schedule = () => {
    queue = queue.then(reconcile, reconcile);
    return queue;
  };
  const unsubscribe = events.subscribe((name) => {
    if (name === 'settings:changed' || name === 'data:reset') void schedule();
  });
  void schedule();

  return {
    current: () => (running ? { host: running.host, port: running.port } : null),
    settled: () => queue,
    async stop() {
      stopped = true;
      unsubscribe();
      await schedule();
    },
  };
}
