/**
 * Printed run sheets: the data each sheet shows, printing through the host's `Printer`,
 * the record of what went on paper, and "changed since printed" for the board.
 */
import type { RunSheetPrintResult, RunSheetsData, RunSheetStatus } from '../../../../shared/ipc/outputs';
import { AppError } from '../../../../shared/ipc/result';
import { PRINT_RECORD_RETENTION_DAYS } from '../../../../shared/domain/run-sheet';
import { dayOf } from '../../../../shared/domain/jobs';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { RunSheetsPrint, RunSheetsQuery } from '../../../../shared/schemas/inputs';
import type { PrintRecord } from '../../../../shared/schemas/print';
import type { Printer } from '../../ports';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { badInput } from '../errors';
import { buildSheet, indexDay, sheetStatus, sheetTechnicians } from './run-sheets-build';

export type RunSheetsService = ReturnType<typeof createRunSheetsService>;

/** The headless host's printer: it has no printer of its own; the browser prints the sheet route. */
export const browserOnlyPrinter: Printer = {
  print() {
    return Promise.reject(
      new AppError('FORBIDDEN', 'This console runs in a browser: print from the browser (the run sheet opens for printing).'),
    );
  },
};

/** A day far outside any plausible schedule is a typo (2206 for 2026), not a request. */
function checkDay(day: string, now: Date, timeZone: string): void {
  const today = Date.parse(`${dayOf(now, timeZone)}T00:00:00Z`);
  const asked = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(asked) || Math.abs(asked - today) > 5 * 366 * 86_400_000) {
    throw badInput(`${day} is more than five years from today. Check the date.`, [{ path: 'day', message: 'too far from today' }]);
  }
}

/** Records for `day` and these technicians replaced by new ones; records older than the retention dropped. */
function replaceRecords(doc: DispatchDocument, fresh: PrintRecord[], now: Date): void {
  const cutoff = now.getTime() - PRINT_RECORD_RETENTION_DAYS * 86_400_000;
  const replaced = new Set(fresh.map((r) => `${r.technicianId}|${r.day}`));
  doc.printRecords = [
    ...doc.printRecords.filter((r) => !replaced.has(`${r.technicianId}|${r.day}`) && Date.parse(`${r.day}T23:59:59Z`) >= cutoff),
    ...fresh,
  ];
}

export function createRunSheetsService(ctx: ServiceContext, printer: Printer) {
  const zone = () => ctx.store.read().settings.timeZone;

  function get(input: RunSheetsQuery): RunSheetsData {
    const doc = ctx.store.read();
    checkDay(input.day, ctx.clock.now(), doc.settings.timeZone);
    const index = indexDay(doc, input.day);
    const technicians = sheetTechnicians(index, input.technicianIds);
    return {
      day: input.day,
      timeZone: doc.settings.timeZone,
      paperSize: doc.settings.paperSize,
      generatedAt: ctx.clock.now().toISOString(),
      sheets: technicians.map((t) => buildSheet(index, t)),
    };
  }

  function status(day: string): RunSheetStatus {
    return { day, technicians: sheetStatus(ctx.store.read(), day), revision: ctx.revision.current() };
  }

  /**
   * Record that these sheets went on paper: one record per technician (the latest per technician
   * and day), each visit with its fingerprint as it is now; records of days more than 60 days ago
   * are pruned. Technicians with no visits get a record too (an empty sheet was printed: a job
   * added later is a change).
   */
  async function printed(input: RunSheetsQuery): Promise<RunSheetStatus> {
    checkDay(input.day, ctx.clock.now(), zone());
    await commit(
      ctx,
      (doc) => {
        const printedAt = ctx.clock.now().toISOString();
        const index = indexDay(doc, input.day);
        const fresh = sheetTechnicians(index, input.technicianIds).map((t): PrintRecord => {
          const sheet = buildSheet(index, t);
          return {
            technicianId: t.id,
            day: input.day,
            printedAt,
            jobs: sheet.visits.slice(0, 500).map((v) => ({ jobId: v.jobId, fingerprint: v.fingerprint })),
          };
        });
        replaceRecords(doc, fresh, ctx.clock.now());
        return fresh.map((r) => r.technicianId);
      },
      (technicianIds, revision) => ctx.events.publish('runsheets:changed', { revision, day: input.day, technicianIds }),
    );
    return status(input.day);
  }

  return {
    get,
    status: (input: { day: string }) => {
      checkDay(input.day, ctx.clock.now(), zone());
      return status(input.day);
    },
    printed,

    /**
     * Print natively (Electron) and record what was printed once the printer reports success.
     * FORBIDDEN in the headless host, whose renderer then prints from the browser. A cancelled
     * dialog records nothing.
     */
    async print(input: RunSheetsPrint): Promise<RunSheetPrintResult> {
      const data = get(input);
      const technicianIds = data.sheets.map((s) => s.technicianId);
      if (technicianIds.length === 0) {
        throw badInput(`Nobody has visits booked on ${input.day}, so there is no run sheet to print.`, [
          { path: 'day', message: 'no visits that day' },
        ]);
      }
      const outcome = await printer.print({ day: input.day, technicianIds, paperSize: data.paperSize, mode: input.mode });
      if (outcome.outcome !== 'cancelled') await printed({ day: input.day, technicianIds });
      return { ...outcome, technicianIds };
    },
  };
}
