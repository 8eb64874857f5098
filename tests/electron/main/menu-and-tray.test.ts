import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import { buildAppMenuTemplate } from '../../../electron/main/menu/app-menu';
import { createTray, TRAY_TOOLTIP, trayMenuTemplate } from '../../../electron/main/platform/tray';
import type { TrayDeps } from '../../../electron/main/platform/tray';

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const click = (item: Item | undefined) => (item?.click as () => void)();

function menu(platform: NodeJS.Platform, isPackaged = true) {
  const sendCommand = vi.fn();
  const showAbout = vi.fn();
  const openReports = vi.fn();
  const template = buildAppMenuTemplate({ platform, appName: 'Dispatch Console', isPackaged, sendCommand, openReports, showAbout });
  return { template, items: flatten(template), sendCommand, openReports, showAbout };
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has the standard top-level menus on %s', (platform) => {
    const { template } = menu(platform);
    const tops = template.map((i) => i.role ?? i.label);
    expect(tops).toEqual([...(platform === 'darwin' ? ['appMenu'] : []), '&File', '&Edit', '&View', 'windowMenu', 'help']);
  });

  it('offers the console commands, each sending command:run through sendCommand', () => {
    const { items, sendCommand } = menu('linux');
    const expected: Array<[string, string, string | undefined]> = [
      ['New job', 'new-job', 'CmdOrCtrl+N'],
      ['Go to today', 'go-today', undefined],
      ['Undo', 'undo', 'CmdOrCtrl+Z'],
      ['Redo', 'redo', 'Ctrl+Y'],
      ['Print run sheets…', 'print-run-sheets', 'CmdOrCtrl+P'],
      ['Close out the day…', 'close-out-day', undefined],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = items.find((i) => i.label === label);
      expect(item, label).toBeDefined();
      expect(item!.accelerator).toBe(accelerator);
      sendCommand.mockClear();
      click(item);
      expect(sendCommand).toHaveBeenCalledWith(command);
    }
  });

  it('opens the Reports window from File → Reports… in main, not through the page', () => {
    const { items, sendCommand, openReports } = menu('linux');
    const item = items.find((i) => i.label === 'Reports…');
    expect(item?.id).toBe('open-reports');
    click(item);
    expect(openReports).toHaveBeenCalledTimes(1);
    expect(sendCommand).not.toHaveBeenCalled();
  });

  it('leaves undo/redo keystrokes to the renderer (shown, not captured)', () => {
    const { items } = menu('win32');
    for (const label of ['Undo', 'Redo']) expect(items.find((i) => i.label === label)?.registerAccelerator).toBe(false);
  });

  it('keeps the clipboard roles and quit', () => {
    const roles = menu('linux').items.map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit', 'windowMenu', 'help']));
  });

  it('offers devtools and reload only in an unpackaged build', () => {
    expect(menu('linux', true).items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(menu('linux', false).items.map((i) => i.role)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has an About item', () => {
    const { items, showAbout } = menu('linux');
    click(items.find((i) => i.label === 'About Dispatch Console'));
    expect(showAbout).toHaveBeenCalledOnce();
  });
});

describe('tray', () => {
  it('menu has Show console and Quit wired to the callbacks', () => {
    const onShow = vi.fn();
    const onQuit = vi.fn();
    const template = trayMenuTemplate({ onShow, onQuit });
    expect(template.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['Show console', 'Quit']);
    click(template.find((i) => i.label === 'Show console'));
    click(template.find((i) => i.label === 'Quit'));
    expect(onShow).toHaveBeenCalledOnce();
    expect(onQuit).toHaveBeenCalledOnce();
  });

  it('creates the tray from the icon path with the tooltip, context menu and click-to-show', () => {
    const image = { isEmpty: () => false } as unknown as NativeImage;
    const createFromPath = vi.fn(() => image);
    const built: Item[][] = [];
    class FakeTray {
      static last: FakeTray;
      tooltip = '';
      menu: unknown = null;
      readonly listeners = new Map<string, () => void>();
      constructor(readonly image: NativeImage) {
        FakeTray.last = this;
      }
      setToolTip(text: string) {
        this.tooltip = text;
      }
      setContextMenu(menu: unknown) {
        this.menu = menu;
      }
      on(event: string, listener: () => void) {
        this.listeners.set(event, listener);
        return this;
      }
    }
    const onShow = vi.fn();
    createTray({
      Tray: FakeTray as unknown as TrayDeps['Tray'],
      Menu: { buildFromTemplate: (t: Item[]) => (built.push(t), { items: t }) as never },
      nativeImage: { createFromPath },
      iconPath: '/app/resources/tray.png',
      onShow,
      onQuit: vi.fn(),
    });
    expect(createFromPath).toHaveBeenCalledWith('/app/resources/tray.png');
    expect(FakeTray.last.image).toBe(image);
    expect(FakeTray.last.tooltip).toBe(TRAY_TOOLTIP);
    expect(TRAY_TOOLTIP).toBe('Dispatch Console');
    expect(built[0]!.map((i) => i.label)).toEqual(['Show console', undefined, 'Quit']);
    FakeTray.last.listeners.get('click')!();
    expect(onShow).toHaveBeenCalledOnce();
  });
});
