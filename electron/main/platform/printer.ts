/**
 * The Electron printer behind `runsheets:print`, `billing:print` and `reports:print`: render the route in a hidden window, then
 * the system print dialog (`webContents.print`) or "Save as PDF…" (`printToPDF` to a file chosen
 * in a save dialog). The core records what was printed when this resolves with printed/saved.
 */
import type { BrowserWindow, Dialog, SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import { AppError } from '../../../shared/ipc/result';
import { runSheetHash } from '../../../shared/ipc/run-sheet-route';
import { statementHash } from '../../../shared/ipc/statement-route';
import { reportsHash } from '../../../shared/ipc/reports-route';
import type { Logger, PrintJob, PrintOutcome, Printer } from '../../core/ports';
import { waitForSheet } from '../windows/print-window';

/** What the printer uses of a window: its webContents' print calls, and closing it. */
export type PrintableWindow = Pick<BrowserWindow, 'close' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'print' | 'printToPDF' | 'executeJavaScript'>;
};

export type ElectronPrinterDeps = {
  /** Open a hidden print window on a run-sheet route (see windows/print-window.ts). */
  openPrintWindow(hash: string): PrintableWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the save dialog belongs to (modal over the console), if any. */
  parentWindow(): BrowserWindow | null;
  /** Where "Save as PDF…" suggests saving run sheets, e.g. ~/Documents/run-sheets-2026-11-26.pdf. */
  defaultPdfPath(day: string): string;
  /** Where "Save as PDF…" suggests saving another document of this name (a statement). */
  documentPath(fileName: string): string;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  log: Logger;
  /** For tests: how long to wait for the sheet to render. */
  loadTimeoutMs?: number;
};

/** `print` reports through a callback; a promise reads better in the flow below. */
function printWithDialog(contents: PrintableWindow['webContents'], options: WebContentsPrintOptions): Promise<{ success: boolean; failureReason: string }> {
  return new Promise((resolve) => contents.print(options, (success, failureReason) => resolve({ success, failureReason })));
}

function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

/** The route the hidden window loads for `job`, and the save dialog's title and suggested path. */
function printTarget(job: PrintJob, deps: Pick<ElectronPrinterDeps, 'documentPath' | 'defaultPdfPath'>): { hash: string; title: string; path: string } {
  if ('statement' in job) return { hash: statementHash(job.statement.clientId, job.statement.from, job.statement.to, true), title: 'Save statement as PDF', path: deps.documentPath(job.statement.fileName) };
  if ('report' in job) return { hash: reportsHash({ report: job.report.kind, from: job.report.from, to: job.report.to, printWindow: true }), title: 'Save report as PDF', path: deps.documentPath(job.report.fileName) };
  return { hash: runSheetHash(job.day, job.technicianIds, true), title: 'Save run sheets as PDF', path: deps.defaultPdfPath(job.day) };
}

export function createElectronPrinter(deps: ElectronPrinterDeps): Printer {
  async function askForPdfPath(title: string, defaultPath: string): Promise<string | null> {
    const options: SaveDialogOptions = {
      title,
      defaultPath,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = deps.parentWindow();
    const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : withPdfExtension(choice.filePath);
  }

  return {
    async print(job: PrintJob): Promise<PrintOutcome> {
      const what = 'statement' in job ? 'statement' : 'report' in job ? 'report' : 'run sheets';
      const target = printTarget(job, deps);
      // The file name first: the dispatcher answers the dialog while nothing has been rendered yet.
      const filePath = job.mode === 'pdf' ? await askForPdfPath(target.title, target.path) : null;
      if (job.mode === 'pdf' && filePath === null) return { outcome: 'cancelled' };

      const win = deps.openPrintWindow(target.hash);
      try {
        await waitForSheet(win.webContents, deps.loadTimeoutMs === undefined ? {} : { timeoutMs: deps.loadTimeoutMs });
        if (job.mode === 'dialog') {
          const { success, failureReason } = await printWithDialog(win.webContents, { silent: false, printBackground: true, pageSize: job.paperSize });
          if (success) return { outcome: 'printed' };
          if (failureReason === 'cancelled') return { outcome: 'cancelled' };
          throw new AppError('INTERNAL', `The ${what} could not be printed (${failureReason || 'unknown reason'}). Check the printer and try again.`);
        }
        // The sheet's own @page rules (paper size, margins, "Page x of y") win over these defaults.
        const pdf = await win.webContents.printToPDF({ pageSize: job.paperSize, printBackground: true, preferCSSPageSize: true });
        try {
          await deps.writeFile(filePath as string, pdf);
        } catch (error) {
          deps.log.error(`Could not write ${filePath}`, error);
          throw new AppError('INTERNAL', `The PDF could not be saved to ${filePath}: ${error instanceof Error ? error.message : String(error)}`);
        }
        return { outcome: 'saved', filePath: filePath as string };
      } catch (error) {
        if (error instanceof AppError) throw error;
        deps.log.error(`Printing the ${what} failed`, error);
        throw new AppError('INTERNAL', `The ${what} could not be printed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        if (!win.isDestroyed()) win.close();
      }
    },
  };
}
