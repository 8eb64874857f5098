import { useEffect, useId, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import { useConsoleState } from '../../state/hooks';
import { failureText } from './board-messages';
import { getBoardSession } from './board-session';
import { setLayoutPrefs, useLayoutPrefs } from '../../app/layout-prefs';
import type { DensityChoice } from '../../app/layout-prefs';

const DENSITY_CHOICES: readonly { value: DensityChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic (fit the window)' },
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
];

/**
 * "Board options" in the header: how the board treats overlapping bookings. Warn (default) books
 * the job and marks it; block refuses the overlap. Saved in the shop's settings, so every window
 * and the host's own checks follow it. The row density is this window's own choice (layout-prefs, row-density).
 */
export function BoardOptions() {
  const policy = useConsoleState((s) => s.settings?.overlapPolicy ?? null);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  // The box follows the click at once; the stored setting takes over when it comes back.
  const [asked, setAsked] = useState<{ block: boolean; from: typeof policy } | null>(null);
  const checked = asked && asked.from === policy ? asked.block : policy === 'block';
  const { density } = useLayoutPrefs();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const setBlocking = async (block: boolean) => {
    setAsked({ block, from: policy });
    setSaving(true);
    const result = await invoke('settings:set', { overlapPolicy: block ? 'block' : 'warn' });
    setSaving(false);
    if (!result.ok) {
      setAsked(null);
      getBoardSession().toast({ tone: 'error', text: failureText('Saving the board options', result.error), details: [], actions: [] });
    }
    // On success the host pushes `settings:changed` and the checkbox follows the stored setting.
  };

  return (
    <div className="board-options" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        Board options
      </button>
      {open && (
        <div className="board-options__menu" id={menuId} role="group" aria-label="Board options">
          <label className="board-options__item">
            <input
              type="checkbox"
              checked={checked}
              disabled={policy === null || saving}
              onChange={(e) => void setBlocking(e.target.checked)}
            />
            Block overlapping jobs
          </label>
          <p className="board-options__hint">
            When off, an overlapping booking is made and marked ⚠. When on, it is refused.
          </p>
          <fieldset className="board-options__density">
            <legend>Rows</legend>
            {DENSITY_CHOICES.map(({ value, label }) => (
              <label key={value} className="board-options__item">
                <input type="radio" name={`${menuId}-density`} checked={density === value} onChange={() => setLayoutPrefs({ density: value })} />
                {label}
              </label>
            ))}
          </fieldset>
          <p className="board-options__hint">Compact: one line per technician, job and queue row, to see more at once. Automatic turns it on when the technicians would not fit. This window only.</p>
        </div>
      )}
    </div>
  );
}
