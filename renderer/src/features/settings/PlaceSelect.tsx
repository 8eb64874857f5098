import type { HolidayPlace } from '../../../../shared/calendar/types';

type Props = { label: string; none: string; places: readonly HolidayPlace[] | null; value: string | null; onChange: (code: string | null) => void };

/** One level of the holiday place (country, state, region) as a labelled select; hidden when the level has no entries. */
export function PlaceSelect({ label, none, places, value, onChange }: Props) {
  if (places !== null && places.length === 0) return null;
  return (
    <label className="settings__field">
      <span className="settings__label">{label}</span>
      <select className="settings__input" value={value ?? ''} disabled={places === null} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{places === null ? 'Loading…' : none}</option>
        {(places ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
