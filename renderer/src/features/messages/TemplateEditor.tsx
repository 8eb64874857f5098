import { useState } from 'react';
import { DEFAULT_TEMPLATES } from '../../../../shared/messages/default-templates';
import { SAMPLE_FIELDS, composeMessage } from '../../../../shared/messages/compose';
import { MESSAGE_FIELDS } from '../../../../shared/messages/fields';
import type { MessageSettingsView } from '../../../../shared/messages/io';
import { MESSAGE_TEMPLATE_IDS, TEMPLATE_LABELS } from '../../../../shared/messages/template-ids';
import type { TemplateId } from '../../../../shared/messages/template-ids';
import type { MessageTemplate } from '../../../../shared/schemas/messages';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SettingsNote } from './SettingsNote';
import type { Note } from './SettingsNote';

type Props = { view: MessageSettingsView; onSaved: (view: MessageSettingsView) => void };

/**
 * Edit one template at a time with a live preview filled with example values (and the shop's
 * sender name). Unknown fields are named as they are typed; the host refuses to save them.
 */
export function TemplateEditor({ view, onSaved }: Props) {
  const [id, setId] = useState<TemplateId>('booking-confirmation');
  const [drafts, setDrafts] = useState<Partial<Record<TemplateId, MessageTemplate>>>({});
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const draft = drafts[id] ?? view.settings.templates[id];
  const dirty = drafts[id] !== undefined;
  const preview = composeMessage(draft, { ...SAMPLE_FIELDS, shopName: view.settings.smtp.fromName || 'Your shop' });

  const edit = (patch: Partial<MessageTemplate>) => {
    setDrafts((d) => ({ ...d, [id]: { ...draft, ...patch } }));
    setNote(null);
  };

  async function save() {
    setBusy(true);
    const result = await invoke('messages:configure', { templates: { [id]: draft } });
    setBusy(false);
    if (!result.ok) {
      setNote({ tone: 'error', text: describeError(`Saving "${TEMPLATE_LABELS[id]}"`, result.error) });
      return;
    }
    setDrafts(({ [id]: _saved, ...rest }) => rest);
    onSaved(result.value);
    setNote({ tone: 'ok', text: `Saved "${TEMPLATE_LABELS[id]}".` });
  }

  return (
    <fieldset className="settings__group template-editor">
      <legend>Message templates</legend>
      <div className="settings__field">
        <label className="settings__label" htmlFor="template-choice">
          Template
        </label>
        <select
          id="template-choice"
          className="settings__input"
          value={id}
          onChange={(e) => {
            setId(e.target.value as TemplateId);
            setNote(null);
          }}
        >
          {MESSAGE_TEMPLATE_IDS.map((t) => (
            <option key={t} value={t}>
              {TEMPLATE_LABELS[t]}
              {drafts[t] ? ' (unsaved)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="settings__field">
        <label className="settings__label" htmlFor="template-subject">
          Subject
        </label>
        <input id="template-subject" className="settings__input" value={draft.subject} onChange={(e) => edit({ subject: e.target.value })} />
      </div>
      <div className="settings__field">
        <label className="settings__label" htmlFor="template-body">
          Text
        </label>
        <textarea id="template-body" className="settings__input" rows={10} value={draft.body} onChange={(e) => edit({ body: e.target.value })} />
      </div>
      {preview.unknown.length > 0 && (
        <p className="settings__error" role="alert">
          Unknown {preview.unknown.length === 1 ? 'field' : 'fields'}: {preview.unknown.map((n) => `{{${n}}}`).join(', ')}. Use one of the fields listed below.
        </p>
      )}
      <h4 className="settings__label" id="template-preview-title">
        Preview (example job)
      </h4>
      <pre className="template-editor__preview" aria-labelledby="template-preview-title" data-testid="template-preview">
        {`Subject: ${preview.subject}\n\n${preview.body}`}
      </pre>
      <details>
        <summary>Fields you can use</summary>
        <ul className="template-editor__fields">
          {Object.entries(MESSAGE_FIELDS).map(([name, text]) => (
            <li key={name}>
              <code>{`{{${name}}}`}</code> {text}
            </li>
          ))}
        </ul>
      </details>
      <div className="settings__footer">
        <SettingsNote note={note} />
        <button type="button" className="button" onClick={() => edit(DEFAULT_TEMPLATES[id])}>
          Restore the standard text
        </button>
        <button type="button" className="button button--primary" disabled={!dirty || busy || preview.unknown.length > 0} onClick={() => void save()}>
          Save template
        </button>
      </div>
    </fieldset>
  );
}
