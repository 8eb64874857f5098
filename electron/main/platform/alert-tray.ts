/**
 * The tray in its alert state: a red-marked icon, a tooltip with the count of urgent unassigned
 * jobs, and those jobs listed at the top of the tray menu (a click opens one). With nothing
 * urgent the tray goes back to its normal icon and menu.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { AlertsSnapshot } from '../../../shared/domain/alerts';
import type { AlertSink } from '../../core/ports';
import { pendingCount } from './notifier';
import { TRAY_TOOLTIP, trayMenuTemplate } from './tray';
import type { TrayMenuDeps, UrgentTrayItem } from './tray';

/** The tray methods used (Electron's `Tray`, or a fake). */
export type TrayLike = { setImage(image: NativeImage): void; setToolTip(text: string): void; setContextMenu(menu: Menu): void };

export type AlertTrayDeps = {
  tray: TrayLike;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu };
  nativeImage: { createFromPath(path: string): NativeImage };
  /** resources/tray.png and resources/tray-alert.png. */
  iconPath: string;
  alertIconPath: string;
  menu: Omit<TrayMenuDeps, 'urgent'>;
};

/** Most jobs listed in the tray menu; the rest are summed up in one line. */
export const MAX_TRAY_JOBS = 8;

/** "Dispatch Console: 3 urgent jobs unassigned". */
export function alertTooltip(count: number): string {
  if (count === 0) return TRAY_TOOLTIP;
  return `${TRAY_TOOLTIP}: ${count} urgent ${count === 1 ? 'job' : 'jobs'} unassigned`;
}

/** The tray menu's job lines for a snapshot (unacknowledged first, as the console lists them). */
export function urgentTrayItems(snapshot: AlertsSnapshot): UrgentTrayItem[] {
  const reason = { 'new-p1': 'new P1', 'at-risk': 'SLA at risk', breached: 'SLA breached' } as const;
  return snapshot.urgent
    .filter((a) => !a.acknowledged)
    .map((a) => ({ jobId: a.jobId, label: `${a.number} (${a.priority}) ${a.title.slice(0, 48)}: ${reason[a.reason]}` }));
}

export function createAlertTray(deps: AlertTrayDeps): AlertSink {
  let alerting: boolean | null = null;
  return {
    raised: () => {},
    changed(snapshot) {
      const count = pendingCount(snapshot);
      const now = count > 0;
      // Swap the image only on a change: some Linux trays flicker on every setImage.
      if (now !== alerting) {
        deps.tray.setImage(deps.nativeImage.createFromPath(now ? deps.alertIconPath : deps.iconPath));
        alerting = now;
      }
      deps.tray.setToolTip(alertTooltip(count));
      const items = urgentTrayItems(snapshot);
      deps.tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate({ ...deps.menu, urgent: items, maxUrgent: MAX_TRAY_JOBS })));
    },
  };
}
