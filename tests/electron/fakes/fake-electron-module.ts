/**
 * A stand-in for the whole `electron` module, for tests of the composition root:
 * `vi.mock('electron', () => import('../fakes/fake-electron-module'))`, then import `fake` from
 * here to drive and inspect the same instances bootstrap used.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { FakeApp, FakeBrowserWindow, FakeIpcMain, FakeNotification } from './electron-fakes';

type Template = MenuItemConstructorOptions[];

class FakeTray {
  static instances: FakeTray[] = [];
  tooltip = '';
  contextMenu: { template: Template } | null = null;
  constructor(public image: { path: string }) {
    FakeTray.instances.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: { template: Template }) {
    this.contextMenu = menu;
  }
  setImage(image: { path: string }) {
    this.image = image;
  }
  on() {
    return this;
  }
}

function createFake() {
  return {
    app: new FakeApp(),
    ipcMain: new FakeIpcMain(),
    errorBoxes: [] as Array<[string, string]>,
    applicationMenu: null as { template: Template } | null,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    opened: [] as string[],
    /** Folders handed to `shell.openPath` ("Show logs"). */
    openedPaths: [] as string[],
    /** `dialog.showMessageBox` calls, and the button index the next one answers with. */
    messageBoxes: [] as unknown[][],
    messageBoxAnswer: 0,
  };
}

/** The current fake state; `resetFakeElectron()` replaces it between tests. */
export let fake = createFake();

export function resetFakeElectron(): void {
  fake = createFake();
  FakeBrowserWindow.instances.length = 0;
  FakeTray.instances.length = 0;
  FakeNotification.instances.length = 0;
}

export { FakeBrowserWindow as BrowserWindow, FakeNotification as Notification, FakeTray as Tray };
export const trays = FakeTray.instances;

// Getters, so modules that imported these names once still reach the current fake after a reset.
export const app = new Proxy({}, { get: (_t, key) => Reflect.get(fake.app, key, fake.app) }) as FakeApp;
export const ipcMain = new Proxy({}, { get: (_t, key) => Reflect.get(fake.ipcMain, key, fake.ipcMain) }) as FakeIpcMain;

export const dialog = {
  showErrorBox: (title: string, content: string) => fake.errorBoxes.push([title, content]),
  showMessageBox: async (...args: unknown[]) => {
    fake.messageBoxes.push(args);
    return { response: fake.messageBoxAnswer, checkboxChecked: false };
  },
};
export const Menu = {
  buildFromTemplate: (template: Template) => ({ template }),
  setApplicationMenu: (menu: { template: Template } | null) => {
    fake.applicationMenu = menu;
  },
};
export const nativeImage = { createFromPath: (path: string) => ({ path }) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
};
/** No keychain in tests of the composition root; the secret store itself is tested with its own fake. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (): Buffer => {
    throw new Error('no keychain');
  },
  decryptString: (): string => {
    throw new Error('no keychain');
  },
};
export const screen = {
  getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
};
export const shell = {
  openExternal: async (url: string) => {
    fake.opened.push(url);
  },
  openPath: async (path: string) => {
    fake.openedPaths.push(path);
    return '';
  },
};
