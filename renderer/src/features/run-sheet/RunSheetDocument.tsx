import type { ReactNode } from 'react';
import type { RunSheet, RunSheetsData, RunSheetVisit } from '../../../../shared/ipc/outputs';
import { formatDayTime, formatDayTitle } from '../../lib/format';
import { statusText } from '../../lib/job-status';
import { dayWithoutYear, dueText, visitWindow } from './sheet-format';

type Props = { data: RunSheetsData; technicianIds: readonly string[] };

/**
 * The printable sheets: one `<article>` per technician (each starts on a new page), a header with
 * who, when and which shift, then each visit as a work-order block with boxes to fill in by hand.
 * Laid out for black and white: priority and status are words, boxes are ruled lines.
 */
export function RunSheetDocument({ data, technicianIds }: Props) {
  if (data.sheets.length === 0) {
    return (
      <article className="run-sheet run-sheet--empty" data-sheet-index={0}>
        <SheetTitle day={data.day} />
        <p className="run-sheet__empty">
          No visits booked for {technicianIds.length > 0 ? 'the chosen technicians' : 'anyone'} on {dayWithoutYear(data.day)}.
        </p>
      </article>
    );
  }
  return (
    <>
      {data.sheets.map((sheet, i) => (
        <Sheet key={sheet.technicianId} sheet={sheet} index={i} data={data} />
      ))}
    </>
  );
}

function SheetTitle({ day }: { day: string }) {
  return (
    <div className="run-sheet__title">
      <span className="run-sheet__kind">Run sheet</span>
      <span className="run-sheet__day">{formatDayTitle(day)}</span>
    </div>
  );
}

function Sheet({ sheet, index, data }: { sheet: RunSheet; index: number; data: RunSheetsData }) {
  const count = sheet.visits.length;
  return (
    <article className="run-sheet" data-sheet-index={index} data-technician-id={sheet.technicianId} aria-label={`Run sheet for ${sheet.technicianName}`}>
      <header className="run-sheet__header">
        <SheetTitle day={data.day} />
        <h2 className="run-sheet__technician">{sheet.technicianName}</h2>
        <dl className="run-sheet__facts">
          <div>
            <dt>Shift</dt>
            <dd>{sheet.shift}</dd>
          </div>
          <div>
            <dt>Zone</dt>
            <dd>{sheet.zone || '—'}</dd>
          </div>
          <div>
            <dt>Visits</dt>
            <dd>{count}</dd>
          </div>
          <div>
            <dt>Printed</dt>
            <dd>{formatDayTime(data.generatedAt, data.timeZone)}</dd>
          </div>
        </dl>
      </header>
      {count === 0 ? (
        <p className="run-sheet__empty">
          No visits booked for {sheet.technicianName} on {dayWithoutYear(data.day)}.
        </p>
      ) : (
        <ol className="run-sheet__visits">
          {sheet.visits.map((visit, i) => (
            <Visit key={visit.jobId} visit={visit} order={i + 1} data={data} />
          ))}
        </ol>
      )}
    </article>
  );
}

function Visit({ visit, order, data }: { visit: RunSheetVisit; order: number; data: RunSheetsData }) {
  const zone = data.timeZone;
  const respond = visit.responseOwed ? dueText(visit.responseDueAt, zone, data.day) : null;
  const resolve = dueText(visit.resolutionDueAt, zone, data.day);
  const site = [visit.siteName, visit.siteAddress].filter((s) => s !== '').join(', ');
  return (
    <li className="visit" data-job-number={visit.number}>
      <div className="visit__when">
        <span className="visit__order">{order}</span>
        <span className="visit__time">{visitWindow(visit.start, visit.end, zone, data.day)}</span>
        <span className="visit__number">{visit.number}</span>
        <span className={`visit__priority visit__priority--${visit.priority.toLowerCase()}`}>{visit.priorityText}</span>
        {visit.status === 'on-hold' && <span className="visit__status">On hold</span>}
        {visit.status !== 'scheduled' && visit.status !== 'on-hold' && <span className="visit__status">{statusText(visit.status)}</span>}
      </div>
      <div className="visit__body">
        <p className="visit__client">{visit.clientName}</p>
        <p className="visit__site">{site || 'No site on record: call the contact for the address.'}</p>
        {visit.accessNotes && <Field label="Access">{visit.accessNotes}</Field>}
        <Field label="Contact">
          {visit.contactName || 'No contact on record'}
          {visit.contactPhone && <span className="visit__phone"> · Tel {visit.contactPhone}</span>}
        </Field>
        <Field label="Problem">
          <strong>{visit.title}</strong>
          {visit.description && <span className="visit__description"> — {visit.description}</span>}
        </Field>
        {visit.requiredSkills.length > 0 && <Field label="Skills">{visit.requiredSkills.join(', ')}</Field>}
        {visit.notes && <Field label="Parts/notes">{visit.notes}</Field>}
        {(respond || resolve) && (
          <Field label="SLA">
            {[
              respond && `respond by ${respond}${visit.deadlines.response ? ' — already late' : ''}`,
              resolve && `resolve by ${resolve}${visit.deadlines.resolution ? ' — visit ends after it' : ''}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Field>
        )}
        <div className="visit__form" aria-label="To fill in on site">
          <Box label="Work done" area="work" />
          <Box label="Arrived" area="arrived" />
          <Box label="Parts used" area="parts" />
          <Box label="Departed" area="departed" />
          <Box label="Customer name (capitals)" area="name" />
          <Box label="Customer signature" area="signature" />
        </div>
      </div>
    </li>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <p className="visit__field">
      <span className="visit__label">{label}</span>
      <span className="visit__value">{children}</span>
    </p>
  );
}

/** A ruled box to fill in by hand; `area` places it in the form's grid (run-sheet.css). */
function Box({ label, area }: { label: string; area: string }) {
  return (
    <div className={`form-box form-box--${area}`}>
      <span className="form-box__label">{label}</span>
    </div>
  );
}
