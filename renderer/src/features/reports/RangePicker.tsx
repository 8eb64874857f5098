import { useState } from 'react';
import type { FormEvent } from 'react';
import { PRESETS, presetOf, presetRange, rangeProblem } from './report-range';
import type { Range } from './report-range';

type Props = { range: Range; today: string; onChange: (range: Range) => void };

/** The range every report is computed over: three presets as buttons, or any from–to applied with Enter. */
export function RangePicker({ range, today, onChange }: Props) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problem, setProblem] = useState<string | null>(null);
  const active = presetOf(range, today);
  // A preset chosen (or Back pressed) shows its days in the custom fields too.
  const [shown, setShown] = useState(range);
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setFrom(range.from);
    setTo(range.to);
    setProblem(null);
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const why = rangeProblem(from, to, today);
    setProblem(why);
    if (!why) onChange({ from, to });
  };

  return (
    <form className="report-range" onSubmit={apply} aria-label="Date range">
      <div className="report-range__presets" role="group" aria-label="Preset ranges">
        {PRESETS.map((p) => (
          <button key={p.name} type="button" className="button report-range__preset" aria-pressed={active === p.name} onClick={() => onChange(presetRange(p.name, today))}>
            {p.label}
          </button>
        ))}
      </div>
      <label className="report-range__field">
        <span>From</span>
        <input type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} aria-invalid={problem !== null} />
      </label>
      <label className="report-range__field">
        <span>To</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={problem !== null} />
      </label>
      <button type="submit" className="button">
        Show
      </button>
      {problem && (
        <span className="report-range__problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
