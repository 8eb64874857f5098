/**
 * Money as integer minor units (cents, pence). Every amount the console stores or sums is an
 * integer; a fraction appears only inside one calculation and is rounded once, half away from zero,
 * at the end of it (docs/billing.md, "Rounding"). Pure: no clock, no locale of the machine.
 */

/**
 * `numerator / denominator` rounded half away from zero to an integer, exactly for integers up to
 * 2^53 (the division is done on integers, so 0.5 never becomes 0.4999…).
 *
 * @throws RangeError when an argument is not a safe integer or the denominator is not positive.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} in minor units.`);
  }
  const sign = numerator < 0 ? -1 : 1;
  const abs = Math.abs(numerator);
  const whole = Math.floor(abs / denominator);
  const rest = abs - whole * denominator;
  const result = sign * (rest * 2 >= denominator ? whole + 1 : whole);
  return result === 0 ? 0 : result; // never -0
}

/** Tax on a net amount at `basisPoints` (2000 = 20 %), rounded half away from zero. */
export function taxOf(netMinor: number, basisPoints: number): number {
  return divideRounded(netMinor * basisPoints, 10_000);
}

/**
 * Price of `quantity` units at `unitMinor` each. Quantities may be fractional (1.5 m of cable); the
 * quantity is read to three decimals, so the product stays an exact integer calculation.
 */
export function lineAmount(quantity: number, unitMinor: number): number {
  const milli = Math.round(quantity * 1000);
  return divideRounded(milli * unitMinor, 1000);
}

/** Amount in major units (95.5) → minor units (9550), for two-decimal currencies, half away from zero. */
export function toMinorUnits(major: number, digits = 2): number {
  const scaled = major * 10 ** digits;
  // Rounds 1.005 × 100 = 100.49999… to 101, as a person reading "1.005" expects.
  const nudged = Math.round(Math.abs(scaled) * 1e6) / 1e6;
  return Math.sign(scaled) * Math.round(nudged);
}

/** Digits after the decimal point in `currency` (2 for GBP, 0 for JPY); 2 for an unknown code. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units as a plain decimal string, `-1234.50`: what CSV files and accounting imports want. */
export function minorToDecimal(minor: number, digits = 2): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}

/** Minor units for people: `£1,234.50`, `-€12.00` (en-GB grouping; the currency's own digits). */
export function formatMoney(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const major = Number(minorToDecimal(minor, digits));
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
  } catch {
    return `${minorToDecimal(minor, digits)} ${currency}`;
  }
}

/**
 * A typed amount (`95`, `95.50`, `95,50`) → minor units, or null when it is not an amount. Used by
 * the forms; never guesses thousands separators.
 */
export function parseMoney(text: string, digits = 2): number | null {
  const t = text.trim().replace(',', '.');
  const m = /^(-?)(\d{1,9})(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const fraction = m[3] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(m[2]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return m[1] === '-' ? -minor : minor;
}

/** Hours and minutes for statements: `12 h 30 min`, `-1 h 15 min`, `45 min`. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}
