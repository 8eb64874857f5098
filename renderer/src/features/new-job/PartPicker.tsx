import { forwardRef, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';

/** A site or contact as the picker shows it. */
export type PartOption = { id: string; label: string; detail?: string };

type Props = {
  /** "site" or "contact": used in labels ("Add new site…"). */
  noun: 'site' | 'contact';
  label: string;
  options: readonly PartOption[];
  value: string | null;
  disabled: boolean;
  onChange: (id: string | null) => void;
  /** Create one with the typed name and second field; resolves to its id, or an error sentence. */
  onCreate: (name: string, extra: string) => Promise<{ ok: true; id: string } | { ok: false; message: string }>;
  /** The label of the second field in "add new" (address, phone). */
  extraLabel: string;
};

const ADD = '__add__';

/**
 * A select of the client's sites (or contacts) with "Add new…" at the end, which opens two inline
 * fields and an Add button; Enter in them adds, Escape goes back to the list.
 */
export const PartPicker = forwardRef<HTMLSelectElement, Props>(function PartPicker(
  { noun, label, options, value, disabled, onChange, onCreate, extraLabel },
  ref,
) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (busy) return;
    if (name.trim() === '') {
      setError(`Type the ${noun}'s name.`);
      return;
    }
    setBusy(true);
    const result = await onCreate(name.trim(), extra.trim());
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onChange(result.id);
    setAdding(false);
    setName('');
    setExtra('');
    setError(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void add();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setAdding(false);
      setError(null);
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-select`}>
        {label}
      </label>
      <select
        ref={ref}
        id={`${id}-select`}
        className="field__input"
        disabled={disabled}
        value={adding ? ADD : (value ?? '')}
        onChange={(e) => {
          if (e.target.value === ADD) {
            setAdding(true);
            return;
          }
          setAdding(false);
          onChange(e.target.value === '' ? null : e.target.value);
        }}
      >
        <option value="">{disabled ? 'Pick the client first' : `No ${noun}`}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.detail ? `${o.label} (${o.detail})` : o.label}
          </option>
        ))}
        {!disabled && <option value={ADD}>+ Add new {noun}…</option>}
      </select>
      {adding && (
        <div className="part-add" role="group" aria-label={`New ${noun}`}>
          <input
            className="field__input"
            aria-label={`New ${noun} name`}
            placeholder="Name"
            value={name}
            autoFocus
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <input
            className="field__input"
            aria-label={`New ${noun} ${extraLabel.toLowerCase()}`}
            placeholder={extraLabel}
            value={extra}
            maxLength={noun === 'site' ? 400 : 40}
            onChange={(e) => setExtra(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button" disabled={busy} onClick={() => void add()}>
            {busy ? 'Adding…' : `Add ${noun}`}
          </button>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
});
