/**
 * Urgent alerts outside the page, for Electron: an OS notification per raised alert (critical
 * where the platform has urgency, silent unless sound is on; a click focuses the console and opens
 * the job), the window flashing in the taskbar while it is not focused, and the dock/taskbar badge
 * counting unacknowledged urgent jobs. The tray's part lives in alert-tray.ts.
 */
import type { NotificationConstructorOptions } from 'electron';
import type { AlertsSnapshot, RaisedAlert } from '../../../shared/domain/alerts';
import type { AlertSink } from '../../core/ports';

/** The part of Electron's `Notification` used here (a class in Electron; a fake in tests). */
export type NotificationLike = {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
};

export type NotifierDeps = {
  Notification: { new (options: NotificationConstructorOptions): NotificationLike; isSupported(): boolean };
  platform: NodeJS.Platform;
  /** The console window if one is open (to flash it). */
  getWindow(): { isFocused(): boolean; flashFrame(flag: boolean): void; isDestroyed(): boolean } | null;
  /** `app.setBadgeCount` (macOS dock, Linux Unity launchers; a no-op elsewhere). */
  setBadgeCount(count: number): void;
  /** Focus (or reopen) the console and open the job. */
  openJob(jobId: string): void;
  iconPath?: string;
};

/**
 * Windows shows toasts only for an app with an AppUserModelID, and names the sender by it; it must
 * equal electron-builder.yml's `appId` so packaged and development builds notify alike.
 */
export const APP_USER_MODEL_ID = 'org.dispatchconsole.app';

/** Unacknowledged urgent jobs: what the badge, the tray and the title count. */
export function pendingCount(snapshot: AlertsSnapshot): number {
  return snapshot.urgent.filter((a) => !a.acknowledged).length;
}

/** Options for the OS notification of one raised alert. */
export function notificationOptions(alert: RaisedAlert, platform: NodeJS.Platform, iconPath?: string): NotificationConstructorOptions {
  return {
    title: alert.title,
    body: alert.body,
    silent: !alert.sound,
    // `urgency` exists on Linux only; critical notifications stay until dismissed there.
    ...(platform === 'linux' ? { urgency: 'critical' as const } : {}),
    // Windows: an urgent toast must not slide away after a few seconds while nobody looks.
    ...(platform === 'win32' ? { timeoutType: 'never' as const } : {}),
    ...(iconPath ? { icon: iconPath } : {}),
  };
}

export function createNotifier(deps: NotifierDeps): AlertSink {
  // Shown notifications are kept referenced: a garbage-collected one loses its click handler.
  const live = new Set<NotificationLike>();
  return {
    raised(alert) {
      if (deps.Notification.isSupported()) {
        const n = new deps.Notification(notificationOptions(alert, deps.platform, deps.iconPath));
        live.add(n);
        const firstJob = alert.jobIds[0];
        n.on('click', () => {
          live.delete(n);
          if (firstJob) deps.openJob(firstJob);
        });
        n.on('close', () => live.delete(n));
        n.show();
      }
      const win = deps.getWindow();
      if (win && !win.isDestroyed() && !win.isFocused()) win.flashFrame(true);
    },
    changed(snapshot) {
      const count = pendingCount(snapshot);
      deps.setBadgeCount(count);
      const win = deps.getWindow();
      // Nothing left to look at: stop asking for attention.
      if (count === 0 && win && !win.isDestroyed()) win.flashFrame(false);
    },
  };
}

/**
 * An {@link AlertSink} to hand the core before the window and tray exist: it keeps the latest list
 * and raised alert, and passes them on once the real sinks are attached (so an alert raised while
 * starting up is not lost), then forwards everything.
 */
export function createAlertRelay(): AlertSink & { attach(...sinks: AlertSink[]): void } {
  let targets: AlertSink[] | null = null;
  let lastSnapshot: AlertsSnapshot | null = null;
  let lastRaised: RaisedAlert | null = null;
  return {
    raised(alert) {
      if (targets) for (const t of targets) t.raised(alert);
      else lastRaised = alert;
    },
    changed(snapshot) {
      if (targets) for (const t of targets) t.changed(snapshot);
      else lastSnapshot = snapshot;
    },
    attach(...sinks) {
      targets = sinks;
      if (lastSnapshot) for (const t of sinks) t.changed(lastSnapshot);
      if (lastRaised) for (const t of sinks) t.raised(lastRaised);
      lastSnapshot = null;
      lastRaised = null;
    },
  };
}
