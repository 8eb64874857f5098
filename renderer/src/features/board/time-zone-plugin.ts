/**
 * FullCalendar only understands named time zones (`timeZone: 'Europe/Berlin'`) through a plugin;
 * without one it silently coerces them to UTC. The official plugins wrap Luxon or Moment, which
 * this project does not ship. FullCalendar's plugin interface is two conversions, and
 * `@date-fns/tz` (already used by shared/domain for the same zone rules) answers both, so this
 * small plugin gives the board the shop's zone — including DST — with no extra library.
 */
import { TZDate } from '@date-fns/tz';
import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';

/**
 * Answers are memoised: FullCalendar converts every event's start and end and every slot on each
 * render, a week holds 3,000 events on a few hundred distinct times, and each `TZDate` costs a
 * few `Intl` formatting calls. A conversion's answer never changes, so a cache is exact; it is
 * emptied when it grows large (a board never needs more than a few thousand at once).
 */
const MAX_CACHED = 20_000;

class DateFnsNamedTimeZone extends NamedTimeZoneImpl {
  private offsets = new Map<string, number>();
  private arrays = new Map<number, number[]>();

  /** Wall-clock fields `[y, m0, d, h, min, s, ms]` in the zone → that moment's UTC offset in minutes. */
  offsetForArray(a: number[]): number {
    const key = a.join(',');
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      const [y = 1970, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0] = a;
      offset = -new TZDate(y, m, d, h, min, s, ms, this.timeZoneName).getTimezoneOffset();
      if (this.offsets.size >= MAX_CACHED) this.offsets.clear();
      this.offsets.set(key, offset);
    }
    return offset;
  }

  /** An instant → its wall-clock fields in the zone. */
  timestampToArray(ms: number): number[] {
    let fields = this.arrays.get(ms);
    if (fields === undefined) {
      const t = new TZDate(ms, this.timeZoneName);
      fields = [t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()];
      if (this.arrays.size >= MAX_CACHED) this.arrays.clear();
      this.arrays.set(ms, fields);
    }
    // A copy: the caller may change the array it gets.
    return fields.slice();
  }
}

export const namedTimeZonePlugin = createPlugin({
  name: 'dispatch-named-time-zone',
  namedTimeZonedImpl: DateFnsNamedTimeZone,
});
