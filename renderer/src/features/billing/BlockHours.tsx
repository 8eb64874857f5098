import { useState } from 'react';
import { formatMinutes } from '../../../../shared/billing/money';
import type { ClientBilling } from '../../../../shared/billing/reports';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { periodLabel } from './billing-period';
import { BlockStatementRows } from './BlockStatementRows';

type Props = { data: ClientBilling; today: string; onMessage: (tone: 'ok' | 'error', text: string) => void };

export const LEVEL_TEXT = { ok: 'Balance healthy', low: 'Balance low: time to sell a top-up', negative: 'Overdrawn: work done beyond the hours bought' } as const;

/** Block hours: the balance with its warning, the period's statement, and recording a top-up. */
export function BlockHours({ data, today, onMessage }: Props) {
  const [hours, setHours] = useState('');
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const block = data.block;
  if (!block) return null;
  const s = block.statement;

  async function topUp() {
    const value = Number(hours.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0 || !Number.isInteger(value * 4)) {
      onMessage('error', 'Give the hours bought in quarter hours, e.g. 10 or 7.5.');
      return;
    }
    setBusy(true);
    const result = await invoke('billing:topup', { clientId: data.client.id, day, hours: value, note });
    setBusy(false);
    if (!result.ok) {
      onMessage('error', describeError('Recording the top-up', result.error));
      return;
    }
    setHours('');
    setNote('');
    onMessage('ok', `Recorded ${formatMinutes(Math.round(value * 60))} bought by ${data.client.name} on ${day}.`);
  }

  return (
    <section className="billing-block" aria-labelledby="billing-block-title">
      <h4 id="billing-block-title">Block hours</h4>
      <p className={`billing-block__balance billing-block__balance--${block.level}`} role={block.level === 'ok' ? undefined : 'status'}>
        Balance now: <strong>{formatMinutes(block.balanceMinutes)}</strong> · {LEVEL_TEXT[block.level]}
      </p>
      <table className="billing-table">
        <caption className="billing__caption">Block-hours statement, {periodLabel(data)}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Movement</th>
            <th scope="col" className="billing-table__num">
              Hours
            </th>
          </tr>
        </thead>
        <tbody>
          <BlockStatementRows statement={s} numberClass="billing-table__num" />
        </tbody>
      </table>
      <form
        className="billing-form__row"
        aria-label="Record a top-up"
        onSubmit={(e) => {
          e.preventDefault();
          void topUp();
        }}
      >
        <label className="billing-form__field">
          <span>Hours bought</span>
          <input className="billing-form__input" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <label className="billing-form__field">
          <span>On</span>
          <input type="date" className="billing-form__input" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <label className="billing-form__field billing-form__field--wide">
          <span>Note (invoice, order…)</span>
          <input className="billing-form__input" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy || hours.trim() === ''}>
          Record top-up
        </button>
      </form>
    </section>
  );
}
