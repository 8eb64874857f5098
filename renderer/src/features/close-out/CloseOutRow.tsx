import type { Job } from '../../../../shared/schemas/job';
import type { Part, VisitOutcome } from '../../../../shared/schemas/visit';
import { OUTCOME_LABELS } from '../../../../shared/domain/visits';
import { formatClock } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';
import { tidyTime } from './close-out-model';
import type { RowDraft, RowErrors, RowField } from './close-out-model';
import { PartsCell } from './PartsCell';
import { OutcomeOptions } from './OutcomeOptions';

type Props = {
  job: Job;
  row: RowDraft;
  index: number;
  errors: RowErrors | undefined;
  billed: boolean;
  stock: readonly Part[];
  partsListId: string;
  timeZone: string;
  onChange: (row: RowDraft) => void;
};

/** One job's visit of the day: the fields of the returned sheet, in its order, errors under each. */
export function CloseOutRow({ job, row, index, errors, billed, stock, partsListId, timeZone, onChange }: Props) {
  const id = (field: RowField) => `close-out-${index}-${field}-error`;
  const invalid = (field: RowField) => (errors?.[field] ? { 'aria-invalid': true as const, 'aria-describedby': id(field) } : {});
  const problem = (field: RowField) =>
    errors?.[field] ? (
      <span className="close-out__error" id={id(field)}>
        {errors[field]}
      </span>
    ) : null;
  const set = (patch: Partial<RowDraft>) => onChange({ ...row, ...patch });
  // The client's name, as the sheet shows it: what the dispatcher matches the paper by.
  const client = useConsoleState((s) => s.directory?.clients.find((c) => c.id === job.clientId));
  const booked = job.assignment ? `${formatClock(job.assignment.start, timeZone)}–${formatClock(job.assignment.end, timeZone)}` : 'not booked';
  const waiting = row.outcome === 'waiting-parts' || row.outcome === 'waiting-customer';
  const cell = (field: string) => ({ 'data-row': index, 'data-col': field, disabled: billed });

  return (
    <tr className={billed ? 'close-out__row close-out__row--billed' : 'close-out__row'} data-job-id={job.id}>
      <th scope="row" className="close-out__job">
        <span className="close-out__number">{job.number}</span> <span className="close-out__booked">{booked}</span>
        <span className="close-out__title">{job.title}</span>
        {client && <span className="close-out__client">{client.name}</span>}
        {billed && <span className="close-out__billed">Billed: read only</span>}
      </th>
      <td>
        <input className="close-out__time" {...cell('arrival')} inputMode="numeric" placeholder="0930" value={row.arrival} aria-label={`Arrival, ${job.number}`} {...invalid('arrival')}
          onChange={(e) => set({ arrival: e.target.value })} onBlur={(e) => set({ arrival: tidyTime(e.target.value) })} />
        {problem('arrival')}
      </td>
      <td>
        <input className="close-out__time" {...cell('departure')} inputMode="numeric" placeholder="1045" value={row.departure} aria-label={`Departure, ${job.number}`} {...invalid('departure')}
          onChange={(e) => set({ departure: e.target.value })} onBlur={(e) => set({ departure: tidyTime(e.target.value) })} />
        {problem('departure')}
      </td>
      <td>
        <input className="close-out__minutes" {...cell('travel')} inputMode="numeric" value={row.travel} aria-label={`Travel minutes, ${job.number}`} {...invalid('travel')}
          onChange={(e) => set({ travel: e.target.value })} />
        {problem('travel')}
      </td>
      <td>
        <input className="close-out__work" {...cell('workDone')} maxLength={4000} value={row.workDone} aria-label={`Work done, ${job.number}`} onChange={(e) => set({ workDone: e.target.value })} />
      </td>
      <td>
        <PartsCell lines={row.parts} stock={stock} listId={partsListId} jobNumber={job.number} disabled={billed} error={errors?.parts} errorId={id('parts')} onChange={(parts) => set({ parts })} />
        {problem('parts')}
      </td>
      <td>
        <input className="close-out__signed" {...cell('signedBy')} maxLength={120} value={row.signedBy} aria-label={`Signed by, ${job.number}`} onChange={(e) => set({ signedBy: e.target.value })} />
      </td>
      <td>
        <select {...cell('outcome')} value={row.outcome} aria-label={`Outcome, ${job.number}`} {...invalid('outcome')} onChange={(e) => set({ outcome: e.target.value as VisitOutcome | '' })}>
          <OutcomeOptions />
        </select>
        {problem('outcome')}
        {waiting && (
          <input className="close-out__reason" {...cell('holdReason')} maxLength={500} placeholder={OUTCOME_LABELS[row.outcome as VisitOutcome]} value={row.holdReason}
            aria-label={`On-hold reason, ${job.number}`} onChange={(e) => set({ holdReason: e.target.value })} />
        )}
      </td>
    </tr>
  );
}
