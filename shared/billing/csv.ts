/**
 * A billing batch as CSV (layout in docs/billing.md, "CSV export"): one row per line (labour and
 * travel per visit, one per part), comma-separated, `.` as the decimal point, ISO dates, CRLF line
 * ends, UTF-8 with a byte-order mark so spreadsheet programs read accents and currency signs right.
 * Quantity × Unit price = Net on every row, so accounting imports (Xero, QuickBooks, Sage) that
 * recompute a line agree with it; Minutes and Rate say how labour was priced.
 */
import type { BillingBatch } from '../schemas/billing';
import { batchLabel } from '../schemas/billing';
import { currencyDigits, minorToDecimal } from './money';

export const CSV_COLUMNS = [
  'Batch',
  'Batch type',
  'Date',
  'Client',
  'Job number',
  'Client reference',
  'Technician',
  'Line type',
  'Description',
  'Minutes',
  'After-hours minutes',
  'Rate',
  'Quantity',
  'Unit price',
  'Net',
  'Tax rate %',
  'Tax',
  'Gross',
  'Currency',
  'Note',
] as const;

/**
 * A text cell, quoted when needed. A cell a spreadsheet would read as a formula (starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so a job title such as
 * `=HYPERLINK(…)` typed by a caller is shown as text, never run (CSV injection).
 */
export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number the console wrote itself (never user text), unquoted. */
const numberCell = (value: string | number): string => String(value);

function quantityText(q: number): string {
  return String(Math.round(q * 1000) / 1000);
}

/** The whole file's text for `batch`. */
export function batchCsv(batch: BillingBatch): string {
  const digits = currencyDigits(batch.currency);
  const money = (minor: number) => numberCell(minorToDecimal(minor, digits));
  const rows = [CSV_COLUMNS.map(textCell).join(',')];
  for (const line of batch.lines) {
    // Labour and travel: one unit at the line's amount, so quantity × unit price is the net exactly.
    const isPart = line.kind === 'part';
    const quantity = isPart ? line.quantity : Math.sign(line.amountMinor) < 0 || line.quantity < 0 ? -1 : 1;
    const unit = isPart ? line.rateMinor : Math.abs(line.amountMinor);
    rows.push(
      [
        textCell(batchLabel(batch)),
        textCell(batch.kind === 'credit' ? 'Credit' : 'Invoice'),
        textCell(line.day),
        textCell(batch.clientName),
        textCell(line.jobNumber),
        textCell(line.clientReference),
        textCell(line.technicianName),
        textCell(line.kind === 'labour' ? 'Labour' : line.kind === 'travel' ? 'Travel' : 'Part'),
        textCell(line.description),
        numberCell(line.minutes),
        numberCell(line.afterHoursMinutes),
        money(line.rateMinor),
        numberCell(quantityText(quantity)),
        money(unit),
        money(line.amountMinor),
        numberCell(minorToDecimal(batch.taxRateBasisPoints, 2)),
        money(line.taxMinor),
        money(line.amountMinor + line.taxMinor),
        textCell(batch.currency),
        textCell(line.note),
      ].join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** `dispatch-B-0007-harbour-dental.csv`: a file name that says what is in it, safe on every system. */
export function batchFileName(batch: BillingBatch, extension: 'csv' | 'pdf'): string {
  const client = batch.clientName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'client';
  return `dispatch-${batchLabel(batch)}-${client}.${extension}`;
}
