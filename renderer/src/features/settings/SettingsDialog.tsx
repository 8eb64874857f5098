import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { trapTab, useModalDialog } from '../jobs/use-modal-dialog';
import { settingsSections } from './settings-sections';
import './settings.css';

type Props = { onClose: () => void; initialSection?: string };

/**
 * The Settings dialog: one tab per section (see settings-sections.ts), the chosen section beside.
 * Each section saves on its own, so a half-edited SLA tier never blocks turning intake on.
 */
export function SettingsDialog({ onClose, initialSection }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [active, setActive] = useState(initialSection ?? settingsSections[0]?.id ?? '');
  useModalDialog(dialog);
  const section = settingsSections.find((s) => s.id === active) ?? settingsSections[0];

  // Arrow keys move between tabs, as in any tab list.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = settingsSections.findIndex((s) => s.id === active);
    const next = settingsSections[(index + (event.key === 'ArrowDown' ? 1 : settingsSections.length - 1)) % settingsSections.length];
    if (!next) return;
    setActive(next.id);
    document.getElementById(`settings-tab-${next.id}`)?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog settings"
      aria-labelledby="settings-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
    >
      <header className="settings__header">
        <h2 id="settings-title">Settings</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="settings__body">
        <div className="settings__tabs" role="tablist" aria-orientation="vertical" aria-label="Settings sections" onKeyDown={onTabKey}>
          {settingsSections.map((s) => (
            <button
              key={s.id}
              id={`settings-tab-${s.id}`}
              type="button"
              role="tab"
              className="settings__tab"
              aria-selected={s.id === section?.id}
              aria-controls={`settings-panel-${s.id}`}
              tabIndex={s.id === section?.id ? 0 : -1}
              onClick={() => setActive(s.id)}
            >
              {s.title}
            </button>
          ))}
        </div>
        {section && (
          <div className="settings__panel" role="tabpanel" id={`settings-panel-${section.id}`} aria-labelledby={`settings-tab-${section.id}`}>
            <section.Component />
          </div>
        )}
      </div>
    </dialog>
  );
}
