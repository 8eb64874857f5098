import { useEffect, useState } from 'react';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import { invoke, on } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SlaPolicyEditor } from './SlaPolicyEditor';
import { draftOf } from './sla-form';
import type { SlaDraft } from './sla-form';

/**
 * SLA tiers: pick one, edit its targets, business hours and holidays, save. Drafts are kept per
 * tier while the dialog is open, so switching tiers loses nothing; a tier saved on another screen
 * refreshes here unless it has unsaved edits.
 */
export function SlaPoliciesSection() {
  const [policies, setPolicies] = useState<SlaPolicy[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, SlaDraft>>({});

  useEffect(() => {
    let live = true;
    const load = () =>
      invoke('sla:list', {}).then((result) => {
        if (!live) return;
        if (!result.ok) {
          setLoadError(describeError('Loading the SLA tiers', result.error));
          return;
        }
        setLoadError(null);
        setPolicies(result.value);
        setSelected((current) => current ?? result.value[0]?.id ?? null);
      });
    void load();
    // sla:set announces itself as a settings change.
    const off = on('settings:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);

  if (loadError) return <p className="settings__error" role="alert">{loadError}</p>;
  if (!policies) return <p className="settings__muted">Loading the SLA tiers…</p>;
  if (policies.length === 0) return <p className="settings__muted">There are no SLA tiers in this data file.</p>;
  const policy = policies.find((p) => p.id === selected) ?? policies[0]!;

  return (
    <div className="sla-settings">
      <p className="settings__intro">
        Each client is on one tier. Due times count business hours only and skip holidays.{' '}
        <strong>Changes apply to jobs created after you save</strong>; due times already promised on open jobs stay as they are.
      </p>
      <div className="sla-settings__tiers" role="radiogroup" aria-label="SLA tier">
        {policies.map((p) => (
          <button
            key={p.id}
            type="button"
            role="radio"
            aria-checked={p.id === policy.id}
            className="sla-settings__tier"
            onClick={() => setSelected(p.id)}
          >
            {p.name}
            {drafts[p.id] && <span className="sla-settings__dot" title="Unsaved changes" aria-label="(unsaved changes)" />}
          </button>
        ))}
      </div>
      <SlaPolicyEditor
        key={policy.id}
        policy={policy}
        draft={drafts[policy.id] ?? draftOf(policy)}
        dirty={drafts[policy.id] !== undefined}
        onDraft={(draft) => setDrafts((all) => ({ ...all, [policy.id]: draft }))}
        onSaved={(saved) => {
          setPolicies((all) => all && all.map((p) => (p.id === saved.id ? saved : p)));
          setDrafts(({ [saved.id]: _, ...rest }) => rest);
        }}
        onDiscard={() => setDrafts(({ [policy.id]: _, ...rest }) => rest)}
      />
    </div>
  );
}
