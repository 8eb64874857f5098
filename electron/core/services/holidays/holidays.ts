/**
 * Public holidays from the `date-holidays` data set, for the SLA editor's "add public holidays".
 * It runs in the core, not the page: the data set and its time-zone library are several megabytes,
 * and it computes holidays in the country's own zone with moment-timezone. Reads only; the tier's
 * holidays are saved through `sla:set` as before.
 */
import type HolidaysClass from 'date-holidays';
import type { HolidayOption, HolidayPlace, HolidayType } from '../../../../shared/calendar/types';
import { holidaysByDay } from '../../../../shared/domain/public-holidays';
import { notFound } from '../errors';

const LANGUAGE = 'en';
const TYPES: readonly HolidayType[] = ['public', 'bank', 'school', 'optional', 'observance'];

function places(record: Record<string, string> | undefined): HolidayPlace[] {
  return Object.entries(record ?? {})
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

type Loaded = { Holidays: typeof HolidaysClass; catalogue: HolidaysClass };

export function createHolidaysService() {
  let loading: Promise<Loaded> | null = null;
  // One instance answers the look-ups of countries, states and regions.
  const load = () =>
    (loading ??= import('date-holidays').then((m) => {
      const Holidays = m.default;
      return { Holidays, catalogue: new Holidays() };
    }));

  async function knownCountry(country: string): Promise<Loaded> {
    const loaded = await load();
    if (!(country in (loaded.catalogue.getCountries(LANGUAGE) ?? {}))) throw notFound(`The holiday data has no country "${country}".`);
    return loaded;
  }

  return {
    /** Every country the data set covers, by English name. */
    async countries(): Promise<HolidayPlace[]> {
      return places((await load()).catalogue.getCountries(LANGUAGE));
    },

    /** A country's states, or (with `state`) that state's regions; empty when it has none. */
    async regions(input: { country: string; state?: string | undefined }): Promise<HolidayPlace[]> {
      const { catalogue } = await knownCountry(input.country);
      return places(input.state ? catalogue.getRegions(input.country, input.state, LANGUAGE) : catalogue.getStates(input.country, LANGUAGE));
    },

    /** The place's holidays in `year`, one per day (NOT_FOUND for a place the data set does not know). */
    async list(input: { country: string; state: string | null; region: string | null; year: number }): Promise<HolidayOption[]> {
      const { Holidays, catalogue } = await knownCountry(input.country);
      const place = [input.country, input.state, input.region].filter(Boolean).join('-');
      const missing = () => notFound(`The holiday data has no region "${place}".`);
      if (input.region && !input.state) throw missing();
      if (input.state && !(input.state in (catalogue.getStates(input.country, LANGUAGE) ?? {}))) throw missing();
      if (input.state && input.region && !(input.region in (catalogue.getRegions(input.country, input.state, LANGUAGE) ?? {}))) throw missing();
      const hd = new Holidays();
      const opts = { languages: [LANGUAGE] };
      if (input.state && input.region) hd.init(input.country, input.state, input.region, opts);
      else if (input.state) hd.init(input.country, input.state, opts);
      else hd.init(input.country, opts);
      const raw = hd
        .getHolidays(input.year, LANGUAGE)
        .filter((h) => TYPES.includes(h.type as HolidayType))
        .map((h) => ({ date: h.date, name: h.name, type: h.type as HolidayType }));
      return holidaysByDay(raw);
    },
  };
}

export type HolidaysService = ReturnType<typeof createHolidaysService>;
