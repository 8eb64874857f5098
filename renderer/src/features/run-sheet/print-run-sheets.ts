/**
 * Printing run sheets from the renderer. Electron prints natively (`runsheets:print`: a hidden
 * window, the system print dialog or a PDF file) and records what it printed itself. The headless
 * host refuses with FORBIDDEN; then the browser prints the sheet view this page already shows, and
 * the page records the print once the browser's dialog has closed.
 */
import type { RunSheet } from '../../../../shared/ipc/outputs';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';

export type PrintRequest = { day: string; technicianIds: readonly string[]; sheets: readonly RunSheet[]; mode: 'dialog' | 'pdf' };
export type PrintMessage = { tone: 'info' | 'error'; text: string };

const sheetsWord = (n: number) => (n === 1 ? '1 run sheet' : `${n} run sheets`);

/** Print (or save) the sheets; resolves with what to tell the dispatcher. Never throws. */
export async function printRunSheets(req: PrintRequest, browserPrint: () => void = () => window.print()): Promise<PrintMessage> {
  const ids = req.technicianIds.length > 0 ? [...req.technicianIds] : undefined;
  const result = await invoke('runsheets:print', { day: req.day, mode: req.mode, ...(ids ? { technicianIds: ids } : {}) });
  if (result.ok) {
    const { outcome, filePath, technicianIds } = result.value;
    if (outcome === 'cancelled') return { tone: 'info', text: 'Printing was cancelled; nothing was recorded as printed.' };
    if (outcome === 'saved') return { tone: 'info', text: `Saved ${sheetsWord(technicianIds.length)} as ${filePath ?? 'a PDF'}.` };
    return { tone: 'info', text: `Sent ${sheetsWord(technicianIds.length)} to the printer.` };
  }
  if (result.error.code !== 'FORBIDDEN') return { tone: 'error', text: describeError('Printing the run sheets', result.error) };

  // Browser: its own dialog prints this page (choose "Save as PDF" there for a file). window.print()
  // returns when the dialog closes; it does not say whether the user printed or cancelled.
  browserPrint();
  const printed = req.sheets.map((s) => s.technicianId);
  const recorded = await invoke('runsheets:printed', { day: req.day, technicianIds: printed });
  if (!recorded.ok) return { tone: 'error', text: describeError('Recording the print', recorded.error) };
  const hint = req.mode === 'pdf' ? ' To save a PDF, choose "Save as PDF" as the printer in the browser\'s dialog.' : '';
  return { tone: 'info', text: `Recorded ${sheetsWord(printed.length)} as printed; the board flags any later change.${hint}` };
}
