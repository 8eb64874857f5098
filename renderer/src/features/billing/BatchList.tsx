import { useState } from 'react';
import { batchCsv, batchFileName } from '../../../../shared/billing/csv';
import { formatMoney } from '../../../../shared/billing/money';
import type { BatchSummary, ClientBilling } from '../../../../shared/billing/reports';
import { batchLabel } from '../../../../shared/schemas/billing';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { downloadText } from '../../lib/download-text';

type Props = { data: ClientBilling; onMessage: (tone: 'ok' | 'error', text: string) => void };

/** The client's batches, newest first: export one as CSV, or reverse it with a credit batch. */
export function BatchList({ data, onMessage }: Props) {
  const [crediting, setCrediting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const labels = new Map(data.batches.map((b) => [b.id, batchLabel(b)]));

  async function exportCsv(batch: BatchSummary) {
    const result = await invoke('billing:batch', { id: batch.id });
    if (!result.ok) {
      onMessage('error', describeError(`Exporting ${batchLabel(batch)}`, result.error));
      return;
    }
    const name = batchFileName(result.value, 'csv');
    downloadText(name, batchCsv(result.value));
    onMessage('ok', `Exported ${batchLabel(batch)} as ${name}.`);
  }

  async function credit(batch: BatchSummary) {
    setBusy(true);
    const result = await invoke('billing:credit', { batchId: batch.id, note: reason });
    setBusy(false);
    if (!result.ok) {
      onMessage('error', describeError(`Crediting ${batchLabel(batch)}`, result.error));
      return;
    }
    setCrediting(null);
    setReason('');
    onMessage('ok', `${batchLabel(result.value)} credits ${batchLabel(batch)} in full; its visits are unbilled again, to correct and bill anew.`);
  }

  if (data.batches.length === 0) return <p className="billing__muted">No billing batches for {data.client.name} yet.</p>;
  return (
    <table className="billing-table">
      <caption className="billing__caption">Billing batches</caption>
      <thead>
        <tr>
          <th scope="col">Batch</th>
          <th scope="col">Period</th>
          <th scope="col">Made</th>
          <th scope="col" className="billing-table__num">
            Net
          </th>
          <th scope="col" className="billing-table__num">
            With tax
          </th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {data.batches.map((b) => (
          <tr key={b.id}>
            <th scope="row">
              {batchLabel(b)} {b.kind === 'credit' ? `(credit for ${labels.get(b.creditOf ?? '') ?? 'an earlier batch'})` : ''}
              {b.creditedBy && <div className="billing__muted">Credited by {labels.get(b.creditedBy) ?? 'a credit batch'}</div>}
              {b.note && <div className="billing__muted">{b.note}</div>}
            </th>
            <td>
              {b.periodFrom} – {b.periodTo}
            </td>
            <td>{b.createdAt.slice(0, 10)}</td>
            <td className="billing-table__num">{formatMoney(b.netMinor, b.currency)}</td>
            <td className="billing-table__num">{formatMoney(b.grossMinor, b.currency)}</td>
            <td>
              <div className="billing-actions">
                <button type="button" className="button" onClick={() => void exportCsv(b)} aria-label={`Export ${batchLabel(b)} as CSV`}>
                  Export CSV
                </button>
                {b.kind === 'invoice' && b.creditedBy === null && crediting !== b.id && (
                  <button type="button" className="button" onClick={() => (setCrediting(b.id), setReason(''))} aria-label={`Credit ${batchLabel(b)}…`}>
                    Credit…
                  </button>
                )}
              </div>
              {crediting === b.id && (
                <form
                  className="billing-credit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void credit(b);
                  }}
                >
                  <label className="billing-form__field">
                    <span>What was wrong with {batchLabel(b)}?</span>
                    <input className="billing-form__input" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
                  </label>
                  <button type="submit" className="button button--primary" disabled={busy || reason.trim() === ''}>
                    Create credit batch
                  </button>
                  <button type="button" className="button" onClick={() => setCrediting(null)}>
                    Cancel
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
