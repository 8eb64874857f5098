import { useEffect, useState } from 'react';
import type { HolidayOption } from '../../../../shared/calendar/types';
import { addHolidays, holidayOffer } from '../../../../shared/domain/public-holidays';
import { localDayOf, parseDayKey, weekdayOf } from '../../../../shared/domain/zoned-time';
import type { HolidayLocation } from '../../../../shared/schemas/calendar';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { SettingsMessage } from './SettingsMessage';
import type { Message } from './SettingsMessage';
import { useConsoleState, useNow } from '../../state/hooks';
import { PlaceSelect } from './PlaceSelect';
import { useHolidayPlaces } from './use-holiday-places';

type Props = { holidays: readonly string[]; onChange: (holidays: string[]) => void };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const KIND: Record<HolidayOption['type'], string> = { public: 'public holiday', bank: 'bank holiday', optional: 'optional', school: 'school holiday', observance: 'observance' };

/**
 * The shop's public holidays from the holiday data set: pick the country (and state, region),
 * preview a year, tick the days and add them to the tier's list. Closing days not yet listed are
 * ticked to begin with. The place is remembered in settings for next year's visit.
 */
export function PublicHolidays({ holidays, onChange }: Props) {
  const settings = useConsoleState((s) => s.settings);
  const now = useNow();
  const saved = settings?.holidayLocation ?? null;
  const [place, setPlace] = useState<HolidayLocation>(saved ?? { country: '', state: null, region: null });
  const [year, setYear] = useState(() => localDayOf(now, settings?.timeZone ?? 'UTC').year);
  // The preview with the place and year it is for: another place or year reads as loading.
  const [preview, setPreview] = useState<{ key: string; offered: HolidayOption[] } | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const countries = useHolidayPlaces({ kind: 'countries' });
  const states = useHolidayPlaces({ kind: 'states', country: place.country || null });
  const regions = useHolidayPlaces({ kind: 'regions', country: place.country || null, state: place.state });
  const listedKey = holidays.join(',');
  const previewKey = JSON.stringify([place, year]);
  const offered = preview?.key === previewKey ? preview.offered : null;

  useEffect(() => {
    if (!place.country) return;
    let live = true;
    void invoke('holidays:list', { ...place, year }).then((result) => {
      if (!live) return;
      if (!result.ok) return setMessage({ tone: 'error', text: describeError('Loading the public holidays', result.error) });
      setPreview({ key: JSON.stringify([place, year]), offered: result.value });
      const listed = listedKey ? listedKey.split(',') : [];
      setTicked(new Set(holidayOffer(result.value, listed).filter((h) => h.suggested).map((h) => h.day)));
    });
    return () => {
      live = false;
    };
    // The list refreshes for a new place or year; ticks are not reset when the tier's own list changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- listedKey only seeds the first ticks
  }, [previewKey]);

  const rows = offered ? holidayOffer(offered, holidays) : [];
  const toAdd = rows.filter((h) => !h.listed && ticked.has(h.day)).map((h) => h.day);

  async function add() {
    onChange(addHolidays(holidays, toAdd));
    setMessage({ tone: 'ok', text: `Added ${toAdd.length === 1 ? '1 holiday' : `${toAdd.length} holidays`} to the list. Save the tier to keep them.` });
    if (place.country && JSON.stringify(place) !== JSON.stringify(saved)) {
      const result = await invoke('settings:set', { holidayLocation: place });
      if (!result.ok) setMessage({ tone: 'error', text: describeError('Remembering the holiday region', result.error) });
    }
  }

  const toggle = (day: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(day);
      else next.delete(day);
      return next;
    });

  return (
    <div className="public-holidays">
      <div className="public-holidays__place">
        <PlaceSelect label="Country" none="Choose a country" places={countries.list} value={place.country || null} onChange={(country) => setPlace({ country: country ?? '', state: null, region: null })} />
        <PlaceSelect label="State or region" none="All of the country" places={states.list} value={place.state} onChange={(state) => setPlace({ ...place, state, region: null })} />
        <PlaceSelect label="Local area" none="All of the region" places={regions.list} value={place.region} onChange={(region) => setPlace({ ...place, region })} />
        <label className="settings__field">
          <span className="settings__label">Year</span>
          <select className="settings__input" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[year - 1, year, year + 1, year + 2].filter((y) => y >= 2000 && y <= 2099).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(countries.error ?? states.error ?? regions.error) && <p className="settings__error" role="alert">{countries.error ?? states.error ?? regions.error}</p>}
      {place.country && offered === null && <p className="settings__muted">Loading the holidays…</p>}
      {offered && offered.length === 0 && <p className="settings__muted">The holiday data lists no holidays here in {year}.</p>}
      {rows.length > 0 && (
        <ul className="public-holidays__list" aria-label={`Public holidays ${year}`}>
          {rows.map((h) => (
            <li key={h.day}>
              <label className="settings__check">
                <input type="checkbox" disabled={h.listed} checked={h.listed || ticked.has(h.day)} onChange={(e) => toggle(h.day, e.target.checked)} />
                <span className="mono">{h.day}</span> {WEEKDAYS[weekdayOf(parseDayKey(h.day))]} {h.name}{' '}
                <span className="settings__muted">({h.listed ? 'already listed' : KIND[h.type]})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <button type="button" className="button" disabled={toAdd.length === 0} onClick={() => void add()}>
          {toAdd.length === 1 ? 'Add 1 holiday' : `Add ${toAdd.length} holidays`}
        </button>
      )}
      <SettingsMessage message={message} />
    </div>
  );
}
