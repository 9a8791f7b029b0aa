// Swedish public holidays of any year, computed: the fixed-date ones, the Easter-based ones and the
// ones that fall on the Saturday or Friday of a given week. Midsommarafton, julafton and
// nyårsafton are not public holidays by law but are days off in practice, so they are listed too.

export interface Holiday {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  name: string;
}

/** A calendar date as days since 1970-01-01 (UTC), so date arithmetic never meets a DST change. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function isoOfDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian computus. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOfDay(dayNumber(year, month, day));
}

/** The first day from `from` (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(year: number, month: number, from: number, weekday: number): number {
  const start = dayNumber(year, month, from);
  // 1970-01-01 was a Thursday (4).
  const wd = (((start + 4) % 7) + 7) % 7;
  return start + ((weekday - wd + 7) % 7);
}

export function swedishHolidays(year: number): Holiday[] {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`) / 86_400_000;
  const fixed = (month: number, day: number) => dayNumber(year, month, day);
  const list: [number, string][] = [
    [fixed(1, 1), 'Nyårsdagen'],
    [fixed(1, 6), 'Trettondedag jul'],
    [easter - 2, 'Långfredagen'],
    [easter, 'Påskdagen'],
    [easter + 1, 'Annandag påsk'],
    [fixed(5, 1), 'Första maj'],
    [easter + 39, 'Kristi himmelsfärdsdag'],
    [easter + 49, 'Pingstdagen'],
    [fixed(6, 6), 'Sveriges nationaldag'],
    [firstWeekdayFrom(year, 6, 19, 5), 'Midsommarafton'],
    [firstWeekdayFrom(year, 6, 20, 6), 'Midsommardagen'],
    [firstWeekdayFrom(year, 10, 31, 6), 'Alla helgons dag'],
    [fixed(12, 24), 'Julafton'],
    [fixed(12, 25), 'Juldagen'],
    [fixed(12, 26), 'Annandag jul'],
    [fixed(12, 31), 'Nyårsafton'],
  ];
  return list.map(([n, name]) => ({ date: isoOfDay(n), name })).sort((x, y) => x.date.localeCompare(y.date));
}
