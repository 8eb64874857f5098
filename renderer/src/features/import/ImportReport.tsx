/** Step three: what was imported, what was not and why, with the rejected rows to download. */
import type { ImportRowOutcome } from '../../../../shared/import/schemas';
import { describeOutcome, rejectedRowsCsv } from './import-model';
import type { PreparedImport } from './import-model';
import { kindLabels } from './import-kinds';
import type { CommitOutcome } from './run-import';
import { downloadText as download } from '../../lib/download-text';

const SHOWN_ROWS = 300;

type Props = { prepared: PreparedImport; result: CommitOutcome; notImported: ImportRowOutcome[]; fileName: string };

export function ImportReport({ prepared, result, notImported, fileName }: Props) {
  const noun = kindLabels[prepared.kind];
  const count = result.imported.length;
  const closed = prepared.closed.length;
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return (
    <div className="import-report">
      <p className="import-report__summary" data-testid="import-result" role="status">
        Imported {count.toLocaleString()} {count === 1 ? noun.one : noun.plural}.{' '}
        {notImported.length > 0
          ? `${notImported.length.toLocaleString()} row${notImported.length === 1 ? ' was' : 's were'} not imported.`
          : closed > 0
            ? ''
            : 'Every row was imported.'}
        {closed > 0 ? `${notImported.length > 0 ? ' ' : ''}${closed.toLocaleString()} closed ticket${closed === 1 ? '' : 's'} skipped.` : ''}
      </p>
      {result.stoppedBy ? (
        <p className="import-problem" role="alert">
          The import stopped: {result.stoppedBy} Rows before that point are saved; importing the same file again skips them as duplicates
          {prepared.kind === 'jobs' ? ' when they have an external_ref' : ''}.
        </p>
      ) : null}
      {notImported.length > 0 ? (
        <>
          <div className="import-report__actions">
            <button type="button" className="button" onClick={() => download(`${base}-not-imported.csv`, rejectedRowsCsv(prepared, notImported))}>
              Download the rows not imported (CSV)
            </button>
            <span className="import-preview__note">Same columns as your file, plus row and error: fix them and import that file.</span>
          </div>
          <div className="import-table-wrap" tabIndex={0} role="region" aria-label="Rows not imported, scrollable">
            <table className="import-table" aria-label="Rows not imported">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Why not</th>
                </tr>
              </thead>
              <tbody>
                {notImported.slice(0, SHOWN_ROWS).map((o) => (
                  <tr key={o.line} data-line={o.line}>
                    <td className="mono">{o.line}</td>
                    <td>{describeOutcome(o)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {notImported.length > SHOWN_ROWS ? (
            <p className="import-preview__note">Showing {SHOWN_ROWS} of {notImported.length.toLocaleString()}; the download has them all.</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
