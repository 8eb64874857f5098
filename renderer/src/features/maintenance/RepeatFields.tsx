import type { Pattern, PatternKind } from './rule-patterns';
import { NTH_NAMES, PATTERN_LABELS, WEEKDAY_NAMES } from './rule-patterns';

type Props = { pattern: Pattern; onChange: (pattern: Pattern) => void; error: string | undefined };

const UNIT: Partial<Record<PatternKind, [string, string]>> = {
  weekly: ['week', 'weeks'],
  'monthly-day': ['month', 'months'],
  'monthly-weekday': ['month', 'months'],
  yearly: ['year', 'years'],
};

/** "How often": a pattern and its few choices, or a custom RFC 5545 rule. */
export function RepeatFields({ pattern, onChange, error }: Props) {
  const set = (patch: Partial<Pattern>) => onChange({ ...pattern, ...patch });
  const unit = UNIT[pattern.kind];
  return (
    <fieldset className="mp-fieldset">
      <legend>How often</legend>
      <label className="mp-field">
        <span className="mp-field__label">Repeat</span>
        <select className="mp-input" value={pattern.kind} onChange={(e) => set({ kind: e.target.value as PatternKind })} aria-invalid={error ? true : undefined}>
          {(Object.keys(PATTERN_LABELS) as PatternKind[]).map((k) => (
            <option key={k} value={k}>
              {PATTERN_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {unit && (
        <label className="mp-field mp-field--narrow">
          <span className="mp-field__label">Every</span>
          <span className="mp-inline">
            <input
              className="mp-input mp-input--number"
              type="number"
              min={1}
              max={99}
              value={pattern.interval}
              onChange={(e) => set({ interval: Math.max(1, Math.min(99, Number(e.target.value) || 1)) })}
            />
            {pattern.interval === 1 ? unit[0] : unit[1]}
          </span>
        </label>
      )}
      {pattern.kind === 'weekly' && (
        <div className="mp-days" role="group" aria-label="On these days">
          {WEEKDAY_NAMES.map((name, day) => (
            <label key={name} className="mp-day">
              <input
                type="checkbox"
                checked={pattern.weekdays.includes(day)}
                onChange={(e) => set({ weekdays: e.target.checked ? [...pattern.weekdays, day] : pattern.weekdays.filter((d) => d !== day) })}
              />
              {name.slice(0, 3)}
            </label>
          ))}
        </div>
      )}
      {pattern.kind === 'monthly-day' && (
        <label className="mp-field">
          <span className="mp-field__label">On day</span>
          <select className="mp-input" value={pattern.monthDay} onChange={(e) => set({ monthDay: Number(e.target.value) })}>
            {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {d > 28 ? `${d} (or the last day of a shorter month)` : d}
              </option>
            ))}
            <option value={-1}>the last day of the month</option>
          </select>
        </label>
      )}
      {pattern.kind === 'monthly-weekday' && (
        <span className="mp-inline">
          <label className="mp-field">
            <span className="mp-field__label">On the</span>
            <select className="mp-input" value={pattern.nth} onChange={(e) => set({ nth: Number(e.target.value) })}>
              {NTH_NAMES.map(([n, name]) => (
                <option key={n} value={n}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="mp-field">
            <span className="mp-field__label">Weekday</span>
            <select className="mp-input" value={pattern.weekday} onChange={(e) => set({ weekday: Number(e.target.value) })}>
              {WEEKDAY_NAMES.map((name, day) => (
                <option key={name} value={day}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </span>
      )}
      {pattern.kind === 'custom' && (
        <label className="mp-field mp-field--wide">
          <span className="mp-field__label">Rule (RFC 5545 RRULE, days only)</span>
          <input
            className="mp-input mono"
            value={pattern.custom}
            placeholder="FREQ=MONTHLY;BYDAY=+1TU"
            maxLength={300}
            onChange={(e) => set({ custom: e.target.value.toUpperCase() })}
            aria-invalid={error ? true : undefined}
          />
        </label>
      )}
    </fieldset>
  );
}
