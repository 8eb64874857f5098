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
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleStore } from '../../state/hooks';
import { rememberedChoices, suggestChoices, withValueGuesses } from '../../../../shared/import/choices';
import type { ImportChoices } from '../../../../shared/import/choices';
import { suggestFields } from '../../../../shared/import/presets';
import type { ImportPreset } from '../../../../shared/import/presets';
import { describeOutcome, prepareImport } from './import-model';
import type { PreparedImport } from './import-model';
import type { ProgressState } from './ImportProgress';
import { commitAll, validateAll } from './run-import';
import type { CommitOutcome } from './run-import';

export type ImportStep =
  | { step: 'choose'; problem: string | null; file: CsvFile | null; fileName: string | null }
  | { step: 'working'; progress: ProgressState; stoppable?: boolean }
  | { step: 'map'; file: CsvFile; fileName: string; preset: ImportPreset | null; choices: ImportChoices; problem: string | null }
  | { step: 'preview'; prepared: PreparedImport; outcomes: Map<number, ImportRowOutcome>; fileName: string; file: CsvFile; remembered: boolean }
  | { step: 'done'; prepared: PreparedImport; result: CommitOutcome; notImported: ImportRowOutcome[]; fileName: string };

export function useImportFlow() {
  // Read at the moment of each step (callbacks), not at render: the settings change under an open dialog.
  const store = useConsoleStore();
  const [kind, setKind] = useState<ImportKind>('jobs');
  const [state, setState] = useState<ImportStep>({ step: 'choose', problem: null, file: null, fileName: null });
  // A closed dialog must not be updated by a run still in flight.
  const run = useRef(0);
  const stopRequested = useRef(false);

  /** Map the file with `choices` and check every row with the host. */
  const check = useCallback(async (chosen: ImportKind, file: CsvFile, fileName: string, choices: ImportChoices, token: number, remembered = false) => {
    const ctx = { timeZone: store.getState().settings?.timeZone ?? 'UTC', now: new Date() };
    const prepared = prepareImport(chosen, file, choices, ctx);
    if (prepared.mapping.problems.length > 0) {
      setState({ step: 'map', file, fileName, preset: suggestFields(chosen, file.headers).preset, choices, problem: prepared.mapping.problems.join(' ') });
      return;
    }
    if (file.rows.length === 0) {
      setState({ step: 'choose', problem: `${fileName} has a header row but no data rows.`, file, fileName });
      return;
    }
    const label = 'Checking rows…';
    setState({ step: 'working', progress: { label, done: 0, total: prepared.rows.length } });
    try {
      const outcomes = await validateAll(prepared, (done, total) => {
        if (run.current === token) setState({ step: 'working', progress: { label, done, total } });
      });
      if (run.current === token) setState({ step: 'preview', prepared, outcomes, fileName, file, remembered });
    } catch (error) {
      if (run.current === token) setState({ step: 'choose', problem: (error as Error).message, file, fileName });
    }
  }, [store]);

  /** The mapping step for a read file, or straight to the check when its layout is remembered. */
  const start = useCallback(
    async (chosen: ImportKind, file: CsvFile, fileName: string, token: number) => {
      // Ask the host rather than the store: a mapping remembered a moment ago (the previous file)
      // may not have reached the store's settings yet.
      const fresh = await invoke('settings:get', {});
      if (run.current !== token) return;
      const settings = fresh.ok ? fresh.value : store.getState().settings;
      const remembered = rememberedChoices(settings?.importMappings ?? [], chosen, file.headers, file.rows);
      if (remembered) return check(chosen, file, fileName, remembered, token, true);
      const { preset, choices } = suggestChoices(chosen, file.headers, file.rows);
      setState({ step: 'map', file, fileName, preset, choices, problem: null });
    },
    [check, store],
  );

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
      if (run.current === token) await start(chosen, file, picked.name, token);
    },
    [start],
  );

  /** Switch kind; an already-read file is mapped again as the new kind. */
  const chooseKind = useCallback(
    (next: ImportKind) => {
      setKind(next);
      if ((state.step === 'choose' || state.step === 'preview' || state.step === 'map') && state.file && state.fileName) {
        void start(next, state.file, state.fileName, ++run.current);
      }
    },
    [start, state],
  );

  /** The mapping step's choices changed (a column's field, a value, the date order). */
  const updateChoices = useCallback((choices: ImportChoices) => {
    setState((current) => (current.step === 'map' ? { ...current, choices: current.file ? withValueGuesses(choices, current.file.rows) : choices, problem: null } : current));
  }, []);

  /** Check the rows with the choices made in the mapping step (or changed in the preview). */
  const applyMapping = useCallback(
    (choices?: ImportChoices) => {
      if (state.step === 'map') void check(kind, state.file, state.fileName, choices ?? state.choices, ++run.current);
      else if (state.step === 'preview') void check(kind, state.file, state.fileName, choices ?? state.prepared.choices, ++run.current, state.remembered);
    },
    [check, kind, state],
  );

  /** Back from the preview to the mapping step, with the choices as they are. */
  const editMapping = useCallback(() => {
    if (state.step !== 'preview') return;
    run.current += 1;
    const preset = suggestFields(kind, state.file.headers).preset;
    setState({ step: 'map', file: state.file, fileName: state.fileName, preset, choices: state.prepared.choices, problem: null });
  }, [kind, state]);

  /** Create the clients the file names that do not exist yet, then check the rows again. */
  const createClients = useCallback(
    async (names: readonly string[], hourlyRate: string): Promise<string | null> => {
      if (state.step !== 'preview') return null;
      const rows = names.map((name, i) => ({ line: i + 2, values: { name, hourly_rate: hourlyRate } }));
      const result = await invoke('import:commit', { kind: 'clients', rows });
      if (!result.ok) return describeError('Creating the clients', result.error);
      const refused = result.value.rejected.filter((r) => r.status === 'invalid');
      void check(kind, state.file, state.fileName, state.prepared.choices, ++run.current, state.remembered);
      return refused.length > 0 ? refused.map((r) => `${names[r.line - 2]}: ${describeOutcome(r)}`).join('; ') : null;
    },
    [check, kind, state],
  );

  /** Import the rows the preview found ready. */
  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { prepared, outcomes, fileName } = state;
    const token = ++run.current;
    // The user has seen and confirmed these choices: the next file with this header row uses them.
    // Not being able to remember them must not stop the import.
    const { fields, values, dateOrder, includeClosed } = prepared.choices;
    await invoke('import:remember', { mapping: { kind: prepared.kind, headers: prepared.headers, fields, values, dateOrder, includeClosed } });
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

  return { kind, state, openFile, chooseKind, updateChoices, applyMapping, editMapping, createClients, confirm, restart, cancel };
}
