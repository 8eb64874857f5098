/**
 * A report's table: the same numbers its chart draws, as rows of cells. It is the chart's text
 * alternative on screen, what prints under the chart, and what "Download CSV" saves.
 */
import { textCell } from '../../../../shared/billing/csv';

export type Cell = string | number | null;
export type Column = {
  label: string;
  /** Numbers are right-aligned on screen and written unquoted in the CSV. */
  numeric?: boolean;
};
export type ReportTable = {
  /** The table's caption and the CSV file's name stem. */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Rows to mark (and say in words: the marking is never colour alone), by index. */
  marked?: ReadonlySet<number>;
  /** Said beside a marked row, e.g. "over the weekly limit". */
  markLabel?: string;
};

/**
 * The table as CSV: header row, CRLF line ends, a byte-order mark so spreadsheet programs read
 * accents right. Text goes through the billing export's cell escaping, so a client or site name that
 * looks like a formula (`=HYPERLINK(…)`) is written as text, never run.
 */
export function tableCsv(table: ReportTable): string {
  const cell = (value: Cell) => (value === null ? '' : typeof value === 'number' ? String(value) : textCell(value));
  const header = table.columns.map((c) => textCell(c.label));
  if (table.marked && table.markLabel) header.push(textCell(table.markLabel));
  const lines = [header.join(',')];
  table.rows.forEach((row, i) => {
    const cells = row.map(cell);
    if (table.marked && table.markLabel) cells.push(table.marked.has(i) ? 'yes' : '');
    lines.push(cells.join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `sla-compliance-2026-11-09-to-2026-12-06.csv` */
export function csvFileName(title: string, from: string, to: string): string {
  const stem = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem || 'report'}-${from}-to-${to}.csv`;
}

/** A cell as shown on screen. */
export function cellText(value: Cell): string {
  if (value === null) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return value;
}
