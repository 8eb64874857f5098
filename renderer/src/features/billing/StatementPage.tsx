import { useEffect, useState } from 'react';
import type { StatementRoute } from '../../../../shared/ipc/statement-route';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { periodLabel } from './billing-period';
import { StatementDocument } from './StatementDocument';
import { useBillingQuery } from './use-billing-query';
import './statement.css';
import { markPrintState as mark } from '../../lib/print-ready-mark';

/**
 * A client's printable statement: a screen-only toolbar above the statement exactly as it prints.
 * Printing goes the run sheets' way: Electron prints natively (dialog or PDF); the browser prints
 * this page with its own dialog ("Save as PDF" there for a file).
 */
export function StatementPage({ route }: { route: StatementRoute }) {
  const query = useBillingQuery('billing:statement', { clientId: route.clientId, from: route.from, to: route.to }, 'Loading the statement');
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.documentElement.classList.add('run-sheet-route');
    return () => {
      document.documentElement.classList.remove('run-sheet-route');
      mark(null);
    };
  }, []);
  useEffect(() => mark(query.kind), [query.kind]);
  const name = query.kind === 'ready' ? query.data.client.name : '';
  useEffect(() => {
    document.title = `Statement · ${name} · ${periodLabel(route)} · Dispatch Console`;
    return () => {
      document.title = 'Dispatch Console';
    };
  }, [name, route]);

  async function print(mode: 'dialog' | 'pdf') {
    setBusy(true);
    setMessage(null);
    const result = await invoke('billing:print', { clientId: route.clientId, from: route.from, to: route.to, mode });
    setBusy(false);
    if (result.ok) {
      const { outcome, filePath } = result.value;
      setMessage({ tone: 'info', text: outcome === 'cancelled' ? 'Printing was cancelled.' : outcome === 'saved' ? `Saved the statement as ${filePath ?? 'a PDF'}.` : 'Sent the statement to the printer.' });
      return;
    }
    if (result.error.code !== 'FORBIDDEN') {
      setMessage({ tone: 'error', text: describeError('Printing the statement', result.error) });
      return;
    }
    window.print();
    if (mode === 'pdf') setMessage({ tone: 'info', text: 'To save a PDF, choose "Save as PDF" as the printer in the browser\'s dialog.' });
  }

  const ready = query.kind === 'ready';
  return (
    <div className="run-sheet-page">
      {!route.printWindow && (
        <header className="run-sheet-page__header">
          <div className="run-sheet-toolbar" role="toolbar" aria-label="Statement">
            <button type="button" className="button" onClick={() => (window.location.hash = '')}>
              ← Back to the console
            </button>
            <h1 className="run-sheet-toolbar__title">
              Statement · {name} · {periodLabel(route)}
            </h1>
            <button type="button" className="button" disabled={!ready || busy} onClick={() => void print('pdf')}>
              Save as PDF…
            </button>
            <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => void print('dialog')}>
              {busy ? 'Printing…' : 'Print…'}
            </button>
          </div>
          {message && (
            <p className={`run-sheet-message run-sheet-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
        </header>
      )}
      <main className="statement-paper">
        {query.kind === 'loading' && <p className="run-sheet-page__note">Loading the statement…</p>}
        {query.kind === 'error' && (
          <p className="run-sheet-page__note" role="alert">
            {query.message}
          </p>
        )}
        {query.kind === 'ready' && <StatementDocument data={query.data} />}
      </main>
    </div>
  );
}
