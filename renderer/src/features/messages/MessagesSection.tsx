import { useEffect, useState } from 'react';
import type { MessageSettingsView } from '../../../../shared/messages/io';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SmtpSettingsForm } from './SmtpSettingsForm';
import { TemplateEditor } from './TemplateEditor';
import './messages.css';

/** Settings → Messages: how customer e-mails leave the shop, and what they say. */
export function MessagesSection() {
  const [view, setView] = useState<MessageSettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void invoke('messages:settings', {}).then((result) => {
      if (result.ok) setView(result.value);
      else setError(describeError('Loading the message settings', result.error));
    });
  }, []);

  if (error) return <p className="settings__error" role="alert">{error}</p>;
  if (!view) return <p className="settings__muted">Loading…</p>;
  return (
    <div className="messages-settings">
      <p className="settings__intro">
        Booking confirmations, "on the way", "running late", "visit completed" and maintenance reminders go to the job's contact from the
        job panel or a board event. They are sent through your own mail server, and every message is written in the job's history.
      </p>
      <SmtpSettingsForm view={view} onSaved={setView} />
      <TemplateEditor view={view} onSaved={setView} />
    </div>
  );
}
