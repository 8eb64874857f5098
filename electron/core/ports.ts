/**
 * What the core needs from the platform it runs on. Electron main and the headless host each
 * supply their own implementations; tests supply fakes. Nothing here may import `electron`.
 */
import type { ReportKind } from '../../shared/ipc/reports-route';
import type { EventMap, EventName } from '../../shared/ipc/events';
import type { AlertsSnapshot, RaisedAlert } from '../../shared/domain/alerts';
import { AppError } from '../../shared/ipc/result';

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
};

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m, e) => console.error(m, e ?? ''),
};

export type EventListener = <E extends EventName>(name: E, payload: EventMap[E]) => void;

/** Fan-out of push events to every connected view (Electron windows, browser sockets, tests). */
export type EventBus = {
  publish<E extends EventName>(name: E, payload: EventMap[E]): void;
  subscribe(listener: EventListener): () => void;
};

export function createEventBus(log: Logger = consoleLogger): EventBus {
  const listeners = new Set<EventListener>();
  return {
    publish(name, payload) {
      for (const listener of [...listeners]) {
        // One broken view must not stop the others from hearing about a committed change.
        try {
          listener(name, payload);
        } catch (error) {
          log.error(`Event listener for ${name} failed`, error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// --- Printing run sheets ---

/** What to print: one day's run sheets for these technicians, on this paper. */
export type RunSheetPrintJob = { day: string; technicianIds: string[]; paperSize: 'A4' | 'Letter'; mode: 'dialog' | 'pdf' };

/** A client's billing statement for a period; `fileName` is the suggested PDF name. */
export type StatementPrintJob = {
  statement: { clientId: string; from: string; to: string; fileName: string };
  paperSize: 'A4' | 'Letter';
  mode: 'dialog' | 'pdf';
};

/** One report of the Reports view over a range of shop days; `fileName` is the suggested PDF name. */
export type ReportPrintJob = {
  report: { kind: ReportKind; from: string; to: string; fileName: string };
  paperSize: 'A4' | 'Letter';
  mode: 'dialog' | 'pdf';
};

export type PrintJob = RunSheetPrintJob | StatementPrintJob | ReportPrintJob;

/** What happened: sent to a printer, saved as a PDF at `filePath`, or the user cancelled. */
export type PrintOutcome = { outcome: 'printed' | 'saved' | 'cancelled'; filePath?: string };

/**
 * Prints run sheets and statements natively. Electron renders the page's route in a hidden window and uses
 * `webContents.print` / `printToPDF`; the headless host has no printer of its own and refuses with
 * FORBIDDEN, so the browser prints the same sheet route itself.
 */
export type Printer = { print(job: PrintJob): Promise<PrintOutcome> };

// --- The Reports window ---

/**
 * Shows the Reports view in a window of its own (Electron), opening it at `report` or bringing the
 * open one forward. The headless host has none: its browser shows the view's route in the same tab.
 */
export type ReportWindows = { open(report: ReportKind): void };

// --- Urgent alerts ---

/**
 * Where the core's alert service sends what hosts show outside the page: Electron raises an OS
 * notification, flashes the window, badges the dock and switches the tray; the headless host
 * passes nothing (its browser hears the same `alert:raised` / `alerts:changed` push events).
 */
export type AlertSink = {
  raised(alert: RaisedAlert): void;
  changed(snapshot: AlertsSnapshot): void;
};

/** Repeating timers, so tests can drive time by hand. Returns the function that stops the timer. */
export type Scheduler = { every(ms: number, run: () => void): () => void };

export const systemScheduler: Scheduler = {
  every(ms, run) {
    const timer = setInterval(run, ms);
    // A pending alert check must never keep a closing process alive.
    timer.unref?.();
    return () => clearInterval(timer);
  },
};

// --- Secrets (the SMTP password) ---

/** The secrets the core keeps outside the data file. */
export type SecretName = 'smtp-password' | 'database-password';

/**
 * Where the host keeps passwords: never in the data file, never in a log, never sent back to the
 * page. Electron encrypts with the OS keychain (`safeStorage`); the headless host writes a file
 * only its user can read (0600). `set` throws an `AppError` when this host cannot keep one safely.
 */
export type SecretStore = {
  info(): { available: boolean; where: string; problem?: string };
  get(name: SecretName): Promise<string | null>;
  set(name: SecretName, value: string): Promise<void>;
  delete(name: SecretName): Promise<void>;
};

/**
 * Tell the log file about a secret value the store read or wrote, so that it is scrubbed from any
 * line that might ever contain it (the stores call this; hosts pass their logger's `addSecret`).
 */
export type KeepSecret = (value: string) => void;

/** For a core built without a secret store (tests, tools): nothing stored, nothing kept. */
export const noSecretStore: SecretStore = {
  info: () => ({ available: false, where: 'nowhere', problem: 'This host has no place to keep a password.' }),
  get: () => Promise.resolve(null),
  set: () => Promise.reject(new AppError('FORBIDDEN', 'The password was not saved: this host has no place to keep one.')),
  delete: () => Promise.resolve(),
};

// --- Saving files the dispatcher asked for ---

/** A file to save where the dispatcher chooses (a calendar export). */
export type FileToSave = { title: string; fileName: string; content: string; filter: { name: string; extensions: string[] } };

/**
 * Saves a file through the platform's save dialog (Electron main). The headless host has none: the
 * core hands the content back instead and the browser downloads it.
 */
export type FileSaver = { save(file: FileToSave): Promise<{ outcome: 'saved'; filePath: string } | { outcome: 'cancelled' }> };
