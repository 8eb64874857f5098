import { useCallback, useEffect, useState } from 'react';
import { REPORT_TITLES } from '../../../../shared/ipc/reports-route';
import type { ReportKind, ReportsRoute } from '../../../../shared/ipc/reports-route';
import { dayOf } from '../../../../shared/domain/jobs';
import { useConsoleState, useNow } from '../../state/hooks';
import { MaintenanceDialogHost } from '../maintenance/MaintenanceButton';
import { Notices } from '../status/Notices';
import { presetRange, rangeLabel } from './report-range';
import type { Range } from './report-range';
import { ReportBody } from './ReportBody';
import { RangePicker } from './RangePicker';
import { ReportTabs, tabId } from './ReportTabs';
import { goToReport } from './reports-route';
import { printReport } from './print-report';
import type { PrintMessage } from './print-report';
import './reports.css';
import { markPrintState as mark } from '../../lib/print-ready-mark';

const PANEL_ID = 'report-panel';

/**
 * The Reports view: the seven reports as tabs over one date range, each chart with the table of its
 * numbers and a CSV of each table; "Print…" and "Save as PDF…" print the report shown. The browser
 * shows it at `#/reports`; the desktop app in its own window on the same route.
 */
export function ReportsPage({ route }: { route: ReportsRoute }) {
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? null);
  const now = useNow();
  const today = timeZone ? dayOf(new Date(now), timeZone) : null;
  const range: Range | null = route.from && route.to ? { from: route.from, to: route.to } : today ? presetRange('last-4-weeks', today) : null;
  const [message, setMessage] = useState<PrintMessage | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.documentElement.classList.add('run-sheet-route', 'reports-route');
    mark('loading');
    return () => {
      document.documentElement.classList.remove('run-sheet-route', 'reports-route');
      mark(null);
    };
  }, []);
  useEffect(() => {
    document.title = `Reports · ${REPORT_TITLES[route.report]} · Dispatch Console`;
    return () => {
      document.title = 'Dispatch Console';
    };
  }, [route.report]);
  const onState = useCallback((state: 'loading' | 'ready' | 'error') => mark(state), []);

  const go = (patch: Partial<ReportsRoute>) => goToReport({ ...route, ...patch });
  const choose = (kind: ReportKind) => go({ report: kind });

  async function print(mode: 'dialog' | 'pdf') {
    if (!range) return;
    setBusy(true);
    setMessage(null);
    setMessage(await printReport({ report: route.report, ...range, mode }));
    setBusy(false);
  }

  return (
    <div className={route.printWindow ? 'reports-page reports-page--print' : 'reports-page'}>
      {!route.printWindow && (
        <header className="reports-page__header">
          <div className="reports-toolbar" role="toolbar" aria-label="Reports">
            {!route.ownWindow && (
              <button type="button" className="button" onClick={() => (window.location.hash = '')}>
                ← Back to the console
              </button>
            )}
            <h1 className="reports-toolbar__title">Reports</h1>
            {range && today && <RangePicker range={range} today={today} onChange={(r) => go({ from: r.from, to: r.to })} />}
            <span className="reports-toolbar__print">
              <button type="button" className="button" disabled={!range || busy} onClick={() => void print('pdf')}>
                Save as PDF…
              </button>
              <button type="button" className="button button--primary" disabled={!range || busy} onClick={() => void print('dialog')}>
                {busy ? 'Printing…' : 'Print…'}
              </button>
            </span>
          </div>
          {message && (
            <p className={`run-sheet-message run-sheet-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <ReportTabs current={route.report} onChoose={choose} panelId={PANEL_ID} />
        </header>
      )}
      <main className="reports-page__panel">
        {/* The tab panel inside the main landmark (a role on <main> would replace the landmark). */}
        <div id={PANEL_ID} role="tabpanel" aria-labelledby={route.printWindow ? undefined : tabId(route.report)} aria-label={route.printWindow ? REPORT_TITLES[route.report] : undefined}>
        <h2 className="reports-page__heading">
          {REPORT_TITLES[route.report]}
          {range && <span className="reports-page__range"> · {rangeLabel(range)}</span>}
        </h2>
        {range ? <ReportBody key={`${route.report}|${range.from}|${range.to}`} kind={route.report} range={range} printing={route.printWindow} onState={onState} /> : <p role="status">Loading the shop’s settings…</p>}
        </div>
      </main>
      {!route.printWindow && <MaintenanceDialogHost />}
      <Notices />
    </div>
  );
}
