/**
 * Printing the report shown. Electron prints natively (`reports:print`: a hidden window on the same
 * route, the system print dialog or a PDF file). The headless host refuses with FORBIDDEN; then the
 * browser prints this page with its own dialog (its "Save as PDF" for a file), using the print
 * stylesheet: no toolbar or tabs, charts as drawn (SVG), every table in full.
 */
import type { ReportKind } from '../../../../shared/ipc/reports-route';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';

export type PrintMessage = { tone: 'info' | 'error'; text: string };
export type ReportPrintRequest = { report: ReportKind; from: string; to: string; mode: 'dialog' | 'pdf' };

/** Print (or save) the report; resolves with what to tell the owner. Never throws. */
export async function printReport(req: ReportPrintRequest, browserPrint: () => void = () => window.print()): Promise<PrintMessage> {
  const result = await invoke('reports:print', req);
  if (result.ok) {
    const { outcome, filePath } = result.value;
    if (outcome === 'cancelled') return { tone: 'info', text: 'Printing was cancelled.' };
    if (outcome === 'saved') return { tone: 'info', text: `Saved the report as ${filePath ?? 'a PDF'}.` };
    return { tone: 'info', text: 'Sent the report to the printer.' };
  }
  if (result.error.code !== 'FORBIDDEN') return { tone: 'error', text: describeError('Printing the report', result.error) };
  browserPrint();
  return { tone: 'info', text: req.mode === 'pdf' ? 'To save a PDF, choose "Save as PDF" as the printer in the browser\'s dialog.' : 'Printed from the browser.' };
}
