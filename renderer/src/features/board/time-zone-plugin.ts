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

class DateFnsNamedTimeZone extends NamedTimeZoneImpl {
  /** Wall-clock fields `[y, m0, d, h, min, s, ms]` in the zone → that moment's UTC offset in minutes. */
  offsetForArray(a: number[]): number {
    const [y = 1970, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0] = a;
    return -new TZDate(y, m, d, h, min, s, ms, this.timeZoneName).getTimezoneOffset();
  }

  /** An instant → its wall-clock fields in the zone. */
  timestampToArray(ms: number): number[] {
    const t = new TZDate(ms, this.timeZoneName);
    return [t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()];
  }
}

export const namedTimeZonePlugin = createPlugin({
  name: 'dispatch-named-time-zone',
  namedTimeZonedImpl: DateFnsNamedTimeZone,
});
