/**
 * The Reports view's host-side calls that are not computations: opening its window and printing
 * the report shown. Both need the desktop app; the headless host refuses with FORBIDDEN and its
 * browser shows the route in the tab and prints with its own dialog.
 */
import { AppError } from '../../../../shared/ipc/result';
import type { ReportsPrintInput, ReportsWindowInput } from '../../../../shared/schemas/report-page-inputs';
import type { PrintOutcome, Printer, ReportWindows } from '../../ports';
import type { ServiceContext } from '../context';

export type ReportPagesService = ReturnType<typeof createReportPagesService>;

export function createReportPagesService(ctx: ServiceContext, deps: { printer: Printer; windows?: ReportWindows }) {
  return {
    /** Open or bring forward the Reports window at `report`. */
    openWindow(input: ReportsWindowInput): { opened: true } {
      if (!deps.windows) throw new AppError('FORBIDDEN', 'This console runs in a browser: the reports open in this tab.');
      deps.windows.open(input.report);
      return { opened: true };
    },

    /** Print one report natively (the system dialog, or a PDF file named for the report and range). */
    print(input: ReportsPrintInput): Promise<PrintOutcome> {
      const doc = ctx.store.read();
      const fileName = `report-${input.report}-${input.from}-to-${input.to}.pdf`;
      return deps.printer.print({ report: { kind: input.report, from: input.from, to: input.to, fileName }, paperSize: doc.settings.paperSize, mode: input.mode });
    },
  };
}
