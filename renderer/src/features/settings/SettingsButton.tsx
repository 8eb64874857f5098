import { useState } from 'react';
import { SettingsDialog } from './SettingsDialog';
import './settings.css';

/** The header's "Settings" button and the dialog it opens (focus returns to the button on close). */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* An icon keeps the crowded header on one line at 1280 px; the name is still "Settings". */}
      <button
        type="button"
        className="button button--icon settings-button"
        aria-haspopup="dialog"
        aria-label="Settings"
        title="Settings: SLA tiers, alerts, intake API"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
