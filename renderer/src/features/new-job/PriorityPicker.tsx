import { forwardRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Priority } from '../../../../shared/schemas/common';

const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];
const MEANING: Readonly<Record<Priority, string>> = { P1: 'critical', P2: 'high', P3: 'normal', P4: 'low' };

/**
 * Priority as a radio group (one tab stop): type 1–4 or use the arrows. A digit is the fastest
 * way to say "P1" while the caller is still talking.
 */
export const PriorityPicker = forwardRef<HTMLDivElement, { value: Priority; onChange: (p: Priority) => void }>(
  function PriorityPicker({ value, onChange }, ref) {
    const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      const index = PRIORITIES.indexOf(value);
      let next: Priority | undefined;
      if (/^[1-4]$/.test(e.key)) next = PRIORITIES[Number(e.key) - 1];
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = PRIORITIES[Math.min(3, index + 1)];
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = PRIORITIES[Math.max(0, index - 1)];
      if (!next) return;
      e.preventDefault();
      onChange(next);
      // Keep focus on the chosen option, as a native radio group does, within this key press: a
      // focus moved a frame later would pull back keys typed after it (Tab, then the category).
      e.currentTarget.querySelectorAll<HTMLElement>('[role="radio"]')[PRIORITIES.indexOf(next)]?.focus();
    };
    return (
      <div ref={ref} role="radiogroup" aria-label="Priority (type 1 to 4)" className="priority-picker" onKeyDown={onKeyDown}>
        {PRIORITIES.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={p === value}
            tabIndex={p === value ? 0 : -1}
            className={`priority-picker__option priority-picker__option--${p.toLowerCase()}`}
            onClick={() => onChange(p)}
          >
            <strong>{p}</strong> {MEANING[p]}
          </button>
        ))}
      </div>
    );
  },
);
