/**
 * The import as a sequence of steps: choose a file → read it → check every row with the host →
 * preview → import the valid rows → report. Holds the state the dialog renders; every step's
 * failure lands back on a step with a sentence saying what happened.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportKind } from '../../../../shared/import/columns';
import type { ImportRowOutcome } from '../../../../shared/import/schemas';
import { readCsvFile } from './csv-reader';
import type { CsvFile } from './csv-reader';
import { prepareImport } from './import-model';
import type { PreparedImport } from './import-model';
import type { ProgressState } from './ImportProgress';
import { commitAll, validateAll } from './run-import';
import type { CommitOutcome } from './run-import';

export type ImportStep =
  | { step: 'choose'; problem: string | null; file: CsvFile | null; fileName: string | null }
  | { step: 'working'; progress: ProgressState; stoppable?: boolean }
  | { step: 'preview'; prepared: PreparedImport; outcomes: Map<number, ImportRowOutcome>; fileName: string; file: CsvFile }
  | { step: 'done'; prepared: PreparedImport; result: CommitOutcome; notImported: ImportRowOutcome[]; fileName: string };

export function useImportFlow() {
  const [kind, setKind] = useState<ImportKind>('jobs');
  const [state, setState] = useState<ImportStep>({ step: 'choose', problem: null, file: null, fileName: null });
  // A closed dialog must not be updated by a run still in flight.
  const run = useRef(0);
  const stopRequested = useRef(false);

  const check = useCallback(async (chosen: ImportKind, file: CsvFile, fileName: string, token: number) => {
    const prepared = prepareImport(chosen, file);
    if (prepared.mapping.problems.length > 0) {
      setState({ step: 'choose', problem: prepared.mapping.problems.join(' '), file, fileName });
      return;
    }
    if (prepared.rows.length === 0) {
      setState({ step: 'choose', problem: `${fileName} has a header row but no data rows.`, file, fileName });
      return;
    }
    const label = 'Checking rows…';
    setState({ step: 'working', progress: { label, done: 0, total: prepared.rows.length } });
    try {
      const outcomes = await validateAll(prepared, (done, total) => {
        if (run.current === token) setState({ step: 'working', progress: { label, done, total } });
      });
      if (run.current === token) setState({ step: 'preview', prepared, outcomes, fileName, file });
    } catch (error) {
      if (run.current === token) setState({ step: 'choose', problem: (error as Error).message, file, fileName });
    }
  }, []);

  /** Read a picked or dropped file and check it as `chosen`. */
  const openFile = useCallback(
    async (picked: File, chosen: ImportKind) => {
      const token = ++run.current;
      const label = `Reading ${picked.name}…`;
      setState({ step: 'working', progress: { label, done: 0, total: 100 } });
      let file: CsvFile;
      try {
        file = await readCsvFile(picked, (fraction) => {
          if (run.current === token) setState({ step: 'working', progress: { label, done: Math.round(fraction * 100), total: 100 } });
        });
      } catch (error) {
        if (run.current === token) setState({ step: 'choose', problem: `${picked.name} could not be read: ${(error as Error).message}`, file: null, fileName: null });
        return;
      }
      if (run.current === token) await check(chosen, file, picked.name, token);
    },
    [check],
  );

  /** Switch kind; an already-read file is checked again as the new kind. */
  const chooseKind = useCallback(
    (next: ImportKind) => {
      setKind(next);
      if ((state.step === 'choose' || state.step === 'preview') && state.file && state.fileName) {
        void check(next, state.file, state.fileName, ++run.current);
      }
    },
    [check, state],
  );

  /** Import the rows the preview found ready. */
  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { prepared, outcomes, fileName } = state;
    const token = ++run.current;
    const ready = prepared.rows.filter((r) => outcomes.get(r.line)?.status === 'ready');
    const label = 'Importing…';
    stopRequested.current = false;
    setState({ step: 'working', progress: { label, done: 0, total: ready.length }, stoppable: true });
    const result = await commitAll(
      prepared,
      ready,
      (done, total) => {
        if (run.current === token) setState({ step: 'working', progress: { label, done, total }, stoppable: true });
      },
      () => stopRequested.current,
    );
    const notSent: ImportRowOutcome[] = result.notSent.map((r) => ({
      line: r.line,
      status: 'invalid',
      issues: [{ field: 'import', message: 'not imported: the import stopped before this row' }],
    }));
    const skipped = [...outcomes.values()].filter((o) => o.status !== 'ready');
    const notImported = [...skipped, ...result.rejected, ...notSent].sort((a, b) => a.line - b.line);
    if (run.current === token) setState({ step: 'done', prepared, result, notImported, fileName });
  }, [state]);

  const restart = useCallback(() => {
    run.current += 1;
    setState({ step: 'choose', problem: null, file: null, fileName: null });
  }, []);

  /** Stop reading or checking now; an import stops after the batch being written. */
  const cancel = useCallback(() => {
    stopRequested.current = true;
    if (state.step === 'working' && state.stoppable) return;
    run.current += 1;
  }, [state]);

  return { kind, state, openFile, chooseKind, confirm, restart, cancel };
}
