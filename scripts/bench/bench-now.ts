/**
 * The instant a benchmark runs at: BENCH_NOW, else an ordinary working morning (Wednesday
 * 9 December 2026, 09:30 in London). The shop, the hosts and the pages are all pinned to it, so the
 * board is measured on a busy working day whatever day the benchmark runs.
 */
import { parsePinnedInstant } from '../../electron/core/pinned-clock';

export const DEFAULT_BENCH_NOW = '2026-12-09T09:30:00Z';

export function benchNow(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const text = env.BENCH_NOW || DEFAULT_BENCH_NOW;
  const now = parsePinnedInstant(text);
  if (!now) throw new Error(`BENCH_NOW must be an ISO 8601 instant with Z or an offset, e.g. ${DEFAULT_BENCH_NOW} (got "${text}").`);
  return now;
}
