import { useState } from 'react';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import { issueAt } from './sla-form';
import { PublicHolidays } from './PublicHolidays';

type Props = {
  holidays: string[];
  issues: readonly FieldIssue[];
  onChange: (holidays: string[]) => void;
};

/** Days the SLA clock does not run at all (shop time zone), in date order. */
export function HolidaysEditor({ holidays, issues, onChange }: Props) {
  const [day, setDay] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [offering, setOffering] = useState(false);
  const sorted = [...holidays].sort();

  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setError('Pick a date first.');
      return;
    }
    if (holidays.includes(day)) {
      setError(`${day} is already listed.`);
      return;
    }
    setError(null);
    onChange([...holidays, day]);
    setDay('');
  };

  return (
    <fieldset className="settings__group">
      <legend>Holidays (the clock does not run)</legend>
      {sorted.length === 0 ? (
        <p className="settings__muted">No holidays.</p>
      ) : (
        <ul className="holiday-list">
          {sorted.map((d) => (
            <li key={d}>
              <span className="mono">{d}</span>
              <button type="button" className="button button--quiet" aria-label={`Remove holiday ${d}`} onClick={() => onChange(holidays.filter((h) => h !== d))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {issueAt(issues, 'holidays') && <p className="settings__field-error">{issueAt(issues, 'holidays')}</p>}
      <div className="holiday-add">
        <input
          type="date"
          className="settings__input"
          aria-label="Holiday date"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          Add holiday
        </button>
        {error && <span className="settings__field-error">{error}</span>}
        <button type="button" className="button" aria-expanded={offering} onClick={() => setOffering((v) => !v)}>
          {offering ? 'Hide public holidays' : 'Add public holidays…'}
        </button>
      </div>
      {offering && <PublicHolidays holidays={holidays} onChange={onChange} />}
    </fieldset>
  );
}
