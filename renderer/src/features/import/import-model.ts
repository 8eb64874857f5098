/**
 * The import's data in the renderer: rows mapped to fields, batches sized for one call, the
 * wording of problems and the CSV of rejected rows. No DOM and no host calls, so it is unit-tested.
 */
import Papa from 'papaparse';
import { applyChoices } from '../../../../shared/import/apply-choices';
import type { ClosedTicket } from '../../../../shared/import/apply-choices';
import { suggestChoices } from '../../../../shared/import/choices';
import type { ImportChoices } from '../../../../shared/import/choices';
import type { HeaderMapping, ImportKind } from '../../../../shared/import/columns';
import { identityField, repeatsInFile } from '../../../../shared/import/duplicates';
import { IMPORT_BATCH_MAX_ROWS } from '../../../../shared/import/schemas';
import type { ImportIssue, ImportRow, ImportRowOutcome } from '../../../../shared/import/schemas';
import type { CsvFile } from './csv-reader';

/** A parsed file ready to check: the mapping, the rows as sent to the host, and the original cells. */
export type PreparedImport = {
  kind: ImportKind;
  mapping: HeaderMapping;
  headers: string[];
  rows: ImportRow[];
  /** Original cells by row number, for the rejected-rows CSV. */
  cells: Map<number, string[]>;
  /** Verdicts known before asking the host: unreadable rows, unreadable dates, repeats within the file. */
  local: Map<number, ImportRowOutcome>;
  /** The choices the rows were mapped with (remembered once the import runs). */
  choices: ImportChoices;
  /** Closed tickets left out (unless the choices include them). */
  closed: ClosedTicket[];
  /** What was defaulted per row, and for the whole file. */
  notices: Map<number, ImportIssue[]>;
  fileNotices: string[];
};

/** The shop's zone and the time now, for reading dates. */
export type PrepareContext = { timeZone: string; now: Date };

/**
 * Map a parsed file onto `kind`'s fields with `choices` (default: the guesses); a non-empty
 * `mapping.problems` means it cannot be imported as chosen.
 */
export function prepareImport(kind: ImportKind, file: CsvFile, choices?: ImportChoices, ctx: PrepareContext = { timeZone: 'UTC', now: new Date() }): PreparedImport {
  const chosen = choices ?? suggestChoices(kind, file.headers, file.rows).choices;
  const applied = applyChoices(kind, file.headers, file.rows, chosen, ctx);
  const rows = applied.rows as ImportRow[];
  const cells = new Map(file.rows.map((r) => [r.line, r.cells]));
  const local = new Map<number, ImportRowOutcome>();
  for (const [line, message] of file.rowProblems) local.set(line, { line, status: 'invalid', issues: [{ field: 'file', message }] });
  for (const [line, issues] of applied.issues) if (!local.has(line)) local.set(line, { line, status: 'invalid', issues });
  const field = identityField(kind);
  for (const [line, earlier] of repeatsInFile(kind, rows)) {
    if (!local.has(line)) local.set(line, { line, status: 'duplicate', issues: [{ field, message: `same ${field} as row ${earlier}` }] });
  }
  return {
    kind,
    mapping: applied.mapping,
    headers: file.headers,
    rows,
    cells,
    local,
    choices: chosen,
    closed: applied.closed,
    notices: applied.notices,
    fileNotices: applied.fileNotices,
  };
}

/**
 * Split rows into calls of at most `maxRows` rows and `maxChars` characters of JSON, so a file
 * with long descriptions stays under the headless host's 1 MiB request limit (300,000 characters
 * are at most 900 KB of UTF-8). Few, large batches matter for big files: every batch is one write
 * of the whole data file and one `jobs:changed` that makes every open view refetch.
 */
export function toBatches<R>(rows: readonly R[], maxRows = IMPORT_BATCH_MAX_ROWS, maxChars = 300_000): R[][] {
  const batches: R[][] = [];
  let current: R[] = [];
  let size = 0;
  for (const row of rows) {
    const rowSize = JSON.stringify(row).length;
    if (current.length > 0 && (current.length >= maxRows || size + rowSize > maxChars)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += rowSize;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** `row 7, priority: expected P1–P4, got "urgent-ish"` */
export function describeIssue(line: number, issue: ImportIssue): string {
  return `row ${line}, ${issue.field}: ${issue.message}`;
}

/** All of a row's problems on one line, for the report and the `error` column. */
export function describeOutcome(outcome: ImportRowOutcome): string {
  const text = outcome.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return outcome.status === 'duplicate' ? `skipped as duplicate (${text})` : text;
}

/** The rejected rows as CSV: the file's own columns plus `row` and `error`, ready to fix and re-import. */
export function rejectedRowsCsv(prepared: Pick<PreparedImport, 'headers' | 'cells'>, rejected: readonly ImportRowOutcome[]): string {
  const headers = [...prepared.headers, 'row', 'error'];
  const data = [...rejected]
    .sort((a, b) => a.line - b.line)
    .map((o) => {
      const cells = prepared.cells.get(o.line) ?? [];
      const padded = prepared.headers.map((_, i) => cells[i] ?? '');
      return [...padded, String(o.line), describeOutcome(o)];
    });
  // Quote every cell and use CRLF, as spreadsheets expect; a leading BOM makes Excel read UTF-8.
  // Cells are written back unchanged (no formula escaping) so the file can be fixed and re-imported.
  return `\uFEFF${Papa.unparse({ fields: headers, data }, { quotes: true, newline: '\r\n' })}`;
}

/** Counts for the summary line. */
export function countOutcomes(outcomes: Iterable<ImportRowOutcome>): { ready: number; invalid: number; duplicate: number } {
  const counts = { ready: 0, invalid: 0, duplicate: 0 };
  for (const o of outcomes) counts[o.status] += 1;
  return counts;
}
