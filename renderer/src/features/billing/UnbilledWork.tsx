import { useState } from 'react';
import type { ClientBilling } from '../../../../shared/billing/reports';
import { formatMinutes, formatMoney } from '../../../../shared/billing/money';
import { totalsOf } from '../../../../shared/billing/unbilled';
import { batchLabel } from '../../../../shared/schemas/billing';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { periodLabel } from './billing-period';

type Props = { data: ClientBilling; onBilled: (message: string) => void };

/**
 * The client's unbilled visits in the period, each with its lines, all ticked; "Create billing
 * batch" freezes the ticked ones under the next number. Visits closed out after this list was
 * loaded are not billed by surprise: only the ticked ids are sent.
 */
export function UnbilledWork({ data, onBilled }: Props) {
  const { unbilled, currency, client } = data;
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = unbilled.visits.filter((v) => !unticked.has(v.visitId));
  const totals = totalsOf(chosen);
  const money = (minor: number) => formatMoney(minor, currency);

  async function bill() {
    setBusy(true);
    setError(null);
    const result = await invoke('billing:bill', { clientId: client.id, from: data.from, to: data.to, visitIds: chosen.map((v) => v.visitId), note });
    setBusy(false);
    if (!result.ok) {
      setError(describeError('Creating the billing batch', result.error));
      return;
    }
    setNote('');
    setUnticked(new Set());
    onBilled(`${batchLabel(result.value)} created for ${client.name}: ${result.value.lines.length} lines, ${money(result.value.grossMinor)} with tax. Those visits are now billed.`);
  }

  if (unbilled.visits.length === 0) {
    return <p className="billing__muted">No unbilled visits for {client.name} in {periodLabel(data)}.</p>;
  }
  return (
    <div className="billing-unbilled">
      <table className="billing-table">
        <caption className="billing__caption">
          Unbilled visits, {periodLabel(data)}: {unbilled.visits.length}
        </caption>
        <thead>
          <tr>
            <th scope="col">Bill</th>
            <th scope="col">Date</th>
            <th scope="col">Job</th>
            <th scope="col">Line</th>
            <th scope="col" className="billing-table__num">
              Time
            </th>
            <th scope="col" className="billing-table__num">
              Net
            </th>
            <th scope="col" className="billing-table__num">
              Tax
            </th>
          </tr>
        </thead>
        {unbilled.visits.map((v) => (
          <tbody key={v.visitId} className="billing-table__visit">
            {v.lines.map((line, i) => (
              <tr key={i}>
                {i === 0 && (
                  <>
                    <td rowSpan={v.lines.length}>
                      <input
                        type="checkbox"
                        aria-label={`Bill ${v.jobNumber} on ${v.day}`}
                        checked={!unticked.has(v.visitId)}
                        onChange={(e) => {
                          const next = new Set(unticked);
                          if (e.target.checked) next.delete(v.visitId);
                          else next.add(v.visitId);
                          setUnticked(next);
                        }}
                      />
                    </td>
                    <td rowSpan={v.lines.length}>{v.day}</td>
                    <td rowSpan={v.lines.length}>
                      {v.jobNumber}
                      <div className="billing__muted">{line.technicianName}</div>
                    </td>
                  </>
                )}
                <td>
                  {line.kind === 'part' ? `${line.quantity} × ${line.description}` : line.description}
                  {line.note && <div className="billing__muted">{line.note}</div>}
                </td>
                <td className="billing-table__num">{line.kind === 'part' ? '' : formatMinutes(line.minutes)}</td>
                <td className="billing-table__num">{money(line.amountMinor)}</td>
                <td className="billing-table__num">{money(line.taxMinor)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              Ticked: {chosen.length} of {unbilled.visits.length} visits{totals.blockMinutes > 0 ? `, ${formatMinutes(totals.blockMinutes)} of block hours` : ''}
            </th>
            <td className="billing-table__num">{money(totals.netMinor)}</td>
            <td className="billing-table__num">{money(totals.taxMinor)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={5}>
              Total with tax
            </th>
            <td className="billing-table__num" colSpan={2}>
              <strong data-testid="unbilled-gross">{money(totals.grossMinor)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <div className="billing-form__row">
        <label className="billing-form__field billing-form__field--wide">
          <span>Note on the batch (optional)</span>
          <input className="billing-form__input" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="button" className="button button--primary" disabled={busy || chosen.length === 0} onClick={() => void bill()}>
          {busy ? 'Creating…' : `Create billing batch (${chosen.length})`}
        </button>
      </div>
      {error && (
        <p className="billing__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
