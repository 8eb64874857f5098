import { describe, expect, it } from 'vitest';
import { createElectronPrinter } from '../../../electron/main/platform/printer';
import type { ElectronPrinterDeps, PrintableWindow } from '../../../electron/main/platform/printer';
import { createPrintWindow, printWindowOptions, waitForSheet } from '../../../electron/main/windows/print-window';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows/web-preferences';
import { createWindowRegistry } from '../../../electron/main/windows/window-registry';
import type { PrintJob } from '../../../electron/core/ports';
import { FakeBrowserWindow, fakeEvent } from '../fakes/electron-fakes';

const quietLog = { info: () => {}, warn: () => {}, error: () => {} };
const JOB: PrintJob = { day: '2026-11-26', technicianIds: ['t1', 't2'], paperSize: 'Letter', mode: 'dialog' };

/** A hidden window whose page reports `states` in turn, and whose print calls are recorded. */
class FakePrintWindow implements PrintableWindow {
  closed = false;
  readonly printCalls: unknown[] = [];
  readonly pdfCalls: unknown[] = [];
  printResult: [boolean, string] = [true, ''];
  constructor(private states: string[] = ['loading', 'ready']) {}
  readonly webContents = {
    executeJavaScript: async () => (this.states.length > 1 ? this.states.shift() : this.states[0]),
    print: (options: unknown, callback?: (success: boolean, failureReason: string) => void) => {
      this.printCalls.push(options);
      callback?.(...this.printResult);
    },
    printToPDF: async (options: unknown) => {
      this.pdfCalls.push(options);
      return Buffer.from('%PDF-1.7 fake');
    },
  } as unknown as PrintableWindow['webContents'];
  close() {
    this.closed = true;
  }
  isDestroyed() {
    return this.closed;
  }
}

function printerWith(win: FakePrintWindow, overrides: Partial<ElectronPrinterDeps> = {}) {
  const opened: string[] = [];
  const written: Array<[string, Uint8Array]> = [];
  const saveDialogs: unknown[] = [];
  const deps: ElectronPrinterDeps = {
    openPrintWindow: (hash) => (opened.push(hash), win),
    dialog: {
      showSaveDialog: (async (...args: unknown[]) => {
        saveDialogs.push(args.at(-1));
        return { canceled: false, filePath: '/home/d/Documents/run sheets' };
      }) as ElectronPrinterDeps['dialog']['showSaveDialog'],
    },
    parentWindow: () => null,
    defaultPdfPath: (day) => `/home/d/Documents/run-sheets-${day}.pdf`,
    documentPath: (name) => `/home/d/Documents/${name}`,
    writeFile: async (path, data) => void written.push([path, data]),
    log: quietLog,
    loadTimeoutMs: 1000,
    ...overrides,
  };
  return { printer: createElectronPrinter(deps), opened, written, saveDialogs };
}

describe('Electron printer', () => {
  it('renders the sheet route in a hidden window, waits for it, opens the print dialog, then closes the window', async () => {
    const win = new FakePrintWindow();
    const { printer, opened } = printerWith(win);
    await expect(printer.print(JOB)).resolves.toEqual({ outcome: 'printed' });
    expect(opened).toEqual(['#/run-sheets?day=2026-11-26&tech=t1%2Ct2&print=1']);
    expect(win.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'Letter' }]);
    expect(win.closed).toBe(true);
  });

  it('reports a cancelled dialog as cancelled and a printer failure as an error', async () => {
    const cancelled = new FakePrintWindow();
    cancelled.printResult = [false, 'cancelled'];
    await expect(printerWith(cancelled).printer.print(JOB)).resolves.toEqual({ outcome: 'cancelled' });
    const failed = new FakePrintWindow();
    failed.printResult = [false, 'Printer is out of paper'];
    await expect(printerWith(failed).printer.print(JOB)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('out of paper') });
    expect(failed.closed).toBe(true);
  });

  it('saves a PDF where the dispatcher chose, adding .pdf, with the sheet\'s own page size', async () => {
    const win = new FakePrintWindow();
    const { printer, written, saveDialogs } = printerWith(win);
    await expect(printer.print({ ...JOB, mode: 'pdf' })).resolves.toEqual({ outcome: 'saved', filePath: '/home/d/Documents/run sheets.pdf' });
    expect(saveDialogs[0]).toMatchObject({ defaultPath: '/home/d/Documents/run-sheets-2026-11-26.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(win.pdfCalls).toEqual([{ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true }]);
    expect(written).toHaveLength(1);
    expect(written[0]![0]).toBe('/home/d/Documents/run sheets.pdf');
    expect(Buffer.from(written[0]![1]).toString()).toBe('%PDF-1.7 fake');
    expect(win.closed).toBe(true);
  });

  it('prints a client statement through the same window and dialogs, suggesting its own file name', async () => {
    const win = new FakePrintWindow();
    const { printer, opened, saveDialogs } = printerWith(win);
    const job = { statement: { clientId: 'c 3', from: '2026-03-01', to: '2026-03-31', fileName: 'statement-abbey-vets-2026-03.pdf' }, paperSize: 'A4' as const, mode: 'pdf' as const };
    await expect(printer.print(job)).resolves.toEqual({ outcome: 'saved', filePath: '/home/d/Documents/run sheets.pdf' });
    expect(opened).toEqual(['#/statement?client=c%203&from=2026-03-01&to=2026-03-31&print=1']);
    expect(saveDialogs[0]).toMatchObject({ title: 'Save statement as PDF', defaultPath: '/home/d/Documents/statement-abbey-vets-2026-03.pdf' });
    expect(win.pdfCalls).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
  });

  it('prints a report from the Reports view on its print route, through the system dialog', async () => {
    const win = new FakePrintWindow(['loading', 'loading', 'ready']);
    const { printer, opened, saveDialogs } = printerWith(win);
    const job = { report: { kind: 'balance' as const, from: '2026-11-09', to: '2026-12-06', fileName: 'report-balance-2026-11-09-to-2026-12-06.pdf' }, paperSize: 'Letter' as const, mode: 'dialog' as const };
    await expect(printer.print(job)).resolves.toEqual({ outcome: 'printed' });
    expect(opened).toEqual(['#/reports?report=balance&from=2026-11-09&to=2026-12-06&print=1']);
    expect(saveDialogs).toEqual([]);
    expect(win.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'Letter' }]);
    expect(win.closed).toBe(true);
  });

  it('saves a report as PDF under its own suggested name', async () => {
    const win = new FakePrintWindow();
    const { printer, saveDialogs } = printerWith(win);
    const job = { report: { kind: 'sla' as const, from: '2026-01-01', to: '2026-12-06', fileName: 'report-sla-2026-01-01-to-2026-12-06.pdf' }, paperSize: 'A4' as const, mode: 'pdf' as const };
    await expect(printer.print(job)).resolves.toMatchObject({ outcome: 'saved' });
    expect(saveDialogs[0]).toMatchObject({ title: 'Save report as PDF', defaultPath: '/home/d/Documents/report-sla-2026-01-01-to-2026-12-06.pdf' });
  });

  it('opens no window when the save dialog is cancelled', async () => {
    const win = new FakePrintWindow();
    const { printer, opened } = printerWith(win, {
      dialog: { showSaveDialog: (async () => ({ canceled: true, filePath: '' })) as ElectronPrinterDeps['dialog']['showSaveDialog'] },
    });
    await expect(printer.print({ ...JOB, mode: 'pdf' })).resolves.toEqual({ outcome: 'cancelled' });
    expect(opened).toEqual([]);
  });

  it('says so when the PDF cannot be written, and when the sheet fails to load', async () => {
    const win = new FakePrintWindow();
    const { printer } = printerWith(win, { writeFile: async () => Promise.reject(new Error('EACCES: permission denied')) });
    await expect(printer.print({ ...JOB, mode: 'pdf' })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('EACCES') });
    const broken = new FakePrintWindow(['loading', 'error']);
    await expect(printerWith(broken).printer.print(JOB)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('could not be loaded') });
    expect(broken.printCalls).toEqual([]);
    expect(broken.closed).toBe(true);
  });
});

describe('print window', () => {
  it('is hidden, uses the secure preferences, is guarded and tracked, and loads the route on the app entry', () => {
    const registry = createWindowRegistry<never>();
    const win = createPrintWindow(
      {
        BrowserWindow: FakeBrowserWindow as never,
        preloadPath: '/out/preload/index.cjs',
        entryUrl: 'app://dispatch/index.html',
        allowedOrigins: ['app://dispatch'],
        openLink: () => {},
        registry: registry as never,
        log: quietLog,
      },
      '#/run-sheets?day=2026-11-26&print=1',
    ) as unknown as FakeBrowserWindow;
    expect(win.options).toMatchObject({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, preload: '/out/preload/index.cjs' } });
    expect(printWindowOptions('/p').webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(win.loaded).toEqual(['app://dispatch/index.html#/run-sheets?day=2026-11-26&print=1']);
    expect(registry.has(win.webContents.id)).toBe(true);
    // Navigation off the app is refused, pop-ups are denied, device permissions too.
    const nav = fakeEvent({ url: 'https://evil.example/' });
    win.webContents.emit('will-navigate', nav);
    expect(nav.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({ action: 'deny' });
    let granted: boolean | null = null;
    win.webContents.session.permissionRequestHandler?.(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
  });

  it('waitForSheet gives up after its timeout', async () => {
    const contents = { executeJavaScript: async () => 'loading' };
    await expect(waitForSheet(contents, { timeoutMs: 300, pollMs: 100, sleep: async () => {} })).rejects.toThrow(/did not finish loading/);
  });
});
