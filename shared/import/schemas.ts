/**
 * What crosses IPC for a CSV import. The renderer parses the file and maps its columns; the core
 * treats every row as untrusted text and validates it again. Batches are bounded so one call
 * cannot be huge: at most `IMPORT_BATCH_MAX_ROWS` rows of at most `IMPORT_CELL_MAX` characters.
 */
import { z } from 'zod';
import { clientFields, jobFields, technicianFields } from './columns';
import type { ImportKind } from './columns';

/** Rows per `import:validate` / `import:commit` call. */
export const IMPORT_BATCH_MAX_ROWS = 1000;
/** Cell text per call, all rows together (the renderer's batches stay well below it). */
export const IMPORT_BATCH_MAX_CHARS = 2_000_000;
/** Characters per cell (a job description's limit). */
export const IMPORT_CELL_MAX = 10_000;

const cell = z.string().max(IMPORT_CELL_MAX, `at most ${IMPORT_CELL_MAX} characters`);

function valuesOf<F extends string>(fields: readonly F[]) {
  const shape = Object.fromEntries(fields.map((f) => [f, cell.optional()])) as Record<F, z.ZodOptional<typeof cell>>;
  return z.object(shape).strict();
}

function rowsOf<F extends string>(fields: readonly F[]) {
  const row = z
    .object({
      /** The row number as a spreadsheet shows it (the header is row 1). */
      line: z.number().int().min(2).max(100_000_000),
      values: valuesOf(fields),
    })
    .strict();
  return z
    .array(row)
    .min(1, 'no rows')
    .max(IMPORT_BATCH_MAX_ROWS, `at most ${IMPORT_BATCH_MAX_ROWS} rows per call`)
    .refine((rows) => textSize(rows) <= IMPORT_BATCH_MAX_CHARS, `at most ${new Intl.NumberFormat('en').format(IMPORT_BATCH_MAX_CHARS)} characters of cell text per call`);
}

/** Total cell text in a batch: Electron's IPC has no size limit of its own, so the schema sets one. */
function textSize(rows: readonly { values: object }[]): number {
  let size = 0;
  for (const row of rows) for (const value of Object.values(row.values)) size += typeof value === 'string' ? value.length : 0;
  return size;
}

export const ImportBatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('jobs'), rows: rowsOf(jobFields) }).strict(),
  z.object({ kind: z.literal('clients'), rows: rowsOf(clientFields) }).strict(),
  z.object({ kind: z.literal('technicians'), rows: rowsOf(technicianFields) }).strict(),
]);

export type ImportBatch = z.output<typeof ImportBatchSchema>;
export type ImportRow = ImportBatch['rows'][number];

/** One problem with one cell: `row 7, priority: expected P1–P4`. */
export type ImportIssue = { field: string; message: string };

/**
 * A row's verdict. `ready`: would be imported. `invalid`: a value is wrong (issues name the
 * fields). `duplicate`: the record already exists or appears earlier in the file; skipped, not an
 * error to fix, which also makes a retried batch harmless.
 */
export type ImportRowStatus = 'ready' | 'invalid' | 'duplicate';

/**
 * `notices`: what was filled in or changed on a ready row (a requester who is not a contact yet,
 * kept in the description); shown in the preview, never a reason to refuse the row.
 */
export type ImportRowOutcome = { line: number; status: ImportRowStatus; issues: ImportIssue[]; notices?: ImportIssue[] };

export type ImportValidation = { kind: ImportKind; rows: ImportRowOutcome[] };

/** A created record: its row, id and a label to show (`J-1042`, a client's name). */
export type ImportedRecord = { line: number; id: string; label: string };

export type ImportCommitResult = {
  kind: ImportKind;
  imported: ImportedRecord[];
  /** Rows not imported (invalid or duplicate at the moment of the write), with the reasons. */
  rejected: ImportRowOutcome[];
  revision: number;
};
