/**
 * Step two: every row's verdict before anything is written. Rows with problems come first by
 * default, each problem worded "row 7, priority: expected P1–P4", with the counts on top.
 */
import { useMemo, useState } from 'react';
import type { ImportRowOutcome } from '../../../../shared/import/schemas';
import { countOutcomes, describeIssue } from './import-model';
import type { PreparedImport } from './import-model';
import { previewColumns } from './import-kinds';
import { formatDayTime } from '../../lib/format';
import { useConsoleState } from '../../state/hooks';
import { ClosedTickets } from './ClosedTickets';
import { MissingClients } from './MissingClients';
import type { ImportIssue } from '../../../../shared/import/schemas';

/** A received time as read (an instant) is shown in the shop's time, so a wrong day/month order shows. */
function cellText(column: string, value: string | undefined, timeZone: string): string {
  if (value === undefined) return '';
  return column === 'received_at' && !Number.isNaN(Date.parse(value)) ? formatDayTime(value, timeZone) : value;
}

/** Notices per row: what the mapping filled in, then what the host did (a requester kept in the description). */
function noticesByLine(prepared: PreparedImport, outcomes: Map<number, ImportRowOutcome>): Map<number, ImportIssue[]> {
  const all = new Map<number, ImportIssue[]>();
  for (const row of prepared.rows) {
    const outcome = outcomes.get(row.line);
    const list = [...(prepared.notices.get(row.line) ?? []), ...(outcome?.status === 'ready' ? (outcome.notices ?? []) : [])];
    if (list.length > 0) all.set(row.line, list);
  }
  return all;
}

/** Rows drawn at once; the counts and the rejected-rows download always cover the whole file. */
const SHOWN_ROWS = 300;

type Props = {
  prepared: PreparedImport;
  outcomes: Map<number, ImportRowOutcome>;
  fileName: string;
  /** The choices came from a mapping confirmed earlier for this header row. */
  remembered: boolean;
  onEditMapping: () => void;
  onIncludeClosed: (include: boolean) => void;
  onCreateClients: (names: readonly string[], hourlyRate: string) => Promise<string | null>;
};

const statusText = { ready: 'Ready', invalid: 'Error', duplicate: 'Duplicate' } as const;

export function ImportPreview({ prepared, outcomes, fileName, remembered, onEditMapping, onIncludeClosed, onCreateClients }: Props) {
  const counts = useMemo(() => countOutcomes(outcomes.values()), [outcomes]);
  const notices = useMemo(() => noticesByLine(prepared, outcomes), [prepared, outcomes]);
  const problems = counts.invalid + counts.duplicate + notices.size;
  const [onlyProblems, setOnlyProblems] = useState(problems > 0);
  const rows = useMemo(
    () => prepared.rows.filter((r) => !onlyProblems || outcomes.get(r.line)?.status !== 'ready' || notices.has(r.line)),
    [prepared, outcomes, onlyProblems, notices],
  );
  const closed = prepared.closed.length;
  const timeZone = useConsoleState((st) => st.settings?.timeZone ?? 'UTC');
  const columns = previewColumns[prepared.kind].filter((field) => prepared.mapping.columns.some((c) => c.field === field));

  return (
    <div className="import-preview">
      <p className="import-preview__summary" data-testid="import-summary">
        <strong>{fileName}</strong>: {counts.ready.toLocaleString()} ready, {counts.invalid.toLocaleString()} with errors
        {counts.duplicate > 0 ? `, ${counts.duplicate.toLocaleString()} duplicate${counts.duplicate === 1 ? '' : 's'} skipped` : ''}
        {closed > 0 ? `, ${closed.toLocaleString()} closed ticket${closed === 1 ? '' : 's'} skipped` : ''}.
      </p>
      <p className="import-preview__note">
        {remembered ? 'Columns mapped as you confirmed for this layout before. ' : ''}
        <button type="button" className="button button--quiet" onClick={onEditMapping}>
          Change column mapping
        </button>
      </p>
      {prepared.fileNotices.map((n) => (
        <p key={n} className="import-preview__note">
          {n}
        </p>
      ))}
      {notices.size > 0 ? (
        <p className="import-preview__note" data-testid="import-defaults">
          {notices.size.toLocaleString()} row{notices.size === 1 ? '' : 's'} with values filled in: see the Problems column.
        </p>
      ) : null}
      <ClosedTickets closed={prepared.closed} included={prepared.choices.includeClosed} hasStatus={prepared.mapping.columns.some((c) => c.field === 'status')} onInclude={onIncludeClosed} />
      {prepared.kind === 'jobs' ? <MissingClients prepared={prepared} outcomes={outcomes} onCreate={onCreateClients} /> : null}
      {prepared.mapping.ignored.length > 0 ? (
        <p className="import-preview__note">Ignored columns: {prepared.mapping.ignored.join(', ')}.</p>
      ) : null}
      {problems > 0 ? (
        <label className="import-preview__filter">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
          Only rows with problems or defaults
        </label>
      ) : null}
      {/* The table scrolls on its own: focusable, so the keyboard can scroll it too. */}
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label="Rows of the file">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Status</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => {
              const outcome = outcomes.get(row.line);
              const status = outcome?.status ?? 'invalid';
              const values = row.values as Partial<Record<string, string>>;
              return (
                <tr key={row.line} className={`import-table__row import-table__row--${status}`} data-line={row.line}>
                  <td className="mono">{row.line}</td>
                  <td>
                    <span className={`import-status import-status--${status}`}>{statusText[status]}</span>
                  </td>
                  {columns.map((c) => (
                    <td key={c} className="import-table__cell" title={values[c] ?? ''}>
                      {cellText(c, values[c], timeZone)}
                    </td>
                  ))}
                  <td className="import-table__problems">
                    {outcome?.issues.map((issue, i) => (
                      <div key={i}>{describeIssue(row.line, issue)}</div>
                    ))}
                    {notices.get(row.line)?.map((issue, i) => (
                      <div key={`n${i}`} className="import-table__notice">
                        {describeIssue(row.line, issue)}
                      </div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS ? (
        <p className="import-preview__note">
          Showing the first {SHOWN_ROWS} of {rows.length.toLocaleString()} rows. The import and the report cover all of them.
        </p>
      ) : null}
    </div>
  );
}
