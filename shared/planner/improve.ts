/**
 * Local search after construction: take a few bookings out (one: relocate; two: swap; a random
 * handful: ruin and recreate; a technician's day: repack) and put them back where they now fit best, keeping
 * the change only when the whole plan's cost goes down. Moves are drawn from a seeded generator,
 * late jobs twice as often, so the same input and seed always give the same plan.
 */
import type { Model } from './model';
import { pickIndex } from './random';
import { bestAnywhere, insert, remove, totalCost, type Candidate, type State } from './state';

export type Improver = { cost: () => number; iterations: () => number; step: (moves: number) => void };

export function localSearch(m: Model, s: State, jobs: readonly number[], random: () => number): Improver {
  let cost = totalCost(m, s);
  let iterations = 0;
  const movable = [...jobs];

  /** Remove `out`, reinsert them in the given order; keep if cheaper, else restore. */
  const tryMove = (out: number[]): void => {
    const before = out.map((j) => [j, remove(s, j)] as const);
    const added: number[] = [];
    for (const j of out) {
      const c = bestAnywhere(m, s, j);
      if (c) {
        insert(m, s, j, c);
        added.push(j);
      }
    }
    const after = totalCost(m, s);
    if (after < cost - 1e-9) {
      cost = after;
      return;
    }
    for (const j of added) remove(s, j);
    for (const [j, c] of before) if (c) insert(m, s, j, c as Candidate);
  };

  const late = (): number[] =>
    movable.filter((j) => {
      const v = s.placed[j];
      const job = m.jobs[j]!;
      if (!v) return true;
      return (job.responseDueAt !== null && v.start > job.responseDueAt) || (job.resolutionDueAt !== null && v.end > job.resolutionDueAt);
    });

  const step = (moves: number): void => {
    if (movable.length === 0) return;
    const hot = late();
    for (let i = 0; i < moves; i++, iterations++) {
      const from = hot.length > 0 && random() < 0.5 ? hot : movable;
      const a = from[pickIndex(random, from.length)]!;
      const kind = random();
      if (kind < 0.35) tryMove([a]);
      else if (kind < 0.55) {
        // Ruin and recreate: a handful of bookings out, back in a random order.
        const group = new Set([a]);
        const size = 3 + pickIndex(random, 4);
        while (group.size < Math.min(size, movable.length)) group.add(movable[pickIndex(random, movable.length)]!);
        const order = [...group];
        for (let k = order.length - 1; k > 0; k--) {
          const r = pickIndex(random, k + 1);
          [order[k], order[r]] = [order[r]!, order[k]!];
        }
        tryMove(order);
      } else if (kind < 0.8) {
        const b = movable[pickIndex(random, movable.length)]!;
        if (b !== a) tryMove(random() < 0.5 ? [a, b] : [b, a]);
      } else {
        // Repack around `a`: it and the planned visits next to it on its row, most urgent first.
        const v = s.placed[a];
        const row = v ? s.visits[v.tech]!.filter((x) => x.job >= 0 && x.day === v.day).map((x) => x.job) : [a];
        const group = row.length > 6 ? row.slice(0, 6) : row;
        if (!group.includes(a)) group.push(a);
        tryMove(group.sort((x, y) => m.urgency[x]! - m.urgency[y]! || x - y));
      }
    }
  };

  return { cost: () => cost, iterations: () => iterations, step };
}
