/**
 * Small stand-ins for the Electron objects main and the preload use. They record what was
 * registered so tests can call the real handlers with sample inputs. The Electron binary is not
 * installed here, and importing the real `electron` package in Node would try to download it, so
 * every test that loads a module importing `electron` mocks it with these.
 */
import { EventEmitter } from 'node:events';

/** An Electron-style event: `preventDefault()` sets `defaultPrevented`. */
export function fakeEvent<T extends object>(fields: T): T & { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermissionHandler = handler;
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly session = new FakeSession();
  readonly sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  loading = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isLoading() {
    return this.loading;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  visible = false;
  minimized = false;
  maximized = false;
  focused = false;
  bounds = { x: 10, y: 20, width: 1200, height: 800 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  /** Urgent alerts: taskbar flashing. */
  flashing = false;
  flashFrame(flag: boolean) {
    this.flashing = flag;
  }
  isFocused() {
    return this.focused;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return this.minimized;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  /** Close like Electron: 'close', then destroyed, then 'closed'. */
  close() {
    this.emit('close', fakeEvent({}));
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

// `never` for the event so Electron's handler type (which wants an IpcMainInvokeEvent) is accepted.
type InvokeHandler = (event: never, ...args: never[]) => unknown;

/** `ipcMain` with a way to call a registered handler the way `ipcRenderer.invoke` would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler) {
    // Electron throws on a second handler for the same channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    // What ipcRenderer.invoke rejects with when main has no handler.
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    return handler(event as never, ...(args as never[]));
  }
}

/** An IPC event from the main frame of `contents` showing `url`. */
export function ipcEventFrom(contents: { id: number }, url: string, opts: { subFrame?: boolean; noFrame?: boolean } = {}) {
  const top = { url, parent: null };
  const frame = opts.subFrame ? { url, parent: top } : top;
  return { sender: contents, senderFrame: opts.noFrame ? null : frame, frameId: 1, processId: 1, type: 'frame' as const };
}

export class FakeApp extends EventEmitter {
  readonly quit = vitestFn();
  readonly exit = vitestFn();
  readonly paths = new Map<string, string>([['userData', '/tmp/fake-user-data']]);
  hasLock = true;
  isPackaged = false;
  name = 'Dispatch Console';
  requestSingleInstanceLock() {
    return this.hasLock;
  }
  getPath(name: string) {
    return this.paths.get(name) ?? `/tmp/fake-${name}`;
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  getVersion() {
    return '0.1.0-test';
  }
  /** Whether `enableSandbox()` came before `whenReady()` (null: never called); Electron ignores it after. */
  sandboxBeforeReady: boolean | null = null;
  ready = false;
  // Arrows, so they write to this instance when called through the module's `app` proxy.
  enableSandbox = () => {
    this.sandboxBeforeReady = !this.ready;
  };
  whenReady = () => {
    this.ready = true;
    return Promise.resolve();
  };
  setAboutPanelOptions() {}
  showAboutPanel() {}
  /** Urgent alerts: the dock/taskbar badge. */
  badgeCount = 0;
  // An arrow, so it still writes to this instance when called through the module's `app` proxy.
  setBadgeCount = (count: number) => {
    this.badgeCount = count;
    return true;
  };
}

/** Urgent alerts: `Notification`, recording what was shown; `click()` fires its click. */
export class FakeNotification extends EventEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.instances.push(this);
  }
  static isSupported() {
    return FakeNotification.supported;
  }
  show() {
    this.shown = true;
  }
  click() {
    this.emit('click');
  }
}

// A counting function without importing vitest here, so the fakes can be used from vi.mock factories.
function vitestFn() {
  const calls: unknown[][] = [];
  const fn = (...args: unknown[]) => {
    calls.push(args);
  };
  fn.calls = calls;
  return fn;
}
