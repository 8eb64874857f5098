import { useEffect, useState } from 'react';
import type { Part } from '../../../../shared/schemas/visit';
import { formatMinor, minorToEntry, parseMoneyEntry } from '../../../../shared/domain/money-entry';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import './job-visits.css';

type Line = { id?: string; name: string; price: string };

const linesOf = (parts: readonly Part[]): Line[] => parts.map((p) => ({ id: p.id, name: p.name, price: minorToEntry(p.unitPriceMinor) }));

/** Why the lines cannot be saved, or null. */
function problemOf(lines: readonly Line[]): string | null {
  const names = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const name = line.name.trim();
    if (name === '') return `Part ${i + 1} needs a name.`;
    if (names.has(name.toLocaleLowerCase())) return `"${name}" is listed twice.`;
    names.add(name.toLocaleLowerCase());
    const price = parseMoneyEntry(line.price);
    if (!price.ok) return `${name}: ${price.message}`;
  }
  return null;
}

/**
 * Settings › Parts: the parts the close-out picks from, with the price charged per unit before
 * tax. Recorded visits keep the name and price they were entered with, so editing or removing a
 * part here never changes work already recorded.
 */
export function PartsSection() {
  const [lines, setLines] = useState<Line[] | null>(null);
  const [saved, setSaved] = useState<Line[]>([]);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void invoke('parts:list', {}).then((r) => {
      if (!r.ok) return setMessage({ tone: 'error', text: describeError('Loading the parts list', r.error) });
      setLines(linesOf(r.value));
      setSaved(linesOf(r.value));
    });
  }, []);

  if (!lines) return <p className="settings__muted">{message?.text ?? 'Loading…'}</p>;
  const dirty = JSON.stringify(lines) !== JSON.stringify(saved);
  const edit = (i: number, patch: Partial<Line>) => {
    setMessage(null);
    setLines(lines.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  };

  async function save() {
    const problem = problemOf(lines ?? []);
    if (problem) return setMessage({ tone: 'error', text: `Not saved: ${problem}` });
    setSaving(true);
    const parts = (lines ?? []).map((l) => ({ ...(l.id ? { id: l.id } : {}), name: l.name.trim(), unitPriceMinor: (parseMoneyEntry(l.price) as { minor: number }).minor }));
    const result = await invoke('parts:set', { parts });
    setSaving(false);
    if (!result.ok) return setMessage({ tone: 'error', text: describeError('Saving the parts list', result.error) });
    setLines(linesOf(result.value));
    setSaved(linesOf(result.value));
    setMessage({ tone: 'ok', text: `Saved ${result.value.length} ${result.value.length === 1 ? 'part' : 'parts'}.` });
  }

  return (
    <div className="parts-settings">
      <p className="settings__intro">
        The parts technicians fit, with the price charged per unit before tax. The close-out grid and the job panel suggest them by name and fill in the price; anything else is
        entered as free text with its own price.
      </p>
      <table className="parts-settings__table">
        <caption className="visually-hidden">Parts list</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Unit price</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const price = parseMoneyEntry(line.price);
            return (
              <tr key={line.id ?? `new-${i}`}>
                <td>
                  <input className="settings__input" maxLength={120} value={line.name} aria-label={`Name of part ${i + 1}`} onChange={(e) => edit(i, { name: e.target.value })} />
                </td>
                <td>
                  <input className="settings__input parts-settings__price" inputMode="decimal" value={line.price} aria-label={`Unit price of ${line.name || `part ${i + 1}`}`}
                    aria-invalid={price.ok ? undefined : true} title={price.ok ? formatMinor(price.minor) : price.message} onChange={(e) => edit(i, { price: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="button" aria-label={`Remove ${line.name || `part ${i + 1}`}`} onClick={() => setLines(lines.filter((_, k) => k !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {lines.length === 0 && <p className="settings__muted">No parts yet.</p>}
      <div className="settings__footer">
        {message && (
          <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <button type="button" className="button" onClick={() => setLines([...lines, { name: '', price: '' }])}>
          Add a part
        </button>
        <button type="button" className="button button--primary" disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save parts list'}
        </button>
      </div>
    </div>
  );
}
