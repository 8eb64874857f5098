/** Billing periods as the dialog offers them: whole months of shop days, or any from–to. */
import { dayOf } from '../../../../shared/domain/jobs';

export type Period = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar month holding `day` (`YYYY-MM-DD`), first to last day. */
export function monthOf(day: string): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}

/** The month `n` months after the one holding `day`. */
export function shiftMonth(day: string, n: number): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  return monthOf(`${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`);
}

/** This month in the shop's zone. */
export function currentMonth(now: number, timeZone: string): Period {
  return monthOf(dayOf(new Date(now), timeZone));
}

/** `March 2026` for a whole month, else `1 Mar 2026 – 15 Mar 2026`. */
export function periodLabel(p: Period): string {
  const whole = monthOf(p.from);
  const fmt = (day: string, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  if (whole.from === p.from && whole.to === p.to) return fmt(p.from, { month: 'long', year: 'numeric' });
  return `${fmt(p.from, { day: 'numeric', month: 'short', year: 'numeric' })} – ${fmt(p.to, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}
