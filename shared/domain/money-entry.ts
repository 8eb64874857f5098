/**
 * Money as the console shows and takes it: integer minor units (cents) inside, a plain decimal
 * with two places on screen. The one place that turns amounts into text and back, so a currency
 * symbol or another number of decimals is changed here only.
 */

export type MoneyEntry = { ok: true; minor: number } | { ok: false; message: string };

const SHAPE = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/** A price typed as `12`, `12.5`, `12.50` or `12,50` in minor units, or why not. Negative prices are refused. */
export function parseMoneyEntry(typed: string): MoneyEntry {
  const text = typed.trim().replace(/^[£$€]\s*/, '');
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, message: `"${typed.trim()}" is not a price; type it as 12.50.` };
  const whole = Number(m[1]);
  const cents = m[2] === undefined ? 0 : Number(m[2].padEnd(2, '0'));
  return { ok: true, minor: whole * 100 + cents };
}

const GROUPED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** `1,234.50` for 123450 minor units (`-12.00` for a credit). */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minor));
  const whole = GROUPED.format(Math.floor(abs / 100));
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** `12.50` for 1250, without grouping, as a price field shows it for editing. */
export function minorToEntry(minor: number): string {
  return (minor / 100).toFixed(2);
}
