/**
 * The tray (notification-area) icon: a way back to the console when its window is hidden or
 * closed, and a Quit that goes through the normal flush-on-quit path.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';

export const TRAY_TOOLTIP = 'Dispatch Console';

export type TrayDeps = {
  Tray: new (image: NativeImage) => Tray;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu };
  nativeImage: { createFromPath(path: string): NativeImage };
  /** resources/tray.png (nativeImage picks up tray@2x.png beside it on HiDPI screens). */
  iconPath: string;
  onShow(): void;
  onQuit(): void;
  /** Urgent alerts: optional tray actions. */
  onNewJob?: () => void;
  onSnooze?: () => void;
  onOpenJob?: (jobId: string) => void;
};

// Urgent alerts: the tray lists urgent jobs and offers New job and Snooze.
/** An urgent job as a tray menu line. */
export type UrgentTrayItem = { jobId: string; label: string };

export type TrayMenuDeps = Pick<TrayDeps, 'onShow' | 'onQuit'> & {
  onNewJob?: () => void;
  onSnooze?: () => void;
  onOpenJob?: (jobId: string) => void;
  urgent?: readonly UrgentTrayItem[];
  /** Most urgent jobs listed; the rest are summed up in one line. */
  maxUrgent?: number;
};

/** The urgent part of the tray menu: a count, then each job (a click opens it). */
function urgentSection(deps: TrayMenuDeps): MenuItemConstructorOptions[] {
  const urgent = deps.urgent ?? [];
  if (urgent.length === 0) return [];
  const shown = urgent.slice(0, deps.maxUrgent ?? urgent.length);
  const more = urgent.length - shown.length;
  return [
    { id: 'urgent-count', label: `${urgent.length} urgent ${urgent.length === 1 ? 'job' : 'jobs'} unassigned`, enabled: false },
    ...shown.map((u) => ({ id: `urgent:${u.jobId}`, label: u.label, click: () => deps.onOpenJob?.(u.jobId) })),
    ...(more > 0 ? [{ id: 'urgent-more', label: `…and ${more} more`, click: () => deps.onShow() }] : []),
    { type: 'separator' as const },
  ];
}

/** The tray menu template. */
export function trayMenuTemplate(deps: TrayMenuDeps): MenuItemConstructorOptions[] {
  const actions: MenuItemConstructorOptions[] = [
    ...(deps.onNewJob ? [{ id: 'new-job', label: 'New job', click: () => deps.onNewJob?.() }] : []),
    ...(deps.onSnooze ? [{ id: 'snooze', label: 'Snooze alerts 15 min', click: () => deps.onSnooze?.() }] : []),
  ];
  return [
    ...urgentSection(deps),
    ...actions,
    { id: 'show', label: 'Show console', click: () => deps.onShow() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => deps.onQuit() },
  ];
}

/**
 * Create the tray. The caller must keep the returned object referenced: a Tray that is garbage
 * collected disappears from the notification area.
 */
export function createTray(deps: TrayDeps): Tray {
  const tray = new deps.Tray(deps.nativeImage.createFromPath(deps.iconPath));
  tray.setToolTip(TRAY_TOOLTIP);
  // Linux shows nothing for a tray without a context menu; Windows users expect a click to open.
  tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(deps)));
  tray.on('click', () => deps.onShow());
  return tray;
}
