/**
 * Regret insertion: repeatedly book the job that would lose most by waiting — the difference
 * between its best and second-best technician — breaking ties by urgency. A job only one person
 * can do goes first; a P1 that anyone could take still goes before it would turn late, because its
 * lateness cost grows faster than anything else. Best slots per job and technician are cached and
 * only the row that changed is looked at again, so a step costs one row for every job.
 */
import type { Model } from './model';
import { bestOnTech, insert, type Candidate, type State } from './state';

/** Regret of a job whose only option is one technician: it goes before any job with two. */
const ONLY_OPTION = 1e15;

export type Construction = { remaining: () => number; step: () => boolean };

export function regretConstruction(m: Model, s: State, jobs: readonly number[]): Construction {
  const open = new Set(jobs.filter((j) => s.placed[j] === null));
  const cache = new Map<number, (Candidate | null)[]>();
  for (const j of open) cache.set(j, m.qualified[j]!.map((t) => bestOnTech(m, s, j, t)));

  const pick = (): { job: number; c: Candidate } | null => {
    let chosen: { job: number; c: Candidate; regret: number } | null = null;
    for (const j of open) {
      let best: Candidate | null = null;
      let second = Infinity;
      for (const c of cache.get(j)!) {
        if (!c) continue;
        if (!best || c.delta < best.delta) {
          if (best) second = best.delta;
          best = c;
        } else if (c.delta < second) second = c.delta;
      }
      if (!best) continue;
      const regret = second === Infinity ? ONLY_OPTION : second - best.delta;
      const better =
        !chosen ||
        regret > chosen.regret ||
        (regret === chosen.regret && (m.urgency[j]! < m.urgency[chosen.job]! || (m.urgency[j] === m.urgency[chosen.job] && j < chosen.job)));
      if (better) chosen = { job: j, c: best, regret };
    }
    return chosen;
  };

  return {
    remaining: () => open.size,
    /** Books one job; false when nothing more fits. */
    step: () => {
      const next = pick();
      if (!next) {
        open.clear();
        return false;
      }
      insert(m, s, next.job, next.c);
      open.delete(next.job);
      cache.delete(next.job);
      for (const j of open) {
        const idx = m.qualified[j]!.indexOf(next.c.tech);
        if (idx >= 0) cache.get(j)![idx] = bestOnTech(m, s, j, next.c.tech);
      }
      return true;
    },
  };
}
