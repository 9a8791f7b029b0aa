// When a customer can let a technician in, as time windows the field-service port can book inside.
// "vardagar efter 17 typ. eller helg", "tisdag eller onsdag eftermiddag funkar", "im home tomorrow all
// day": each alternative ("eller"/"or", a new sentence) is a set of days and hours of the day; a day
// named without hours takes the hours of the alternative after it ("tisdag eller onsdag eftermiddag"),
// hours without a day take the day before. A clause that says a time does not suit ("monday morning
// doesnt work", "jag jobbar på måndag förmiddag") is a time to avoid. Hours are the operator's local time.
import type { TimeWindow } from '../isp/ports.js';
import { localClock } from '../tickets/business-calendar.js';
import { parseAnswer } from '../triage/answers.js';
import { fold } from '../triage/normalize.js';
import { namedDates } from './visit-dates.js';

export interface VisitTimes {
  /** When the customer can; empty when they named no time (any slot will do). */
  preferred: TimeWindow[];
  /** When the customer cannot. */
  avoid: TimeWindow[];
}

interface Clause {
  days: string[];
  hours: [number, number][];
  negative: boolean;
  /** "helst förmiddag", "preferably mornings": a wish inside what the customer can, not beside it. */
  liked?: boolean;
}

/** "helst", "gärna", "preferably", "ideally": the time after it is the one wanted ("när som helst" is not one). */
const LIKED =
  /(?:^|[^\w])(?<!som )(?<!nar )(?:helst|garna|hellre|preferably|preferrably|ideally|if possible|om mojligt|i'?d prefer|i prefer|we prefer)\b/;

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PART_OF_DAY: Record<string, [number, number]> = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 21],
  'any time': [7, 21],
};
const DAY_SLOTS = new Set([...DAYS, 'weekdays', 'weekend', 'today', 'tomorrow', 'next week']);
const NEGATIVE =
  /\b(not|except|utom|forutom|doesn'?t|dont|don'?t|can'?t|cannot|won'?t|inte|ej|aldrig|never|jobbar|working|at work|i work|we work|pa jobbet|upptagen|busy|moten|mote|meetings?|in a meeting|away|out of town|on holiday|on vacation|travell?ing|borta|bortrest|pa semester|pa resa|i stugan|pa landet|ska (vi|jag) (\w+ )?(till|aka|resa|ivag|bort|halsa pa)|(aker|reser|far) (vi|jag) (till|bort|ivag)|(vi|jag) (ar|e) (i|hos) (?!hemma)|(we'?re|we are|i'?m|im|i am|we'?ll be|i'?ll be) (off|away|out|visiting|travell?ing|going (to|away)(?! be home)))\b/;
/** "Det går inte.", "that doesn't work": a sentence that only says the day just named does not suit. */
const DOES_NOT_SUIT =
  /\b(gar inte|gar ej|passar inte|passar ej|funkar inte|fungerar inte|(kan|hinner) (vi|jag) inte|doesn'?t work|does not work|won'?t work|wont work|(we|i) can'?t|(we|i) cannot|not possible|no good|omojligt)\b/;
const SEARCH_DAYS = 21;
/** A day ruled out without hours ("inte onsdag") is ruled out whole. */
const WHOLE_DAY: [number, number] = [0, 24];
/** Words for a part of the day the availability parser does not know, as the words it does. */
const PART_WORDS: [RegExp, string][] = [
  [/\b(after|efter) (lunch|lunchen|lunchtid)\b/g, 'afternoon'],
  [/\b(before|fore) (lunch|lunchen|lunchtid)\b/g, 'morning'],
  [/\b(pa|i) em\b/g, 'eftermiddag'],
  [/\b(pa|i) fm\b/g, 'formiddag'],
  // "lördag fm", "mandag em": the short forms after a day ("fm" alone is never anything else).
  [/\bfm\b/g, 'formiddag'],
  [
    /\b(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|idag|imorgon|vardagar|helgen?)\s+em\b/g,
    '$1 eftermiddag',
  ],
  // "jobbar dagtid", "i work during the day": office hours.
  [/\b(dagtid|dagtider|daytime|daytimes|during the day|office hours|kontorstid\w*|arbetstid\w*)\b/g, '8-16'],
  // "10 på förmiddagen", "10am": the hour itself, not the whole morning beside it.
  [/\b(\d{1,2}(?:[:.]\d\d)?) ?(?:pa formiddagen|pa morgonen|pa fm|in the morning|am|fm)\b/g, '$1'],
  // "inte före 10", "not before 10", "earliest 10", "10 at the earliest": a lower bound, as "after 10".
  [
    /\b(?:not|inte|ej) (?:before|fore|innan|earlier than|tidigare an) (?:kl\.? ?|klockan )?(\d{1,2}(?:[:.]\d\d)?)/g,
    'after $1',
  ],
  [
    /\b(?:at the earliest|earliest|no earlier than|tidigast|inte tidigare an) (?:at |kl\.? ?|klockan )?(\d{1,2}(?:[:.]\d\d)?)/g,
    'after $1',
  ],
  [/\b(?:kl\.? ?|klockan )?(\d{1,2}(?:[:.]\d\d)?) (?:at the earliest|tidigast)\b/g, 'after $1'],
];
/**
 * Words about something else that name a time ("if its still red tomorrow can i get money back?", "om det
 * fortfarande inte funkar imorgon"): a condition is no time for the visit; taken out before reading.
 */
const NOT_TIMES: RegExp[] = [
  /\b(?:if|ifall|om)\s+(?:(?:it|its|it'?s|it is|det|den|lampan|the light|the internet|internet|natet|the problem|problemet|felet)\s+)?(?:is\s+|ar\s+)?(?:still|fortfarande|again|igen|inte|not|doesn'?t|does not|dont|won'?t|isn'?t|comes back|kommer tillbaka)\b[^.?!,]*/g,
];
/** The text says what happens if something is still so ("if its still red tomorrow …"). */
export function namesCondition(text: string): boolean {
  const plain = fold(text).replace(/[’`]/g, "'");
  return NOT_TIMES.some((re) => plain.replace(re, '\u0000').includes('\u0000'));
}

/** "after 4", "from 5": an hour before 7 without am/pm is in the afternoon (nobody visits at 4 am). */
const afternoon = (h: number) => (h > 0 && h < 7 ? h + 12 : h);
/** A time that does not suit because of work ("jobbar på förmiddagen"): without a day, the weekdays. */
const WORK = /\b(jobbar|arbetar|working|at work|pa jobbet|i work|work)\b/;
/**
 * Words that look negative but are not a time that does not suit ("im not sure", "jobbar hemifrån"), and a
 * request put as a negative question ("kan jag inte få prata med en människa?", "can't I just talk to
 * someone?", "couldn't you send someone?"): it asks for something, it rules no time out.
 */
const NOT_NEGATIVE =
  /\b(not (sure|certain)|inte (saker|helt saker)|vet inte|(jobbar|arbetar) (hemifran|hemma)|work(ing)? (from|at) home|wfh|(doesn'?t|does not|dont) matter|spelar ingen roll|inte sa noga|(kan|kunde) (jag|vi|man|ni|du|nan|nagon) inte (bara |hellre |istallet |forst )?(fa|prata|snacka|tala|ringa|skicka|koppla)|(can'?t|cannot|couldn'?t|could not|why can'?t|why cant) (i|we|you|someone|somebody|anyone) (just |please |at least )?(get|talk|speak|have|call|put|transfer|send|connect))\b/g;

const hour = (h: string, m: string) => Number(h) + Number(m) / 60;
/**
 * The hours of the day a slot of the availability parser stands for: a part of the day ("morning"), after
 * or from an hour ("after 16:00"), before one, or between two ("13:00-17:00", "1-5" in the afternoon).
 * The days are the parser's day slots (DAY_SLOTS); dates are read before (visit-dates.ts).
 */
const HOUR_KINDS: [RegExp, (m: RegExpExecArray) => [number, number]][] = [
  [/^(morning|afternoon|evening|any time)$/, (m) => PART_OF_DAY[m[1]]],
  [/^(?:after|from) (\d\d):(\d\d)$/, (m) => [afternoon(Number(m[1])) + Number(m[2]) / 60, 22]],
  [/^before (\d\d):(\d\d)$/, (m) => [7, afternoon(Number(m[1])) + Number(m[2]) / 60]],
  [
    /^(\d\d):(\d\d)-(\d\d):(\d\d)$/,
    (m) => {
      const [from, to] = [Number(m[1]), Number(m[3])];
      // "1-5", "11-3": the end before 7 is in the afternoon; "5-8", "6-10": a start before 7 that ends by
      // 10 is an evening range (nobody visits at 5 am), so both ends are in the afternoon.
      const pm = (to < 7 && to > 0) || (from > 0 && from < 7 && to > from && to <= 10);
      return [
        pm ? afternoon(from) + Number(m[2]) / 60 : hour(m[1], m[2]),
        pm ? to + 12 + Number(m[4]) / 60 : hour(m[3], m[4]),
      ];
    },
  ],
];

function clauseOf(raw: string): Clause {
  const text = PART_WORDS.reduce((s, [re, word]) => s.replace(re, word), raw);
  const read = (() => {
    const p = parseAnswer('contact.availability', text);
    return p.kind === 'availability' ? p.slots : [];
  })();
  // "när som helst på vardagar, helst förmiddag", "home all day, ideally mornings": hours named beside "any
  // time" narrow it — the whole day is what the customer can, the hours named are what they want.
  const slots = read.some((s) => s !== 'any time' && HOUR_KINDS.some(([re]) => re.test(s)))
    ? read.filter((s) => s !== 'any time')
    : read;
  const days = slots.filter((s) => DAY_SLOTS.has(s));
  const hours = slots.flatMap((slot) =>
    HOUR_KINDS.flatMap(([re, read]) => {
      const m = re.exec(slot);
      return m ? [read(m)] : [];
    }),
  );
  const plain = fold(text).replace(/[’`]/g, "'").replace(NOT_NEGATIVE, ' ');
  const negative = NEGATIVE.test(plain);
  if (negative && !days.length && hours.length && WORK.test(plain)) days.push('weekdays');
  return { days, hours, negative, liked: !negative && LIKED.test(plain) };
}

/**
 * "inte måndag, helst kvällar", "imorgon kan jag inte, onsdag efter fyra", "I work shifts, maybe weekday
 * evenings?": after a comma, a time said without a no is wanted — the no before it rules out only its own
 * part. (A part without a time of its own, or with a no, stays with what came before.)
 */
function splitAfterNo(part: string): string[] {
  const pieces = part.split(/,\s*/);
  const out: string[] = [];
  for (const piece of pieces) {
    const before = out.at(-1);
    if (before === undefined) {
      out.push(piece);
      continue;
    }
    const next = clauseOf(piece);
    const named = next.days.length > 0 || next.hours.length > 0;
    if (named && !next.negative && clauseOf(before).negative) out.push(piece);
    else out[out.length - 1] = `${before}, ${piece}`;
  }
  return out;
}

/** The clauses of an availability answer, each a set of days and hours (see the file's comment). */
function clausesOf(text: string): Clause[] {
  // "any day but thursday", "every weekday but monday": "but" is "except" there, not a new clause.
  const parts = fold(text)
    .replace(
      /\b((?:any|every|all|most) (?:\w+ )?(?:days?|weekdays?|time|evenings?|mornings?|afternoons?))( of the week)? but\b/g,
      '$1$2 except',
    )
    .split(
      /\b(?:eller|or|annars|otherwise)\b|[.;!?]+(?:\s|$)|,\s*(?=(?:(?:helst|garna|preferably|ideally|just|bara|och|and)\s+)?(?:not|inte|ej|except|utom|forutom|never|aldrig)\b)|\s(?=(?:except|utom|forutom|apart from|besides)\b)|,\s*(?=(?:jag |i |we |vi )?(?:jobbar|arbetar|work|am working|im working|i'm working|ar pa jobbet)\b)|,\s*(?=(?:i|we|jag|vi)\s*(?:won'?t|wont|will not|can'?t|cannot|'?m not|am not|kan inte|ar inte|hinner inte)\b)|,\s*(?=(?:och |and )?(?:tidigast|earliest|at the earliest|no earlier)\b)|,\s*(?:sa|so)\s|\s(?:sa|so)\s(?=(?:weekdays|vardagar|weekends?|helg\w*|\w+dag\w*|\w+day\w*|evenings?|kvall\w*|mornings?|after|efter|from|fran)\b)|\bmen\b|\bbut\b|,?\s*\b(?:fast|though|although)\b(?=\s+(?:not|inte|ej|no|inga?)\b)|\band\b(?=\s+(?:mon|tue|wed|thu|fri|sat|sun|man|tis|ons|tor|fre|lor|son))/,
    )
    .flatMap(splitAfterNo)
    .map((p) => p.trim())
    .filter(Boolean);
  const all = parts.map(clauseOf);
  // "Men torsdag sa jag ju att vi är i Uppsala! Det går inte.": the day just named is the one that does not suit.
  for (let i = 1; i < all.length; i++) {
    const [before, c] = [all[i - 1], all[i]];
    if (c.days.length || c.hours.length || !c.negative || before.negative || !before.days.length) continue;
    if (DOES_NOT_SUIT.test(fold(parts[i]).replace(/[’`]/g, "'"))) before.negative = true;
  }
  const clauses = all.filter((c) => c.days.length || c.hours.length);
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    // "alla vardagar utom torsdag, och inte före 10": a day left out between them does not part the days
    // wanted from the hours wanted — the neighbours of the same kind are read together.
    const next = clauses.slice(i + 1).find((x) => x.negative === c.negative);
    if (
      c.days.length &&
      !c.hours.length &&
      next?.days.length &&
      next.hours.length &&
      next.negative === c.negative
    )
      c.hours = next.hours;
    // "maybe thursday? probably after lunch": hours with no day of their own narrow the day before.
    else if (
      c.days.length &&
      !c.hours.length &&
      next &&
      !next.days.length &&
      next.hours.length &&
      next.negative === c.negative
    )
      c.hours = next.hours;
    const prev = clauses.slice(0, i).findLast((x) => x.negative === c.negative);
    // "weekdays after 5. mornings dont work": hours ruled out after a wish hold on every day, not only the wished ones.
    if (!c.days.length && prev?.days.length && prev.negative === c.negative) c.days = prev.days;
  }
  return clauses;
}

function dayMatches(day: string, weekday: number, offset: number, nextWeekStart: number): boolean {
  switch (day) {
    case 'weekdays':
      return weekday >= 1 && weekday <= 5;
    case 'weekend':
      return weekday === 0 || weekday === 6;
    case 'today':
      return offset === 0;
    case 'tomorrow':
      return offset === 1;
    case 'next week':
      return offset >= nextWeekStart && offset < nextWeekStart + 7;
    default:
      return DAYS[weekday] === day;
  }
}

/** The local days searched: the dates named, else the next SEARCH_DAYS days. */
function windowsOf(clauses: Clause[], now: Date, timeZone: string, dates: number[] = []): TimeWindow[] {
  const out: TimeWindow[] = [];
  const clock = localClock(timeZone);
  const today = clock.day(now.getTime());
  // 1 January 1970 was a Thursday.
  const todayWeekday = (today + 4) % 7;
  const nextWeekStart = (8 - todayWeekday) % 7 || 7;
  const at = (day: number, hour: number) => new Date(clock.instant(day, Math.round(hour * 60))).toISOString();
  const offsets = dates.length ? dates.map((day) => day - today) : [...Array(SEARCH_DAYS).keys()];
  for (const d of offsets) {
    const weekday = (todayWeekday + d) % 7;
    for (const c of clauses) {
      if (c.days.length && !c.days.some((day) => dayMatches(day, weekday, d, nextWeekStart))) continue;
      for (const [from, to] of c.hours.length ? c.hours : [c.negative ? WHOLE_DAY : PART_OF_DAY['any time']])
        out.push({ start: at(today + d, from), end: at(today + d, to) });
    }
  }
  return out;
}

/**
 * The windows wanted: on the dates named ("tisdag förmiddag, 8 eller 15 december") when there are any —
 * with the hours said, and the days said where they agree with the dates — else on the days said.
 */
function wantedWindows(wanted: Clause[], dates: number[], now: Date, timeZone: string): TimeWindow[] {
  if (!dates.length) return windowsOf(wanted, now, timeZone);
  const clauses = wanted.length ? wanted : [{ days: [], hours: [], negative: false }];
  const onDates = windowsOf(clauses, now, timeZone, dates);
  if (onDates.length) return onDates;
  return windowsOf(
    clauses.map((c) => ({ ...c, days: [] })),
    now,
    timeZone,
    dates,
  );
}

const covered = (w: TimeWindow, by: TimeWindow[]) =>
  by.some((a) => Date.parse(a.start) <= Date.parse(w.start) && Date.parse(w.end) <= Date.parse(a.end));

/**
 * "i work till 5 so after that any weekday", "jobbar till 17, efter det funkar alla vardagar": "after that"
 * is after the hour work ends — never hours borrowed from the next alternative ("or saturday morning").
 */
const AFTER_WORK =
  /\b(i work|we work|work\w*|jobbar|arbetar|ar pa jobbet|im at work|i'?m at work)\b([^.?!]{0,15}?)\b(till|until|untill|til|to|fram till|tills)\s+((?:kl\.? ?|klockan )?)(\d{1,2}(?:[:.]\d\d)?)\b([^.?!]{0,30}?)\b(?:after that|after then|after work|efter det|efter dess|darefter|efter jobbet)\b/g;
function afterWorkEnds(text: string): string {
  return text.replace(
    AFTER_WORK,
    // A clause of its own: "after 5" is wanted, the work hours before it are not.
    (_m, work, mid, till, kl, h) => `${work}${mid}${till} ${kl}${h}. after ${h}`,
  );
}

/**
 * The customer's words as windows to book inside and windows to avoid, from `now` on. The constraint
 * kinds (clauseOf): days (named, weekdays, weekend, today, tomorrow, next week), parts of the day, hours
 * after / before / between, dates (visit-dates.ts), each wanted or ruled out; a window ruled out is never
 * wanted ("vardagar efter 16, men inte onsdag" wants no Wednesday).
 */
export function visitTimes(text: string | null, now: Date, timeZone: string): VisitTimes {
  // ("efter kl. 15": the abbreviation's point ends no sentence — the hours stay with their days.)
  // ("helst före 11 eftersom jag har möte då": the reason names no time of its own — it rules nothing out.)
  const folded = fold(text ?? '')
    .replace(/\b(kl|ca|approx|appr)\.\s*/g, '$1 ')
    .replace(REASON, (m) => (TIME_WORD.test(m) ? m : ' '));
  const plain = afterWorkEnds(NOT_TIMES.reduce((s, re) => s.replace(re, ' '), folded));
  const { dates, rest } = namedDates(plain, localClock(timeZone).day(now.getTime()));
  const clauses = text ? clausesOf(rest) : [];
  // A morning wanted takes the field team's Saturday morning (09–13) too; a morning to avoid stays 08–12.
  const wanted = clauses
    .filter((c) => !c.negative)
    .map((c) => ({
      ...c,
      hours: c.hours.map(([a, b]): [number, number] => (a === 8 && b === 12 ? [8, 13] : [a, b])),
    }));
  const avoid = windowsOf(
    clauses.filter((c) => c.negative),
    now,
    timeZone,
  );
  const all = wantedWindows(wanted, dates, now, timeZone).filter((w) => !covered(w, avoid));
  // "vardagar när som helst. helst förmiddag": the wish narrows the times the customer can, when it lies inside them.
  const liked = wanted.filter((c) => c.liked);
  const others = wanted.filter((c) => !c.liked);
  if (liked.length && others.length) {
    const inside = wantedWindows(liked, dates, now, timeZone).filter(
      (w) => !covered(w, avoid) && covered(w, wantedWindows(others, dates, now, timeZone)),
    );
    if (inside.length) return { preferred: inside, avoid };
  }
  return { preferred: all, avoid };
}

/** A reason given for the times ("because I have a meeting then", "eftersom jag har möte då"), up to its clause's end. */
const REASON = /\b(?:eftersom|because|since|cause|cuz|as (?:i|we)|da (?:jag|vi)|for (?:jag|vi))\b[^.?!,;]*/g;
/** Words that name a day or an hour: a reason with one of them may still say a time that does not suit. */
const TIME_WORD =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:man|tis|ons|tors|fre|lor|son)dag|\b(?:today|tomorrow|tonight|idag|imorgon|ikvall|weekend|helg\w*|vardag\w*|weekday\w*|morning\w*|afternoon\w*|evening\w*|formiddag\w*|eftermiddag\w*|morgon\w*|kvall\w*|lunch\w*)\b/;

/**
 * The hour the customer wants the technician to have come by ("helst före 11", "before 10 if possible", "by
 * noon", "senast 11", or the end of "08-11"), in local hours; null when they named none. ("inte före 10" is a
 * lower bound, read as "after 10" above.)
 */
export function latestArrival(text: string | null): number | null {
  const plain = fold(text ?? '').replace(/[’`]/g, "'");
  const limits: number[] = [];
  for (const m of plain.matchAll(LATEST)) {
    if (/\b(?:not|inte|ej|no earlier|inte tidigare)\s*$/.test(plain.slice(0, m.index))) continue;
    limits.push(
      m[1] === 'noon' || m[1] === 'lunch' || m[1] === 'lunchtid'
        ? 12
        : afternoon(Number(m[1])) + Number(m[2] ?? 0) / 60,
    );
  }
  for (const m of plain.matchAll(RANGE)) {
    const [from, to] = [Number(m[1]), Number(m[3])];
    if (to > from && to <= 20) limits.push(to + Number(m[4] ?? 0) / 60);
  }
  return limits.length ? Math.min(...limits) : null;
}
const LATEST =
  /\b(?:fore|innan|before|by|senast|no later than|not later than|inte senare an)\s+(?:kl\.?\s*|klockan\s+|at\s+)?(noon|lunch|lunchtid|\d{1,2})(?:[:.](\d\d))?(?!\s*(?:[-–]|min|h\b|hours|timm|dag|day|dec|jan|nov))/g;
const RANGE =
  /\b(\d{1,2})(?:[:.](\d\d))?\s*[-–]\s*(\d{1,2})(?:[:.](\d\d))?\b(?!\s*(?:dec|jan|nov|kr|sek|mbit|min))/g;

/** The booked window lies inside one of the windows the customer gave (or they gave none). */
export function insideTimes(w: TimeWindow, times: VisitTimes): boolean {
  const s = Date.parse(w.start);
  const e = Date.parse(w.end);
  const clash = times.avoid.some((a) => Date.parse(a.start) < e && s < Date.parse(a.end));
  if (clash) return false;
  if (!times.preferred.length) return true;
  return times.preferred.some((p) => Date.parse(p.start) <= s && e <= Date.parse(p.end));
}

/** How far around the customer's hours a visit still counts as near them ("after 18" takes 17–20), nearest first. */
const NEAR_HOURS = [2, 4];
/** How many days after the ones said the same hours are tried, and a day in milliseconds. */
const LATER_DAYS = 6;
const DAY_MS = 86_400_000;

/**
 * When no free visit lies inside the customer's windows: the windows to try next, nearest first — the
 * same hours widened by two, then four hours either side (on the same day), then the same hours on the next
 * days (as said, then two hours either side), then the same days at any hour.
 */
export function nearerWindows(preferred: TimeWindow[], timeZone: string): TimeWindow[][] {
  const clock = localClock(timeZone);
  const iso = (ms: number) => new Date(ms).toISOString();
  const widened = (hours: number) =>
    preferred.map((p) => {
      const day = clock.day(Date.parse(p.start));
      const open = clock.instant(day, 7 * 60);
      const close = clock.instant(day, 22 * 60);
      return {
        start: iso(Math.max(open, Date.parse(p.start) - hours * 3_600_000)),
        end: iso(Math.min(close, Date.parse(p.end) + hours * 3_600_000)),
      };
    });
  const days = [...new Set(preferred.map((p) => clock.day(Date.parse(p.start))))].map((day) => ({
    start: iso(clock.instant(day, 7 * 60)),
    end: iso(clock.instant(day, 22 * 60)),
  }));
  // "imorgon efter 13" when tomorrow has no visits at all: the same hours on the next days come before
  // any hour of the day said (then two hours either side, as on the day itself).
  const later = (hours: number) => {
    const seen = new Set(preferred.map((p) => p.start));
    const out: TimeWindow[] = [];
    for (let d = 1; d <= LATER_DAYS; d++)
      for (const w of widened(hours)) {
        const start = iso(Date.parse(w.start) + d * DAY_MS);
        if (seen.has(start)) continue;
        seen.add(start);
        out.push({ start, end: iso(Date.parse(w.end) + d * DAY_MS) });
      }
    return out;
  };
  return [...NEAR_HOURS.map(widened), later(0), later(NEAR_HOURS[0]), days];
}
