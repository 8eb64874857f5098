/** Small numeric helpers the reports share. */

/** A percent with one decimal, or null when nothing was measured. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** Rounded to two decimals (means, bands), so the UI and CSV show stable figures. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Mean and population standard deviation; both 0 for an empty list. */
export function meanSd(values: readonly number[]): { mean: number; sd: number } {
  if (values.length === 0) return { mean: 0, sd: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

/** Whole minutes between two instants (ms). */
export function minutesBetween(a: number, b: number): number {
  return Math.round((b - a) / 60_000);
}
