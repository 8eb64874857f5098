import { useEffect, useMemo, useRef, useState } from 'react';
import { useRegisterCommand } from '../../commands/CommandsProvider';
import type { Command } from '../../commands/registry';
import type { ComposedMessage, SendOutcome } from '../../../../shared/messages/io';
import { MESSAGE_TEMPLATE_IDS, TEMPLATE_LABELS } from '../../../../shared/messages/template-ids';
import type { TemplateId } from '../../../../shared/messages/template-ids';
import type { Job } from '../../../../shared/schemas/job';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { useConsoleState, useConsoleStore, useNow } from '../../state/hooks';
import { trapTab, useModalDialog } from '../jobs/use-modal-dialog';
import { clipboardText, defaultLateTime, describeMissing, suggestedTemplate } from './message-model';
import './messages.css';

type Props = { job: Job; onClose: () => void };

type Status = { tone: 'busy' | 'error' | 'ok'; text: string } | null;

/**
 * Write to the customer about one job: pick the message, check (and edit) the recipient, subject
 * and text, then send it through the shop's SMTP server or copy it. A failed send stays open with
 * the reason and a Retry; a sent one closes with a notice, and both are in the job's history.
 */
export function MessageDialog({ job, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  useModalDialog(dialog, first, job.id);
  const store = useConsoleStore();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const now = useNow();
  const [template, setTemplate] = useState<TemplateId>(() => suggestedTemplate(job));
  const [lateTime, setLateTime] = useState(() => defaultLateTime(job, new Date(now), timeZone));
  const [composed, setComposed] = useState<ComposedMessage | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [failed, setFailed] = useState<SendOutcome | null>(null);
  // Escape closes this dialog only: registered after the job panel's, so it wins while open.
  const closeCommand = useMemo<Command>(
    () => ({ id: 'close-panel', label: 'Close', shortcut: 'Esc', allowInTextFields: true, matchesKey: (e) => e.key === 'Escape', run: onClose }),
    [onClose],
  );
  useRegisterCommand(closeCommand);

  // Compose again when the message or the new arrival time changes; what was typed in "To" stays.
  useEffect(() => {
    let current = true;
    const validTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(lateTime);
    void invoke('messages:compose', { jobId: job.id, template, ...(template === 'running-late' && validTime ? { newArrivalTime: lateTime } : {}) }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setStatus({ tone: 'error', text: describeError('Preparing the message', result.error) });
        return;
      }
      setComposed(result.value);
      setSubject(result.value.subject);
      setBody(result.value.body);
      setFailed(null);
      setStatus(null);
    });
    return () => {
      current = false;
    };
  }, [job.id, template, lateTime]);

  const recipient = to ?? composed?.to ?? '';
  const ready = composed !== null && recipient.trim() !== '' && subject.trim() !== '' && body.trim() !== '';

  async function send() {
    setStatus({ tone: 'busy', text: `Sending to ${recipient}…` });
    const result = await invoke('messages:send', { jobId: job.id, template, to: recipient.trim(), subject, body });
    if (!result.ok) {
      setStatus({ tone: 'error', text: describeError('Sending the message', result.error) });
      return;
    }
    if (result.value.sent) {
      store.notify('info', `${TEMPLATE_LABELS[template]} for ${job.number} sent to ${result.value.to}.`);
      onClose();
      return;
    }
    setFailed(result.value);
    setStatus({ tone: 'error', text: `Not sent: ${result.value.message}` });
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(clipboardText(subject, body));
      setStatus({ tone: 'ok', text: 'Copied the subject and text. Paste them into your e-mail or text message.' });
    } catch {
      setStatus({ tone: 'error', text: 'Could not copy: this browser did not allow it. Select the text and copy it by hand.' });
    }
  }

  return (
    <dialog
      ref={dialog}
      className="modal-dialog message-dialog"
      aria-labelledby="message-dialog-title"
      onKeyDown={trapTab}
      // Escape is the `close-panel` command above, not the browser's own close.
      onCancel={(e) => e.preventDefault()}
    >
      <form
        className="message-dialog__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && status?.tone !== 'busy') void send();
        }}
      >
        <h2 id="message-dialog-title">Message to customer · {job.number}</h2>
        <div className="field">
          <label className="field__label" htmlFor="message-template">
            Message
          </label>
          <select id="message-template" ref={first} className="field__input" value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
            {MESSAGE_TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {TEMPLATE_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        {template === 'running-late' && (
          <label className="field">
            <span className="field__label">New arrival time</span>
            <input className="field__input" type="time" value={lateTime} onChange={(e) => setLateTime(e.target.value)} required />
          </label>
        )}
        <div className="field field--wide">
          <label className="field__label" htmlFor="message-to">
            To
          </label>
          <input id="message-to" className="field__input" type="email" value={recipient} onChange={(e) => setTo(e.target.value)} placeholder="name@example.com" required />
        </div>
        {composed && composed.to === '' && to === null && <p className="message-dialog__note">The job's contact has no e-mail address: type one, or copy the text.</p>}
        <div className="field field--wide">
          <label className="field__label" htmlFor="message-subject">
            Subject
          </label>
          <input id="message-subject" className="field__input" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} required />
        </div>
        {/* Labelled by id: a label wrapped around a text area would take its whole text into its name. */}
        <div className="field field--wide">
          <label className="field__label" htmlFor="message-body">
            Text
          </label>
          <textarea id="message-body" className="field__input message-dialog__body" rows={12} value={body} onChange={(e) => setBody(e.target.value)} required />
        </div>
        {composed && composed.missing.length > 0 && (
          <p className="message-dialog__note">Nothing to fill in for: {describeMissing(composed.missing)}. Check the text before sending.</p>
        )}
        {status && (
          <p className={`message-dialog__status message-dialog__status--${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
        <div className="message-dialog__footer">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button" disabled={composed === null} onClick={() => void copy()}>
            Copy text
          </button>
          <button type="submit" className="button button--primary" disabled={!ready || status?.tone === 'busy'}>
            {status?.tone === 'busy' ? 'Sending…' : failed ? 'Retry sending' : 'Send e-mail'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
