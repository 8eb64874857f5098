/**
 * The Planning settings as the form edits them (numbers as typed text) and back: each field
 * checked with the limits the host enforces, so the dispatcher sees which field is wrong before
 * anything is sent. The host validates again (settings:set parses the same schema).
 */
import type { OvertimeSettings, TravelSettings } from '../../../../shared/schemas/settings';

export type PairDraft = { from: string; to: string; minutes: string };

export type PlanningDraft = {
  withinZone: string;
  betweenZones: string;
  pairs: PairDraft[];
  overtimeAllowed: boolean;
  dailyCap: string;
  weeklyLimit: string;
};

export type PlanningErrors = Partial<Record<'withinZone' | 'betweenZones' | 'dailyCap' | 'weeklyLimit', string>> & { pairs?: Record<number, string> };

export function toDraft(travel: TravelSettings, overtime: OvertimeSettings): PlanningDraft {
  return {
    withinZone: String(travel.withinZoneMinutes),
    betweenZones: String(travel.betweenZonesMinutes),
    pairs: travel.pairs.map((p) => ({ from: p.from, to: p.to, minutes: String(p.minutes) })),
    overtimeAllowed: overtime.allowed,
    dailyCap: String(overtime.dailyCapMinutes),
    weeklyLimit: String(overtime.weeklyLimitMinutes),
  };
}

/** Whole minutes from 0 to `max`, or an error in words. */
function minutes(text: string, max: number): number | string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return 'whole minutes, like 30';
  const n = Number(t);
  return n > max ? `at most ${max} minutes` : n;
}

export function fromDraft(d: PlanningDraft): { ok: true; travel: TravelSettings; overtime: OvertimeSettings } | { ok: false; errors: PlanningErrors } {
  const errors: PlanningErrors = {};
  const within = minutes(d.withinZone, 480);
  const between = minutes(d.betweenZones, 480);
  const cap = minutes(d.dailyCap, 720);
  const weekly = minutes(d.weeklyLimit, 3600);
  if (typeof within === 'string') errors.withinZone = within;
  if (typeof between === 'string') errors.betweenZones = between;
  if (typeof cap === 'string') errors.dailyCap = cap;
  if (typeof weekly === 'string') errors.weeklyLimit = weekly;
  const pairs: TravelSettings['pairs'] = [];
  const seen = new Set<string>();
  d.pairs.forEach((p, i) => {
    const from = p.from.trim();
    const to = p.to.trim();
    const m = minutes(p.minutes, 480);
    const key = [from.toLowerCase(), to.toLowerCase()].sort().join('\n');
    let problem: string | null = null;
    if (!from || !to) problem = 'name both zones';
    else if (from.toLowerCase() === to.toLowerCase()) problem = 'pick two different zones';
    else if (seen.has(key)) problem = 'this pair is already listed';
    else if (typeof m === 'string') problem = m;
    if (problem) (errors.pairs ??= {})[i] = problem;
    else pairs.push({ from, to, minutes: m as number });
    seen.add(key);
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    travel: { withinZoneMinutes: within as number, betweenZonesMinutes: between as number, pairs },
    overtime: { allowed: d.overtimeAllowed, dailyCapMinutes: cap as number, weeklyLimitMinutes: weekly as number },
  };
}
