import type { FieldIssue } from '../../../../shared/schemas/issues';
import { describeDays, issueAt, WEEKDAYS } from './sla-form';
import type { HoursDraft } from './sla-form';

type Props = {
  idPrefix: string;
  hours: HoursDraft[];
  issues: readonly FieldIssue[];
  onChange: (hours: HoursDraft[]) => void;
};

/** When the SLA clock runs: intervals of weekdays with a start and end time (shop time). */
export function BusinessHoursEditor({ idPrefix, hours, issues, onChange }: Props) {
  const update = (index: number, patch: Partial<HoursDraft>) => onChange(hours.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  const listError = issueAt(issues, 'businessHours') && !issues.some((i) => i.path.startsWith('businessHours.'));

  return (
    <fieldset className="settings__group">
      <legend>Business hours (the clock stands still outside them)</legend>
      {hours.map((h, index) => {
        const path = `businessHours.${index}`;
        const error = issueAt(issues, path);
        return (
          <div key={index} className="hours-row" role="group" aria-label={`Interval ${index + 1}: ${describeDays(h.days)}`}>
            <div className="hours-row__days">
              {WEEKDAYS.map((w) => (
                <label key={w.day} className="day-toggle" title={w.long}>
                  <input
                    type="checkbox"
                    checked={h.days.includes(w.day)}
                    aria-label={`${w.long}, interval ${index + 1}`}
                    onChange={(e) => update(index, { days: e.target.checked ? [...h.days, w.day] : h.days.filter((d) => d !== w.day) })}
                  />
                  <span>{w.short}</span>
                </label>
              ))}
            </div>
            <input
              id={`${idPrefix}-hours-${index}-start`}
              type="time"
              className="settings__input"
              aria-label={`Opens, interval ${index + 1}`}
              value={h.start}
              onChange={(e) => update(index, { start: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              // 24:00 (end of day) is valid for the SLA clock but not in a time input: show it as text.
              type={h.end === '24:00' ? 'text' : 'time'}
              className="settings__input"
              aria-label={`Closes, interval ${index + 1}`}
              value={h.end}
              onChange={(e) => update(index, { end: e.target.value })}
            />
            <button type="button" className="button button--quiet" onClick={() => onChange(hours.filter((_, i) => i !== index))}>
              Remove
            </button>
            {error && <span className="settings__field-error hours-row__error">{error}</span>}
          </div>
        );
      })}
      {listError && <p className="settings__field-error">{issueAt(issues, 'businessHours')}</p>}
      <button type="button" className="button" onClick={() => onChange([...hours, { days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }])}>
        Add interval
      </button>
    </fieldset>
  );
}
