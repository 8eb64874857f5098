/**
 * Step two: every row's verdict before anything is written. Rows with problems come first by
 * default, each problem worded "row 7, priority: expected P1–P4", with the counts on top.
 */
import { useMemo, useState } from 'react';
import type { ImportRowOutcome } from '../../../../shared/import/schemas';
import { countOutcomes, describeIssue } from './import-model';
import type { PreparedImport } from './import-model';
import { kindLabels, previewColumns } from './import-kinds';

/** Rows drawn at once; the counts and the rejected-rows download always cover the whole file. */
const SHOWN_ROWS = 300;

type Props = { prepared: PreparedImport; outcomes: Map<number, ImportRowOutcome>; fileName: string };

const statusText = { ready: 'Ready', invalid: 'Error', duplicate: 'Duplicate' } as const;

export function ImportPreview({ prepared, outcomes, fileName }: Props) {
  const counts = useMemo(() => countOutcomes(outcomes.values()), [outcomes]);
  const problems = counts.invalid + counts.duplicate;
  const [onlyProblems, setOnlyProblems] = useState(problems > 0);
  const rows = useMemo(
    () => prepared.rows.filter((r) => !onlyProblems || outcomes.get(r.line)?.status !== 'ready'),
    [prepared, outcomes, onlyProblems],
  );
  const columns = previewColumns[prepared.kind].filter((field) => prepared.mapping.columns.some((c) => c.field === field));
  const noun = kindLabels[prepared.kind];

  return (
    <div className="import-preview">
      <p className="import-preview__summary" data-testid="import-summary">
        <strong>{fileName}</strong>: {counts.ready.toLocaleString()} ready, {counts.invalid.toLocaleString()} with errors
        {counts.duplicate > 0 ? `, ${counts.duplicate.toLocaleString()} duplicate${counts.duplicate === 1 ? '' : 's'} skipped` : ''}.
      </p>
      {prepared.mapping.ignored.length > 0 ? (
        <p className="import-preview__note">Ignored columns (not a {noun.one} field): {prepared.mapping.ignored.join(', ')}.</p>
      ) : null}
      {problems > 0 ? (
        <label className="import-preview__filter">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
          Only rows with problems
        </label>
      ) : null}
      <div className="import-table-wrap">
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
                      {values[c] ?? ''}
                    </td>
                  ))}
                  <td className="import-table__problems">
                    {outcome?.issues.map((issue, i) => (
                      <div key={i}>{describeIssue(row.line, issue)}</div>
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
