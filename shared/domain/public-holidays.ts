/**
 * Public holidays offered to the SLA editor: the holiday data set's days for the shop's country
 * and region, folded to one entry per shop day, and merged into a tier's holiday list. Pure; the
 * data set itself is read in the core (electron/core/services/holidays).
 */
import type { HolidayOption, HolidayType } from '../calendar/types';

/** Kinds of day on which offices close as a rule: these are pre-selected. */
export const CLOSING_TYPES: readonly HolidayType[] = ['public', 'bank'];

/** How strongly a kind closes offices, for picking one kind when two holidays share a day. */
const WEIGHT: Record<HolidayType, number> = { public: 4, bank: 3, optional: 2, school: 1, observance: 0 };

/** A holiday as the data set gives it: `date` starts with the local `YYYY-MM-DD`. */
export type RawHoliday = { date: string; name: string; type: HolidayType };

/**
 * One entry per day, in date order. Two holidays on the same day (a saint's day on Easter Monday)
 * become one with both names, of the kind that closes offices most.
 */
export function holidaysByDay(raw: readonly RawHoliday[]): HolidayOption[] {
  const byDay = new Map<string, HolidayOption>();
  for (const h of raw) {
    const day = h.date.slice(0, 10);
    const seen = byDay.get(day);
    if (!seen) {
      byDay.set(day, { day, name: h.name, type: h.type });
      continue;
    }
    const names = seen.name.split(' / ');
    byDay.set(day, {
      day,
      name: names.includes(h.name) ? seen.name : `${seen.name} / ${h.name}`,
      type: WEIGHT[h.type] > WEIGHT[seen.type] ? h.type : seen.type,
    });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export type OfferedHoliday = HolidayOption & {
  /** Already in the tier's list. */
  listed: boolean;
  /** Ticked when the preview opens: a closing day not yet listed. */
  suggested: boolean;
};

/** The preview's rows: each offered day, whether the tier lists it and whether to tick it. */
export function holidayOffer(offered: readonly HolidayOption[], listed: readonly string[]): OfferedHoliday[] {
  const have = new Set(listed);
  return offered.map((h) => ({ ...h, listed: have.has(h.day), suggested: !have.has(h.day) && CLOSING_TYPES.includes(h.type) }));
}

/** The tier's holidays with `days` added: each day once, in date order. */
export function addHolidays(listed: readonly string[], days: readonly string[]): string[] {
  return [...new Set([...listed, ...days])].sort();
}
