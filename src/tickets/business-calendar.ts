// Working time for SLA clocks: opening hours per weekday in a time zone, minus public holidays and
// extra closed dates. The spec is plain data so an operator configuration can supply it.
import { swedishHolidays } from './swedish-holidays.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessHoursSpec {
  /** IANA time zone the hours are read in. */
  timeZone: string;
  /** Opening hours per weekday, local "HH:MM" (close may be "24:00"); a missing day is closed. */
  week: Partial<Record<Weekday, { open: string; close: string }>>;
  /** Public holidays to close on: the Swedish calendar, or none. */
  holidays: 'SE' | 'none';
  /** Further closed local dates (YYYY-MM-DD), e.g. a company day off. */
  closedDates?: string[];
}

/** Monday–Friday 08:00–17:00 Swedish time, closed on Swedish public holidays. */

/** Hours given as one opening time for a set of days (the operator configuration's form). */
export function weeklyHours(
  h: { timeZone: string; days: Weekday[]; open: string; close: string },
  holidays: BusinessHoursSpec['holidays'] = 'SE',
): BusinessHoursSpec {
  return {
    timeZone: h.timeZone,
    week: Object.fromEntries(h.days.map((d) => [d, { open: h.open, close: h.close }])),
    holidays,
  };
}

/** Monday–Friday 08:00–17:00 Swedish time, closed on Swedish public holidays. */
export const SWEDISH_OFFICE_HOURS = weeklyHours({
  timeZone: 'Europe/Stockholm',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  open: '08:00',
  close: '17:00',
});

export interface WorkingCalendar {
  /** Working time (ms) from `from` to `to`; 0 when `to` is not after `from`. */
  between(from: Date, to: Date): number;
  /** The instant at which `ms` of working time has passed since `from`. */
  add(from: Date, ms: number): Date;
}

/** Every hour counts (round-the-clock targets). */
export const ALWAYS_OPEN: WorkingCalendar = {
  between: (from, to) => Math.max(0, to.getTime() - from.getTime()),
  add: (from, ms) => new Date(from.getTime() + ms),
};

const DAY_MS = 86_400_000;
/** A calendar with no open day in ten years is a configuration error, not a long wait. */
const MAX_DAYS = 3660;

function minutesOf(hhmm: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!m || (m[1] === '24' && m[2] !== '00')) throw new Error(`invalid time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Local days and instants in `timeZone` (also how the desk reads a customer's hours for a visit). */
export function localClock(timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  /** The local wall clock at `t`, read as if it were UTC (ms). */
  const wall = (t: number) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
  };
  const offset = (t: number) => wall(t - (t % 1000)) - (t - (t % 1000));
  return {
    /** Local calendar day of `t`, as days since 1970-01-01. */
    day: (t: number) => Math.floor(wall(t) / DAY_MS),
    /** The instant at which the local clock shows `minutes` past midnight on local day `day`. */
    instant(day: number, minutes: number): number {
      const guess = day * DAY_MS + minutes * 60_000;
      const first = guess - offset(guess);
      const second = guess - offset(first);
      return second;
    },
  };
}

export function businessCalendar(spec: BusinessHoursSpec): WorkingCalendar {
  const clock = localClock(spec.timeZone);
  const hours = WEEKDAYS.map((d) => {
    const h = spec.week[d];
    if (!h) return null;
    const open = minutesOf(h.open);
    const close = minutesOf(h.close);
    if (close <= open) throw new Error(`opening hours on ${d} close before they open`);
    return { open, close };
  });
  const closed = new Set(spec.closedDates ?? []);
  const holidayYears = new Map<number, Set<string>>();
  const isHoliday = (iso: string) => {
    if (spec.holidays === 'none') return false;
    const year = Number(iso.slice(0, 4));
    if (!holidayYears.has(year)) holidayYears.set(year, new Set(swedishHolidays(year).map((h) => h.date)));
    return holidayYears.get(year)!.has(iso);
  };
  /** The open interval of a local day, or null when closed. */
  const window = (day: number): [number, number] | null => {
    const h = hours[(((day + 4) % 7) + 7) % 7];
    const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (!h || closed.has(iso) || isHoliday(iso)) return null;
    return [clock.instant(day, h.open), clock.instant(day, h.close)];
  };
  if (!hours.some(Boolean)) throw new Error('business hours have no open day');

  return {
    between(from, to) {
      const a = from.getTime();
      const b = to.getTime();
      let total = 0;
      for (let day = clock.day(a); day <= clock.day(b); day++) {
        const w = window(day);
        if (w) total += Math.max(0, Math.min(b, w[1]) - Math.max(a, w[0]));
      }
      return total;
    },
    add(from, ms) {
      // Nothing left means due now, even outside the hours (a breach stays a breach).
      if (ms <= 0) return from;
      let at = from.getTime();
      let left = ms;
      const first = clock.day(at);
      for (let day = first; day < first + MAX_DAYS; day++) {
        const w = window(day);
        if (!w || w[1] <= at) continue;
        const start = Math.max(at, w[0]);
        if (start + left <= w[1]) return new Date(start + left);
        left -= w[1] - start;
        at = w[1];
      }
      throw new Error('no working time found within ten years');
    },
  };
}
