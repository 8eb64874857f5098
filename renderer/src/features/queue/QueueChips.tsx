import type { QueueChips as Chips } from './queue-model';
import type { QueueFocus } from './queue-focus';

type Props = {
  chips: Chips;
  onChange: (chips: Chips) => void;
  zones: readonly string[];
  skills: readonly string[];
  /** The banner's "show exactly these jobs" request, shown as its own clearable chip. */
  focus: QueueFocus | null;
  onClearFocus: () => void;
};

const TOGGLES = [
  { key: 'p1', label: 'P1' },
  { key: 'breached', label: 'Breached' },
  { key: 'atRisk', label: 'At risk' },
] as const;

/** Quick filters over the queue: P1, Breached, At risk, Zone, Skill, and the banner's job list. */
export function QueueChips({ chips, onChange, zones, skills, focus, onClearFocus }: Props) {
  const any = chips.p1 || chips.breached || chips.atRisk || chips.zone !== null || chips.skill !== null;
  return (
    <div className="queue-chips" role="group" aria-label="Quick filters">
      {focus && (
        <span className="queue-chip queue-chip--focus" data-testid="queue-focus-chip">
          {focus.label}
          <button type="button" className="queue-chip__clear" aria-label={`Clear filter: ${focus.label}`} onClick={onClearFocus}>
            ×
          </button>
        </span>
      )}
      {TOGGLES.map((t) => (
        <button
          key={t.key}
          type="button"
          className="queue-chip"
          aria-pressed={chips[t.key]}
          onClick={() => onChange({ ...chips, [t.key]: !chips[t.key] })}
        >
          {t.label}
        </button>
      ))}
      <SelectChip label="Zone" value={chips.zone} choices={zones} onChange={(zone) => onChange({ ...chips, zone })} />
      <SelectChip label="Skill" value={chips.skill} choices={skills} onChange={(skill) => onChange({ ...chips, skill })} />
      {any && (
        <button type="button" className="button button--quiet queue-chips__reset" onClick={() => onChange({ ...chips, p1: false, breached: false, atRisk: false, zone: null, skill: null })}>
          Clear chips
        </button>
      )}
    </div>
  );
}

/** A chip that picks one value or "any". */
function SelectChip({ label, value, choices, onChange }: { label: string; value: string | null; choices: readonly string[]; onChange: (v: string | null) => void }) {
  return (
    <label className={`queue-chip queue-chip--select${value !== null ? ' is-on' : ''}`}>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">any</option>
        {choices.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );
}
