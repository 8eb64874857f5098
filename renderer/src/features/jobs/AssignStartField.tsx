import { useState } from 'react';
import { dayOf } from '../../../../shared/domain/jobs';
import { useNow } from '../../state/hooks';
import { dayChoices, parseClockInput } from './assign-time';

/** How many days ahead the day list offers (the chosen day is always in it). */
const DAYS_OFFERED = 21;

/**
 * The assign dialog's start: a day (`Mon 7 Dec`) and a 24-hour time (`09:15`), the console's own
 * formats. A `datetime-local` input would show the browser's locale picker instead (12-hour with
 * AM/PM on many systems). `value` is `YYYY-MM-DDTHH:mm`, wall-clock time in the shop's zone;
 * while the typed time is not one, it is the day and `T` alone (which the dialog refuses).
 */
export function AssignStartField({ value, onChange, timeZone }: { value: string; onChange: (value: string) => void; timeZone: string }) {
  const today = dayOf(new Date(useNow()), timeZone);
  const day = value.slice(0, 10) || today;
  const time = value.slice(11, 16);
  // What is typed, until it reads as a time; a new value from outside (a suggestion) replaces it.
  const [typed, setTyped] = useState({ text: time, for: value });
  const text = typed.for === value ? typed.text : time;
  const valid = parseClockInput(text) !== null;

  const change = (nextDay: string, nextText: string) => {
    const joined = `${nextDay}T${parseClockInput(nextText) ?? ''}`;
    setTyped({ text: nextText, for: joined });
    onChange(joined);
  };
  return (
    <div className="job-field job-field--start">
      <label className="job-field__label" htmlFor="assign-day">
        Start day
      </label>
      <select id="assign-day" className="job-input" value={day} onChange={(e) => change(e.target.value, text)}>
        {dayChoices(today, DAYS_OFFERED, day).map((d) => (
          <option key={d.value} value={d.value}>
            {d.label}
          </option>
        ))}
      </select>
      <label className="job-field__label" htmlFor="assign-time">
        Start time (24-hour, {timeZone})
      </label>
      <input
        id="assign-time"
        className="job-input"
        inputMode="numeric"
        autoComplete="off"
        placeholder="HH:mm"
        aria-invalid={text !== '' && !valid}
        value={text}
        onChange={(e) => change(day, e.target.value)}
      />
    </div>
  );
}
