import { useId } from 'react';
import { downloadText } from '../../lib/download-text';
import { cellText, csvFileName, tableCsv } from './report-table';
import type { ReportTable } from './report-table';
import type { Range } from './report-range';

type Props = { table: ReportTable; range: Range; maxHeight?: number };

/** A report table with its caption and a "Download CSV" of exactly these rows. */
export function DataTable({ table, range, maxHeight }: Props) {
  const captionId = useId();
  const marking = table.marked && table.markLabel;
  return (
    <div className="report-table">
      <div className="report-table__bar">
        <span id={captionId} className="report-table__title">
          {table.title}
        </span>
        <button type="button" className="button button--quiet report-table__csv" aria-describedby={captionId} onClick={() => downloadText(csvFileName(table.title, range.from, range.to), tableCsv(table))}>
          Download CSV
        </button>
      </div>
      {/* Scrolls on screen when long (a keyboard user can reach it); prints in full. */}
      <div className="report-table__scroll" style={maxHeight ? { maxHeight } : undefined} tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
              {marking && <th scope="col">{table.markLabel}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && (
              <tr>
                <td colSpan={table.columns.length + (marking ? 1 : 0)} className="report-table__empty">
                  Nothing in this range.
                </td>
              </tr>
            )}
            {table.rows.map((row, i) => {
              const marked = marking && table.marked?.has(i);
              return (
                <tr key={i} className={marked ? 'report-table__marked' : undefined}>
                  {row.map((value, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cellText(value)}
                      </th>
                    ) : (
                      <td key={j} className={table.columns[j]?.numeric ? 'num' : undefined}>
                        {cellText(value)}
                      </td>
                    ),
                  )}
                  {marking && <td>{marked ? <strong>▲ Yes</strong> : ''}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
