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
};

/** The tray menu template. */
export function trayMenuTemplate(deps: Pick<TrayDeps, 'onShow' | 'onQuit'>): MenuItemConstructorOptions[] {
  return [
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
