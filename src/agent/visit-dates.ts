// Dates named for a visit: "8 eller 15 december", "the 8th or 15 december", "december 8", "8/12". Each is a
// local day (days since 1 January 1970 in the operator's time zone), the nearest one from today on; the
// words are taken out of the text so that the day numbers are never read as hours.
const MONTHS: [RegExp, number][] = [
  [/^jan/, 0],
  [/^feb/, 1],
  [/^mar/, 2],
  [/^apr/, 3],
  [/^(maj|may)/, 4],
  [/^jun/, 5],
  [/^jul/, 6],
  [/^aug/, 7],
  [/^sep/, 8],
  [/^o[ck]t/, 9],
  [/^nov/, 10],
  [/^dec/, 11],
];
const MONTH =
  '(?:januari|january|jan|februari|february|feb|mars|march|mar|april|apr|maj|may|juni|june|jun|juli|july|jul|augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|nov|december|dec)\\b\\.?';
const NUMBER = '(?:den |the )?(\\d{1,2})(?::?e|st|nd|rd|th)?';
const LIST = `${NUMBER}((?:\\s*(?:,|eller|or|och|and|&)\\s*${NUMBER})*)`;
/** How a date is written, each with how its day and month are read. */
const DATE_FORMS: { re: RegExp; read(m: RegExpExecArray): { days: number[]; month: number }[] }[] = [
  // "8 eller 15 december", "the 8th or 15th of december"
  {
    re: new RegExp(`\\b${LIST}\\s+(?:of\\s+)?(${MONTH})`, 'g'),
    read: (m) => [{ days: numbers(`${m[1]} ${m[2] ?? ''}`), month: monthOf(m.at(-1) ?? '') }],
  },
  // "december 8", "december 8 or 15"
  {
    re: new RegExp(`\\b(${MONTH})\\s+${LIST}`, 'g'),
    read: (m) => [{ days: numbers(`${m[2]} ${m[3] ?? ''}`), month: monthOf(m[1]) }],
  },
  // "8/12", "15/12": day and month as Swedes write them
  {
    re: /\b(\d{1,2})\/(\d{1,2})\b/g,
    read: (m) => [{ days: [Number(m[1])], month: Number(m[2]) - 1 }],
  },
  // "the 8th", "den 8:e": this month, or the next when the day has passed
  {
    re: /\b(?:the (\d{1,2})(?:st|nd|rd|th)|den (\d{1,2}):?e)\b/g,
    read: (m) => [{ days: [Number(m[1] ?? m[2])], month: -1 }],
  },
];

function numbers(s: string): number[] {
  return [...s.matchAll(/\d{1,2}/g)].map((x) => Number(x[0])).filter((d) => d >= 1 && d <= 31);
}

function monthOf(word: string): number {
  return MONTHS.find(([re]) => re.test(word))?.[1] ?? -1;
}

/** The dates the (folded) text names as local days from `today` on, and the text without them. */
export function namedDates(text: string, today: number): { dates: number[]; rest: string } {
  const dates = new Set<number>();
  const now = new Date(today * 86_400_000);
  let rest = text;
  for (const form of DATE_FORMS)
    rest = rest.replace(form.re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      for (const { days, month } of form.read(m))
        for (const d of days) {
          const day = nearestDay(now, d, month);
          if (day !== null && day >= today) dates.add(day);
        }
      return ' ';
    });
  return { dates: [...dates].sort((a, b) => a - b), rest };
}

/** The nearest local day from `now` on with that day of the month (and month, or -1 for any). */
function nearestDay(now: Date, day: number, month: number): number | null {
  const year = now.getUTCFullYear();
  const months =
    month >= 0
      ? [
          [year, month],
          [year + 1, month],
        ]
      : [0, 1, 2].map((k) => [year, now.getUTCMonth() + k]);
  for (const [y, mo] of months) {
    const at = new Date(Date.UTC(y, mo, day));
    if (at.getUTCDate() !== day) continue;
    const n = Math.floor(at.getTime() / 86_400_000);
    if (n >= Math.floor(now.getTime() / 86_400_000)) return n;
  }
  return null;
}
