/**
 * The repeat patterns the plan form offers, as RFC 5545 rules and back. A rule the form cannot
 * show as a pattern is kept as typed ("Custom rule"), so nothing is lost by opening a plan.
 */

export type PatternKind = 'weekdays' | 'weekly' | 'monthly-day' | 'monthly-weekday' | 'yearly' | 'custom';

export type Pattern = {
  kind: PatternKind;
  /** Every N weeks / months / years. */
  interval: number;
  /** Weekly: the days, 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** Monthly on a day: 1–31, or -1 for the last day. Days 29–31 fall on the last day of shorter months. */
  monthDay: number;
  /** Monthly on a weekday: 1–4, or -1 for the last. */
  nth: number;
  weekday: number;
  /** Custom: the rule as typed. */
  custom: string;
};

export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const NTH_NAMES: ReadonlyArray<[number, string]> = [
  [1, 'first'],
  [2, 'second'],
  [3, 'third'],
  [4, 'fourth'],
  [-1, 'last'],
];

export const PATTERN_LABELS: Readonly<Record<PatternKind, string>> = {
  weekdays: 'Every weekday (Monday to Friday)',
  weekly: 'Weekly on chosen days',
  'monthly-day': 'Monthly on a day of the month',
  'monthly-weekday': 'Monthly on a weekday (e.g. first Tuesday)',
  yearly: 'Yearly on the start date',
  custom: 'Custom rule (RFC 5545)',
};

const WORKWEEK = [1, 2, 3, 4, 5];

/** The default for a new plan: monthly on the first Tuesday. */
export function defaultPattern(): Pattern {
  return { kind: 'monthly-weekday', interval: 1, weekdays: [1], monthDay: 1, nth: 1, weekday: 2, custom: '' };
}

const every = (interval: number) => (interval > 1 ? `;INTERVAL=${interval}` : '');

/** The rule a pattern stands for. */
export function ruleOf(p: Pattern): string {
  switch (p.kind) {
    case 'weekdays':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'weekly':
      return `FREQ=WEEKLY${every(p.interval)};BYDAY=${[...p.weekdays].sort().map((d) => WEEKDAY_CODES[d]).join(',')}`;
    case 'monthly-day':
      if (p.monthDay === -1) return `FREQ=MONTHLY${every(p.interval)};BYMONTHDAY=-1`;
      // "The 30th" means the 30th, or the last day of a shorter month (RFC 5545 alone would skip it).
      if (p.monthDay > 28) {
        const days = Array.from({ length: p.monthDay - 27 }, (_, i) => 28 + i).join(',');
        return `FREQ=MONTHLY${every(p.interval)};BYMONTHDAY=${days};BYSETPOS=-1`;
      }
      return `FREQ=MONTHLY${every(p.interval)};BYMONTHDAY=${p.monthDay}`;
    case 'monthly-weekday':
      return `FREQ=MONTHLY${every(p.interval)};BYDAY=${p.nth > 0 ? `+${p.nth}` : p.nth}${WEEKDAY_CODES[p.weekday]}`;
    case 'yearly':
      return `FREQ=YEARLY${every(p.interval)}`;
    case 'custom':
      return p.custom.trim();
  }
}

function parts(rule: string): Map<string, string> {
  return new Map(
    rule
      .replace(/^RRULE:/, '')
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
}

/**
 * The pattern a stored rule shows as; `startDay` gives the day for a plain monthly rule. Anything
 * else is a custom rule, shown as typed.
 */
export function patternOf(rule: string, startDay: string): Pattern {
  const base = { ...defaultPattern(), custom: rule };
  const map = parts(rule);
  const interval = Number(map.get('INTERVAL') ?? '1');
  const freq = map.get('FREQ');
  const byday = map.get('BYDAY');
  const monthday = map.get('BYMONTHDAY');
  const setpos = map.get('BYSETPOS');
  const keys = [...map.keys()].filter((k) => k !== 'FREQ' && k !== 'INTERVAL').sort().join(',');
  if (!Number.isInteger(interval) || interval < 1) return { ...base, kind: 'custom' };
  if (freq === 'WEEKLY' && keys === 'BYDAY' && byday && /^(?:SU|MO|TU|WE|TH|FR|SA)(?:,(?:SU|MO|TU|WE|TH|FR|SA))*$/.test(byday)) {
    const weekdays = byday.split(',').map((c) => WEEKDAY_CODES.indexOf(c as (typeof WEEKDAY_CODES)[number]));
    const isWorkweek = interval === 1 && [...weekdays].sort().join() === WORKWEEK.join();
    return { ...base, kind: isWorkweek ? 'weekdays' : 'weekly', interval, weekdays };
  }
  if (freq === 'MONTHLY' && keys === '') return { ...base, kind: 'monthly-day', interval, monthDay: Number(startDay.slice(8, 10)) };
  if (freq === 'MONTHLY' && keys === 'BYMONTHDAY' && monthday === '-1') return { ...base, kind: 'monthly-day', interval, monthDay: -1 };
  if (freq === 'MONTHLY' && keys === 'BYMONTHDAY' && monthday && /^\d+$/.test(monthday) && Number(monthday) >= 1 && Number(monthday) <= 28) {
    return { ...base, kind: 'monthly-day', interval, monthDay: Number(monthday) };
  }
  if (freq === 'MONTHLY' && keys === 'BYMONTHDAY,BYSETPOS' && setpos === '-1' && monthday) {
    const last = Number(monthday.split(',').at(-1));
    if (last >= 29 && last <= 31 && ruleOf({ ...base, kind: 'monthly-day', interval, monthDay: last }) === rule.replace(/^RRULE:/, '')) {
      return { ...base, kind: 'monthly-day', interval, monthDay: last };
    }
  }
  const nthDay = byday ? /^([+-]?)([1-4])(SU|MO|TU|WE|TH|FR|SA)$/.exec(byday) : null;
  if (freq === 'MONTHLY' && keys === 'BYDAY' && nthDay) {
    const nth = nthDay[1] === '-' ? (nthDay[2] === '1' ? -1 : NaN) : Number(nthDay[2]);
    if (!Number.isNaN(nth)) return { ...base, kind: 'monthly-weekday', interval, nth, weekday: WEEKDAY_CODES.indexOf(nthDay[3] as (typeof WEEKDAY_CODES)[number]) };
  }
  if (freq === 'YEARLY' && keys === '') return { ...base, kind: 'yearly', interval };
  return { ...base, kind: 'custom' };
}
