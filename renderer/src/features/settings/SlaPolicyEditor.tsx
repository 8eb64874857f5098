import { useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldIssue } from '../../../../shared/schemas/issues';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import { invoke } from '../../api/client';
import { PriorityBadge } from '../../app/PriorityBadge';
import { describeError } from '../../lib/error-text';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import { HolidaysEditor } from './HolidaysEditor';
import { describeMinutes, issueAt, policyFromDraft, PRIORITIES } from './sla-form';
import type { SlaDraft } from './sla-form';

type Props = {
  policy: SlaPolicy;
  draft: SlaDraft;
  dirty: boolean;
  onDraft: (draft: SlaDraft) => void;
  onSaved: (policy: SlaPolicy) => void;
  onDiscard: () => void;
};

/** One tier: name, response/resolution minutes per priority, business hours, holidays. */
export function SlaPolicyEditor({ policy, draft, dirty, onDraft, onSaved, onDiscard }: Props) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = (next: SlaDraft) => {
    setMessage(null);
    onDraft(next);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = policyFromDraft(policy.id, draft);
    if (!checked.ok) {
      setIssues(checked.issues);
      setMessage({ tone: 'error', text: 'Not saved: fix the fields marked below.' });
      return;
    }
    setSaving(true);
    const result = await invoke('sla:set', checked.policy);
    setSaving(false);
    if (!result.ok) {
      setIssues(result.error.issues ?? []);
      setMessage({ tone: 'error', text: describeError('Saving the SLA tier', result.error) });
      return;
    }
    setIssues([]);
    setMessage({ tone: 'ok', text: `Saved "${result.value.name}". New jobs for its clients use these targets.` });
    onSaved(result.value);
  }

  const target = (p: (typeof PRIORITIES)[number], kind: 'response' | 'resolution') => {
    const path = `targets.${p}.${kind}Minutes`;
    const error = issueAt(issues, path);
    const id = `sla-${policy.id}-${p}-${kind}`;
    return (
      <td>
        <input
          id={id}
          className="settings__input settings__input--minutes"
          inputMode="numeric"
          aria-label={`${p} ${kind} minutes`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={draft.targets[p][kind]}
          onChange={(e) => edit({ ...draft, targets: { ...draft.targets, [p]: { ...draft.targets[p], [kind]: e.target.value } } })}
        />
        <span className="settings__hint">{describeMinutes(draft.targets[p][kind])}</span>
        {error && (
          <span id={`${id}-error`} className="settings__field-error">
            {error}
          </span>
        )}
      </td>
    );
  };

  return (
    <form className="sla-editor" onSubmit={(e) => void save(e)} noValidate aria-label={`SLA tier ${policy.name}`}>
      <label className="settings__field">
        <span className="settings__label">Tier name</span>
        <input
          className="settings__input"
          value={draft.name}
          aria-invalid={issueAt(issues, 'name') ? true : undefined}
          onChange={(e) => edit({ ...draft, name: e.target.value })}
        />
        {issueAt(issues, 'name') && <span className="settings__field-error">{issueAt(issues, 'name')}</span>}
      </label>

      <table className="sla-editor__targets">
        <caption>Targets in business minutes</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Respond within</th>
            <th scope="col">Resolve within</th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((p) => (
            <tr key={p}>
              <th scope="row">
                <PriorityBadge priority={p} />
              </th>
              {target(p, 'response')}
              {target(p, 'resolution')}
            </tr>
          ))}
        </tbody>
      </table>

      <BusinessHoursEditor
        idPrefix={`sla-${policy.id}`}
        hours={draft.hours}
        issues={issues}
        onChange={(hours) => edit({ ...draft, hours })}
      />
      <HolidaysEditor holidays={draft.holidays} issues={issues} onChange={(holidays) => edit({ ...draft, holidays })} />

      <footer className="settings__footer">
        {message && (
          <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <button
          type="button"
          className="button"
          disabled={!dirty || saving}
          onClick={() => {
            setIssues([]);
            setMessage(null);
            onDiscard();
          }}
        >
          Discard changes
        </button>
        <button type="submit" className="button button--primary" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save tier'}
        </button>
      </footer>
    </form>
  );
}
