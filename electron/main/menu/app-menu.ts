/**
 * The application menu: the platform's standard roles plus the console's named commands. A
 * command item does nothing in main; it sends `command:run` to the window and the renderer runs
 * the same command its buttons and shortcuts run (see renderer/src/commands).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { CommandName } from '../../../shared/ipc/events';

export type AppMenuOptions = {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools and reload are offered only in an unpackaged build. */
  isPackaged: boolean;
  /** Ask the main window's renderer to run a command. */
  sendCommand(command: CommandName): void;
  /** Open (or bring forward) the Reports window: main's own action, like the logs folder. */
  openReports(): void;
  showAbout(): void;
  /** Open the logs folder in the file manager; the item is left out when there is no log file. */
  showLogs?(): void;
};

type Item = MenuItemConstructorOptions;

/** Build the menu template (pure data and callbacks, so tests inspect it without Electron). */
export function buildAppMenuTemplate(opts: AppMenuOptions): Item[] {
  const isMac = opts.platform === 'darwin';
  const command = (label: string, name: CommandName, extra: Partial<Item> = {}): Item => ({
    id: `command:${name}`,
    label,
    click: () => opts.sendCommand(name),
    ...extra,
  });
  // Undo/redo act on the dispatch board's history, which only the renderer knows; it also decides
  // whether a focused text field should get the key instead. `registerAccelerator: false` shows the
  // shortcut without capturing it on Windows/Linux, so the keystroke still reaches the page.
  const history = { registerAccelerator: false } satisfies Partial<Item>;

  const template: Item[] = [];
  if (isMac) template.push({ role: 'appMenu', label: opts.appName });
  template.push(
    {
      label: '&File',
      submenu: [
        command('New job', 'new-job', { accelerator: 'CmdOrCtrl+N' }),
        command('Import from CSV…', 'import-csv'),
        { type: 'separator' },
        // Opens the run sheets for the day the board shows, ready to print or save as PDF.
        command('Print run sheets…', 'print-run-sheets', { accelerator: 'CmdOrCtrl+P' }),
        command('Close out the day…', 'close-out-day'),
        { type: 'separator' },
        // No accelerator: Shift+P belongs to the page (a capital P typed in a field stays a letter).
        command('Plan the queue… (Shift+P)', 'plan-queue'),
        { id: 'open-reports', label: 'Reports…', click: () => opts.openReports() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('Undo', 'undo', { accelerator: 'CmdOrCtrl+Z', ...history }),
        command('Redo', 'redo', { accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', ...history }),
        { type: 'separator' },
        // The job panel. No accelerators: Enter and A belong to the page (macOS
        // would capture a bare "A" from every text field), so the keys are only named in the labels.
        command('Open selected job (Enter)', 'open-job'),
        command('Assign selected job… (A)', 'assign'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Go to today', 'go-today'),
        { type: 'separator' },
        ...(opts.isPackaged ? [] : [{ role: 'reload' } as Item, { role: 'toggleDevTools' } as Item, { type: 'separator' } as Item]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Main's own action, not a renderer command: the page cannot (and must not) open folders.
        ...(opts.showLogs ? [{ id: 'show-logs', label: 'Show logs', click: () => opts.showLogs?.() } as Item, { type: 'separator' } as Item] : []),
        { label: `About ${opts.appName}`, click: () => opts.showAbout() },
      ],
    },
  );
  return template;
}
