import { useEffect, useState } from 'react';
import type { Job } from '../../../../shared/schemas/job';
import type { Part } from '../../../../shared/schemas/visit';
import { dayOf } from '../../../../shared/domain/jobs';
import { OUTCOME_LABELS, partAmountMinor, visitMinutes } from '../../../../shared/domain/visits';
import { formatMinor } from '../../../../shared/domain/money-entry';
import { invoke, on } from '../../api/client';
import { formatClock, formatDayTime, formatMinutes } from '../../lib/format';
import { useConsoleState, useConsoleStore, useNow } from '../../state/hooks';
import type { JobUpdates } from '../jobs/use-live-job';
import { useTechnicians } from '../jobs/use-live-job';
import { JobVisitForm } from './JobVisitForm';
import './job-visits.css';

/** The shop's parts list, kept current (it changes with the settings). */
function useParts(): Part[] {
  const [parts, setParts] = useState<Part[]>([]);
  useEffect(() => {
    const load = () => void invoke('parts:list', {}).then((r) => r.ok && setParts(r.value));
    load();
    const stops = [on('settings:changed', load), on('data:reset', load)];
    return () => stops.forEach((stop) => stop());
  }, []);
  return parts;
}

/**
 * The job's visits as closed out (times, travel, work, parts, signature, outcome), and the form to
 * record another or correct one. A billed visit is shown but cannot be edited.
 */
export function JobVisits({ job, live }: { job: Job; live: JobUpdates }) {
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const technicians = useTechnicians();
  const parts = useParts();
  const store = useConsoleStore();
  const today = dayOf(new Date(useNow()), timeZone);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const nameOf = (id: string) => technicians?.find((t) => t.id === id)?.name ?? 'A removed technician';
  const numberOf = (id: string) => store.jobs.get(id)?.number ?? 'the follow-up job';
  const original = job.followUpOf ? store.jobs.get(job.followUpOf) : undefined;

  return (
    <section className="job-section" aria-labelledby="job-visits-title">
      <h3 id="job-visits-title" className="job-section__title">
        Visits
      </h3>
      {job.followUpOf && <p className="job-muted">Follow-up to {original?.number ?? 'an earlier job'}.</p>}
      {job.visits.length === 0 && <p className="job-muted">No visit closed out yet.</p>}
      <ul className="job-visits">
        {job.visits.map((v) => {
          const partsTotal = v.parts.reduce((sum, p) => sum + partAmountMinor(p), 0);
          return (
            <li key={v.id} className="job-visits__item">
              <p className="job-visits__line">
                <strong>{formatDayTime(v.arrivedAt, timeZone)}–{formatClock(v.departedAt, timeZone)}</strong> {nameOf(v.technicianId)} · {formatMinutes(visitMinutes(v))} on site · {v.travelMinutes} min travel ·{' '}
                {OUTCOME_LABELS[v.outcome]}
                {v.followUpJobId && ` (${numberOf(v.followUpJobId)})`}
              </p>
              {v.workDone && <p className="job-visits__work">{v.workDone}</p>}
              {v.parts.length > 0 && (
                <p className="job-visits__parts">
                  Parts: {v.parts.map((p) => `${p.quantity} × ${p.description} at ${formatMinor(p.unitPriceMinor)}`).join('; ')} = {formatMinor(partsTotal)}
                </p>
              )}
              {v.signedBy && <p className="job-muted">Signed by {v.signedBy}</p>}
              {v.billedBatchId ? (
                <p className="job-visits__billed">Billed: this visit can no longer change.</p>
              ) : (
                editing === null && (
                  <button type="button" className="button" onClick={() => setEditing(v.id)} aria-label={`Correct the visit of ${dayOf(new Date(v.arrivedAt), timeZone)}`}>
                    Correct…
                  </button>
                )
              )}
              {editing === v.id && technicians && (
                <JobVisitForm job={job} visit={v} parts={parts} technicians={technicians} timeZone={timeZone} today={today} live={live}
                  onDone={(text) => { setEditing(null); setNote(text); }} onCancel={() => setEditing(null)} />
              )}
            </li>
          );
        })}
      </ul>
      {note && (
        <p className="job-muted" role="status">
          {note}
        </p>
      )}
      {editing === 'new' && technicians ? (
        <JobVisitForm job={job} visit={null} parts={parts} technicians={technicians} timeZone={timeZone} today={today} live={live}
          onDone={(text) => { setEditing(null); setNote(text); }} onCancel={() => setEditing(null)} />
      ) : (
        job.status !== 'cancelled' && editing === null && (
          <div className="job-actions">
            <button type="button" className="button" onClick={() => { setNote(null); setEditing('new'); }}>
              Record a visit…
            </button>
          </div>
        )
      )}
    </section>
  );
}
