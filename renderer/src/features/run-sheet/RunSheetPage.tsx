import { useEffect, useMemo, useRef, useState } from 'react';
import type { RunSheetsData } from '../../../../shared/ipc/outputs';
import { invoke, on } from '../../api/client';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import { key } from '../../commands/registry';
import type { Command } from '../../commands/registry';
import { describeError } from '../../lib/error-text';
import { formatDayTitle } from '../../lib/format';
import { createLoader } from '../../state/loader';
import type { Loader } from '../../state/loader';
import { PrintStatusNote } from './PrintStatusNote';
import { RunSheetDocument } from './RunSheetDocument';
import { printRunSheets } from './print-run-sheets';
import type { RunSheetRoute } from '../../../../shared/ipc/run-sheet-route';
import { pageCss } from './sheet-format';
import { closeOutHash } from '../close-out/close-out-route';
import { readLayout, saveLayout } from './sheet-layout';
import type { SheetLayout } from './sheet-layout';
import './run-sheet-compact.css';
import './run-sheet.css';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: RunSheetsData };

/** Marks the document for Electron's print window and tests: `loading`, `ready` or `error`. */
function markReady(state: 'loading' | 'ready' | 'error'): void {
  document.documentElement.dataset.runSheet = state;
}

/**
 * The run-sheet view: a screen-only toolbar (paper size, Print…, Save as PDF…, back to the board)
 * above the sheets exactly as they print. It refetches on every change pushed by the host, so a
 * preview left open never prints stale data.
 */
export function RunSheetPage({ route }: { route: RunSheetRoute }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [layout, setLayout] = useState<SheetLayout>(readLayout);
  const { day, technicianIds } = route;
  const idsKey = technicianIds.join(',');

  // One fetch at a time; a burst of pushed changes costs at most one more (see state/loader.ts).
  const loader = useRef<Loader | null>(null);

  useEffect(() => {
    let live = true;
    const ids = idsKey === '' ? undefined : idsKey.split(',');
    const current = createLoader(async () => {
      const result = await invoke('runsheets:get', { day, ...(ids ? { technicianIds: ids } : {}) });
      if (!live) return;
      if (result.ok) setLoad({ kind: 'ready', data: result.value });
      else setLoad({ kind: 'error', message: describeError('Loading the run sheets', result.error) });
    });
    loader.current = current;
    markReady('loading');
    document.documentElement.classList.add('run-sheet-route');
    void current.run();
    const stops = (['jobs:changed', 'technicians:changed', 'clients:changed', 'settings:changed', 'data:reset'] as const).map((e) =>
      on(e, () => void current.run()),
    );
    return () => {
      live = false;
      stops.forEach((stop) => stop());
      document.documentElement.classList.remove('run-sheet-route');
      delete document.documentElement.dataset.runSheet;
    };
  }, [day, idsKey]);

  const data = load.kind === 'ready' ? load.data : null;
  const css = useMemo(() => (data ? pageCss(data.paperSize, data.sheets, formatDayTitle(data.day)) : ''), [data]);

  useEffect(() => {
    if (load.kind === 'ready') markReady('ready');
    else if (load.kind === 'error') markReady('error');
  }, [load]);

  useEffect(() => {
    document.title = `Run sheets · ${formatDayTitle(day)} · Dispatch Console`;
    return () => {
      document.title = 'Dispatch Console';
    };
  }, [day]);

  const onPaperSize = async (paperSize: 'A4' | 'Letter') => {
    const result = await invoke('settings:set', { paperSize });
    if (!result.ok) setMessage({ tone: 'error', text: describeError('Changing the paper size', result.error) });
    else await loader.current?.run();
  };

  const onPrint = async (mode: 'dialog' | 'pdf') => {
    if (!data || busy) return;
    setBusy(true);
    setMessage(null);
    const outcome = await printRunSheets({ day, technicianIds, sheets: data.sheets, mode });
    setMessage(outcome);
    setBusy(false);
  };

  // Ctrl+P (and the app menu's "Print run sheets…") prints these sheets rather than the browser's
  // own print of the page, so the print is recorded.
  const printLatest = useRef(onPrint);
  useEffect(() => {
    printLatest.current = onPrint;
  });
  const canPrint = data !== null && data.sheets.length > 0;
  const printCommand = useMemo<Command | null>(
    () =>
      canPrint
        ? {
            id: 'print-run-sheets',
            label: 'Print run sheets',
            shortcut: 'Ctrl+P',
            matchesKey: key('p', { ctrl: true }),
            allowInTextFields: true,
            run: () => void printLatest.current('dialog'),
          }
        : null,
    [canPrint],
  );
  useRegisterCommand(printCommand);

  return (
    <div className="run-sheet-page">
      <style>{css}</style>
      {/* The screen-only controls and notes, in the page's banner landmark; the sheets are its main. */}
      <header className="run-sheet-page__header">
        <div className="run-sheet-toolbar" role="toolbar" aria-label="Run sheet">
          <button type="button" className="button" onClick={() => (window.location.hash = '')}>
            ← Back to the board
          </button>
          <h1 className="run-sheet-toolbar__title">Run sheets · {formatDayTitle(day)}</h1>
          <label className="run-sheet-toolbar__paper">
            Paper
            <select
              value={data?.paperSize ?? 'A4'}
              disabled={!data}
              onChange={(e) => void onPaperSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
          <label className="run-sheet-toolbar__paper">
            Layout
            <select
              value={layout}
              onChange={(e) => {
                const next: SheetLayout = e.target.value === 'compact' ? 'compact' : 'normal';
                setLayout(next);
                saveLayout(next);
              }}
            >
              <option value="normal">Normal (2–3 visits a page)</option>
              <option value="compact">Compact (4 or more visits a page)</option>
            </select>
          </label>
          {/* The sheets come back filled in: enter them on the close-out screen (the first sheet's technician). */}
          <a className="button" href={closeOutHash(day, technicianIds[0] ?? data?.sheets[0]?.technicianId)}>
            Close out…
          </a>
          <button type="button" className="button" disabled={!data || busy || data.sheets.length === 0} onClick={() => void onPrint('pdf')}>
            Save as PDF…
          </button>
          <button type="button" className="button button--primary" disabled={!data || busy || data.sheets.length === 0} onClick={() => void onPrint('dialog')}>
            {busy ? 'Printing…' : 'Print…'}
          </button>
        </div>
        {message && (
          <p className={`run-sheet-message run-sheet-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {data && !route.printWindow && <PrintStatusNote day={data.day} timeZone={data.timeZone} sheets={data.sheets} />}
      </header>
      <main className="run-sheet-paper" data-paper={data?.paperSize ?? 'A4'} data-layout={layout}>
        {load.kind === 'loading' && <p className="run-sheet-page__note">Loading the run sheets…</p>}
        {load.kind === 'error' && (
          <p className="run-sheet-page__note" role="alert">
            {load.message}
          </p>
        )}
        {data && <RunSheetDocument data={data} technicianIds={technicianIds} />}
      </main>
    </div>
  );
}
