/**
 * The composition root of the core, shared by Electron main and the headless host: open the data
 * folder, build the services on it, bind them to the IPC contract. Hosts add their transport
 * (ipcMain, HTTP + WebSocket) on top of `call` / `handlers` and forward `events`.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import { migrations } from '../../shared/migrations/index';
import { CURRENT_SCHEMA_VERSION, emptyDocument, validateDocument } from '../../shared/schemas/document';
import type { DispatchDocument } from '../../shared/schemas/document';
import { deskActor } from '../../shared/domain/desk';
import { createHandlers } from './handlers';
import type { DatabaseServiceOptions } from './services/database/database-settings';
import { consoleLogger, createEventBus, systemClock, systemScheduler } from './ports';
import type { SmtpTimeouts } from './services/messages/smtp';
import type { AlertSink, Clock, EventBus, FileSaver, Logger, Printer, ReportWindows, Scheduler, SecretStore } from './ports';
import type { FeedServer } from '../../shared/calendar/types';
import { createRevisionCounter } from './services/context';
import { createServices } from './services/index';
import { publishExternalChange, publishStoreStatus } from './services/external-changes';
import type { Services } from './services/index';
import { openStore } from './store/open-store';
import type { ArchiveStorage } from './archive/archive-files';
import type { FileSystem } from './store/file-system';
import type { OpenStoreOptions, Store } from './store/types';

export type CreateCoreOptions = {
  /** The data folder (see `defaultDataDir`); created if missing. */
  dataDir: string;
  host: 'electron' | 'headless';
  /** App version, reported by `app:info`. */
  version: string;
  clock?: Clock;
  log?: Logger;
  /** Time zone written into a brand-new data file; default the machine's. Ignored for an existing file. */
  timeZone?: string;
  /** Seed for the sample shop (tests); the default always gives the same shop. */
  sampleSeed?: number;
  /** Native run-sheet printing (Electron); omitted in the headless host, whose browser prints. */
  printer?: Printer;
  /** Calendar feeds: where they are served now (headless: its console; Electron: the intake server while on). */
  feedServer?: () => FeedServer;
  /** Calendar exports through a save dialog (Electron); the headless host's browser downloads them. */
  saver?: FileSaver;
  /** The Reports view's own window (Electron); the headless host's browser shows its route instead. */
  reportWindows?: ReportWindows;
  /** Urgent alerts outside the page (Electron: OS notification, tray); the headless host passes none. */
  alertSink?: AlertSink;
  /** Repeating timers for the alert check (tests pass a manual one). */
  scheduler?: Scheduler;
  /** The data folder's file operations; default the real file system (tests inject failures). */
  fs?: FileSystem;
  /** The store's journal settings (the benchmark compares designs; tests rotate often). */
  store?: Pick<OpenStoreOptions<DispatchDocument>, 'snapshots' | 'journal'>;
  /** Where the SMTP password is kept: Electron's safeStorage, or the headless host's 0600 file. */
  secrets?: SecretStore;
  /**
   * This desk's name and who dispatches at it, written into job history and so into CONFLICT
   * messages ("by Sam at desk 2"); default plain "dispatcher".
   */
  desk?: { desk?: string | undefined; dispatcher?: string | undefined };
  /** SMTP timeouts (tests shorten them). */
  smtpTimeouts?: SmtpTimeouts;
  /**
   * An already-opened store to run on instead of the data file in `dataDir` — the shared database
   * (`openPostgresStore` in electron/core/store-pg). The core owns it from here: `close()` closes it.
   * Changes other desks commit to it are published as the same push events as local ones.
   */
  openedStore?: Store<DispatchDocument> & {
    /** Where this store keeps archived jobs (the shared database's table); default the data folder's month files. */
    archive?: ArchiveStorage;
  };
  /** Settings → Shared database: what `openedStore` is (default: the data file) and how to read all of the shop (export). */
  database?: Pick<DatabaseServiceOptions, 'running' | 'readShop'>;
};

export type Core = {
  handlers: Handlers;
  events: EventBus;
  store: Store<DispatchDocument>;
  /** The services behind the handlers, for in-process callers that act as someone other than the dispatcher (intake). */
  services: Services;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** `dispatch(handlers, channel, input)`: parse, run, wrap as a Result (for tests and hosts). */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Flush pending writes and release the data folder's lock. Safe to call twice. */
  close(): Promise<void>;
};

/** The machine's IANA zone, for a new data file. */
function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Open the data folder and build the core. Throws the store's `StoreLockedError` when another
 * process has the folder open and `StoreTooNewError` for a file from a newer version; an
 * unreadable file is moved aside and reported through `data:status` instead.
 */
export async function createCore(opts: CreateCoreOptions): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? consoleLogger;
  const timeZone = opts.timeZone ?? machineTimeZone();
  const dataDir = resolve(opts.dataDir);

  const store = opts.openedStore ?? await openStore<DispatchDocument>({
    dir: dataDir,
    currentVersion: CURRENT_SCHEMA_VERSION,
    migrations,
    validate: validateDocument,
    empty: () => emptyDocument(timeZone),
    now: () => clock.now(),
    onWarning: (message) => log.warn(`[store] ${message}`),
    ...(opts.fs ? { fs: opts.fs } : {}),
    ...opts.store,
  });

  const events = createEventBus(log);
  const ctx = {
    store,
    events,
    clock,
    log,
    newId: () => randomUUID(),
    revision: createRevisionCounter(),
    ...(opts.desk ? { dispatcher: deskActor(opts.desk) } : {}),
  };
  const services = createServices(
    ctx,
    {
      app: { version: opts.version, host: opts.host, dataDir },
      ...(opts.sampleSeed === undefined ? {} : { sampleSeed: opts.sampleSeed }),
      ...(opts.printer ? { printer: opts.printer } : {}),
      ...(opts.alertSink ? { alertSink: opts.alertSink } : {}),
      ...(opts.fs ? { fs: opts.fs } : {}),
      ...(opts.openedStore?.archive ? { archive: opts.openedStore.archive } : {}),
      ...(opts.secrets ? { secrets: opts.secrets } : {}),
      ...(opts.smtpTimeouts ? { smtpTimeouts: opts.smtpTimeouts } : {}),
      ...(opts.feedServer ? { feedServer: opts.feedServer } : {}),
      ...(opts.saver ? { saver: opts.saver } : {}),
      ...(opts.reportWindows ? { reportWindows: opts.reportWindows } : {}),
      ...(opts.database ? { database: opts.database } : {}),
    },
  );
  const handlers = createHandlers(services);
  // A shared store: other desks' commits and the connection's ups and downs reach every view.
  const unsubscribe = [
    store.onExternalChange?.((change) => publishExternalChange(ctx, change, { alertsChanged: () => services.alerts.evaluate(true) })),
    store.onStatusChange?.((status) => publishStoreStatus(ctx, status)),
  ];
  // Archive: move old finished jobs out of the active file now and daily, in the background.
  void services.archive.start();
  // Urgent alerts: evaluate on every change and every 30 s until close.
  services.alerts.start(opts.scheduler ?? systemScheduler);
  // Maintenance plans: make due visits into jobs now and hourly, with the core's clock.
  void services.maintenance.start(opts.scheduler ?? systemScheduler);

  return {
    handlers,
    events,
    store,
    services,
    dataDir,
    call: <C extends Channel>(channel: C, input: Input<C>) =>
      dispatch(handlers, channel, input, (message, error) => log.error(message, error)) as Promise<Result<Output<C>>>,
    // Archive: stop the daily timer and let a batch in progress finish before the store closes.
    close: async () => {
      for (const stop of unsubscribe) stop?.();
      services.alerts.stop();
      await services.maintenance.stop();
      await services.archive.stop();
      await store.close();
    },
  };
}
