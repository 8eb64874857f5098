/**
 * Talking to the host for an import: check every row in batches (`import:validate`), then send
 * the valid rows in batches (`import:commit`), reporting progress after each call. A failed call
 * stops the run and says how far it got; batches already imported stay imported, and running the
 * import again skips them as duplicates.
 */
import { invoke } from '../../api/client';
import type { ImportedRecord, ImportRow, ImportRowOutcome } from '../../../../shared/import/schemas';
import { describeError } from '../../lib/error-text';
import type { Input } from '../../../../shared/ipc/contract';
import { toBatches } from './import-model';
import type { PreparedImport } from './import-model';

/**
 * The call's input. The rows' fields come from the same kind's column table as `kind`, which the
 * union type cannot see; the host parses the batch again in any case.
 */
function batchInput(prepared: PreparedImport, rows: ImportRow[]): Input<'import:validate'> {
  return { kind: prepared.kind, rows } as Input<'import:validate'>;
}

export type Progress = (done: number, total: number) => void;

/** Every row's verdict, by row number: local ones first, the host's for the rest. */
export async function validateAll(prepared: PreparedImport, onProgress: Progress): Promise<Map<number, ImportRowOutcome>> {
  const outcomes = new Map(prepared.local);
  const toCheck = prepared.rows.filter((r) => !prepared.local.has(r.line));
  let done = prepared.rows.length - toCheck.length;
  onProgress(done, prepared.rows.length);
  for (const batch of toBatches(toCheck)) {
    const result = await invoke('import:validate', batchInput(prepared, batch));
    if (!result.ok) throw new Error(describeError(`Checking rows ${batch[0]?.line}–${batch.at(-1)?.line}`, result.error));
    for (const outcome of result.value.rows) outcomes.set(outcome.line, outcome);
    done += batch.length;
    onProgress(done, prepared.rows.length);
  }
  return outcomes;
}

export type CommitOutcome = {
  imported: ImportedRecord[];
  /** Rows refused by the host at write time (changed data since the check, duplicates). */
  rejected: ImportRowOutcome[];
  /** Set when a call failed part-way: what went wrong; rows after it were not sent. */
  stoppedBy: string | null;
  /** Rows not sent because the run stopped. */
  notSent: ImportRow[];
};

/** Import `rows` in batches, one write per batch; `shouldStop` is asked before each batch. */
export async function commitAll(
  prepared: PreparedImport,
  rows: ImportRow[],
  onProgress: Progress,
  shouldStop: () => boolean = () => false,
): Promise<CommitOutcome> {
  const outcome: CommitOutcome = { imported: [], rejected: [], stoppedBy: null, notSent: [] };
  const batches = toBatches(rows);
  let done = 0;
  onProgress(0, rows.length);
  for (const [index, batch] of batches.entries()) {
    if (shouldStop()) {
      outcome.stoppedBy = 'You stopped the import.';
      outcome.notSent = batches.slice(index).flat();
      break;
    }
    const result = await invoke('import:commit', batchInput(prepared, batch));
    if (!result.ok) {
      outcome.stoppedBy = describeError(`Importing rows ${batch[0]?.line}–${batch.at(-1)?.line}`, result.error);
      outcome.notSent = batches.slice(index).flat();
      break;
    }
    outcome.imported.push(...result.value.imported);
    outcome.rejected.push(...result.value.rejected);
    done += batch.length;
    onProgress(done, rows.length);
  }
  return outcome;
}
