// A fake `electron` module for running the built out/main/index.js in plain Node. It records what
// main does, then drives the app like a user would: once the window exists it fetches the page
// over app://, calls IPC as the window's main frame and as a stranger, and quits. It prints one
// line `REPORT <json>` and exits with the app's quit.
import { EventEmitter } from 'node:events';

const report = { schemes: [], errorBoxes: [], trays: [], windows: [], steps: {} };
let nextId = 1;

class WebContents extends EventEmitter {
  id = nextId++;
  sent = [];
  session = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {} };
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, payload) {
    this.sent.push([channel, payload]);
  }
  isDestroyed() {
    return false;
  }
  isLoading() {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    BrowserWindow.all.push(this);
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return true;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1400, height: 900 };
  }
  isFocused() {
    return true;
  }
  flashFrame() {}
  close() {}
  destroy() {}
}

const ipcHandlers = new Map();
export const ipcMain = {
  handle: (channel, handler) => ipcHandlers.set(channel, handler),
  removeHandler: (channel) => ipcHandlers.delete(channel),
};

const protocolHandlers = new Map();
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
  handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
};

class App extends EventEmitter {
  isPackaged = false;
  name = 'Dispatch Console';
  paths = new Map();
  requestSingleInstanceLock() {
    return true;
  }
  getPath(name) {
    return this.paths.get(name) ?? `/nonexistent/${name}`;
  }
  setPath(name, value) {
    this.paths.set(name, value);
  }
  getVersion() {
    return '0.0.0-bundle-test';
  }
  setAboutPanelOptions() {}
  setAppUserModelId() {}
  setBadgeCount() {
    return true;
  }
  showAboutPanel() {}
  enableSandbox() {
    report.sandboxBeforeReady = !report.ready;
  }
  whenReady() {
    report.ready = true;
    setTimeout(drive, 0);
    return Promise.resolve();
  }
  quit() {
    report.quitCalls = (report.quitCalls ?? 0) + 1;
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) finish(0);
  }
  exit(code) {
    finish(code);
  }
}
export const app = new App();
export const dialog = {
  showErrorBox: (title, message) => report.errorBoxes.push([title, message]),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 1 }),
};
export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    (report.notifications ??= []).push(this.options.title);
  }
  close() {}
}
export const Menu = { buildFromTemplate: (template) => ({ template }), setApplicationMenu: (menu) => (report.menuItems = menu.template.length) };
export const nativeImage = { createFromPath: (path) => ({ path }) };
export const screen = { getDisplayMatching: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) };
export const shell = { openExternal: async () => {}, openPath: async () => '' };
// No keychain here: the messages settings say so and store no password.
export const safeStorage = { isEncryptionAvailable: () => false, encryptString: () => { throw new Error('no keychain'); }, decryptString: () => { throw new Error('no keychain'); } };
export class Tray {
  constructor(image) {
    report.trays.push(image.path);
  }
  setToolTip(text) {
    report.trayTooltip = text;
  }
  setContextMenu() {}
  setImage() {}
  on() {}
}

function finish(code) {
  process.stdout.write(`REPORT ${JSON.stringify(report)}\n`);
  process.exit(code);
}

async function drive() {
  try {
    const win = BrowserWindow.all[0];
    if (!win) {
      // Startup failed (the error box says why) or is still running; give it a moment.
      if (report.errorBoxes.length > 0) return;
      setTimeout(drive, 20);
      return;
    }
    report.windows = BrowserWindow.all.map((w) => ({ url: w.url, webPreferences: w.options.webPreferences }));
    const serve = protocolHandlers.get('app');
    const page = await serve(new Request('app://dispatch/index.html'));
    report.steps.index = { status: page.status, csp: page.headers.get('content-security-policy'), html: await page.text() };
    report.steps.traversal = (await serve(new Request('app://dispatch/..%2f..%2fpackage.json'))).status;

    const fromWindow = { sender: win.webContents, senderFrame: { url: win.url, parent: null } };
    const call = (channel, input, event = fromWindow) => ipcHandlers.get(channel)(event, input);
    report.steps.channels = [...ipcHandlers.keys()];
    const [policy] = (await call('sla:list', {})).value;
    const client = await call('clients:create', { name: 'Bundle Test Ltd', contract: { type: 'time-and-materials', hourlyRateMinor: 8000 }, slaTier: policy.id });
    report.steps.job = await call('jobs:create', { clientId: client.value.id, title: 'Built bundle job', category: 'network', priority: 'P3', estimateMinutes: 45 });
    report.steps.badInput = await call('jobs:create', { title: '' });
    report.steps.stranger = await call('jobs:create', {}, { sender: { id: 999 }, senderFrame: fromWindow.senderFrame });
    report.steps.events = win.webContents.sent.map(([name]) => name);
    app.quit();
  } catch (error) {
    report.driveError = String(error?.stack ?? error);
    finish(3);
  }
}
