/** Medians and 95th percentiles, and the repetition helper every measurement uses. */

export type Summary = { median: number; p95: number; min: number; max: number; n: number };

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** Run `fn` `times` times in sequence and summarize the numbers it returns. */
export async function repeat(times: number, fn: (i: number) => Promise<number>): Promise<Summary> {
  const values: number[] = [];
  for (let i = 0; i < times; i++) values.push(await fn(i));
  return summarize(values);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
