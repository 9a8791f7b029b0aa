// A speed the customer reports from a test ("fast.com says 470", "470/100", "around 450", "typ 480 mbit",
// "0,5 gbit"), read on folded text. Numbers that are something else — a band ("5 ghz"), a time, money, a
// share, a port — are not speeds.

/** A number and what may follow it; the unit decides, a bare number of two to four digits counts. */
const SPEED =
  /(?<![\d.,:/])(?:~\s*)?(\d{1,4}(?:[.,]\d{1,2})?)(?:\s*ish)?\s*(gbit\w*|gbps|gb\/s|mbit\w*|mbps|mb\/s|mb|megabit\w*|m(?![a-z]))?(?![\d]|[.,]\d)(?!\s*(?:ghz|g\b|min\w*|sek\w*|sec\w*|s\b|h\b|hours?|tim\w*|kr\b|kronor|sek\b|%|procent|percent|dagar|days|ar\b|years|st\b|x\b))/g;

/** "port 25565", "kl 16": the number is named as something else. */
const NAMED_OTHERWISE = /\b(port|porten|kl|klockan|at|pin|kundnummer|customer number)\s*$/;

/** On the Wi-Fi, not over the cable: a speed said about the Wi-Fi is not the wired test's result. */
const WIFI_ONLY = /\b(wi-?fi|wlan|tradlos\w*|wireless)\b/;
const WIRED = /\b(cable|cabled|wired|ethernet|lan|kabel\w*|sladd\w*|natverkskabel\w*)\b/;

/** A figure as people write it: "12,4" and "12.4" are the same decimal in both languages. */
const FIGURE = String.raw`(\d{1,4}(?:[.,]\d{1,2})?)`;
/** Megabits only: a figure in gigabits is read by `SPEED`. */
const MBIT = String.raw`(?:\s*(?:mbit\w*|mbps|mb|megabit\w*)(?:\/s)?)?`;

/**
 * "12,4 not 120", "inte 120 utan 12", "instead of 120", "snarare än 120": the figure after the negation is the
 * one being corrected away (often the desk's own), never the customer's result.
 */
const CORRECTED_AWAY = new RegExp(
  String.raw`\b(?:not|inte|ej|icke|instead of|rather than|istallet for|snarare an)\s+(?:~\s*)?${FIGURE}${MBIT}(?![\d]|[.,]\d)`,
  'g',
);

/** The download and upload words: "down", "ner", "nedladdning", "dl"; "up", "upp", "uppladdning", "ul". */
const DOWN_WORD = String.raw`(?:down\w*|ner|ned|nedat|nedladd\w*|dl)`;
const UP_WORD = String.raw`(?:up|upload\w*|upp|uppat|uppladd\w*|ul)`;
/** "12,4 down", "12.4 mbit/s ner": the word after the figure. */
const after = (word: string) => new RegExp(String.raw`(?<![\d.,])${FIGURE}${MBIT}\s*${word}\b`);
/** "down 12,4", "download: 12.4": the word before it. */
const before = (word: string) => new RegExp(String.raw`\b${word}\s*:?\s*${FIGURE}(?![\d]|[.,]\d)`);
const LABELLED = [
  { down: after(DOWN_WORD), up: after(UP_WORD) },
  { down: before(DOWN_WORD), up: before(UP_WORD) },
];
/** "12,4/3,1", "12.4 / 3.1 mbit": down and up written as a pair. */
const PAIR = new RegExp(String.raw`(?<![\d.,/])${FIGURE}\s*\/\s*${FIGURE}(?![\d]|[.,]\d|\/)`);

/**
 * "you say 120 Mbit, but my speedtest says 12", "er mätning visar 120 men jag får 12": a figure quoted from the
 * desk (or its test) is the desk's, never the customer's result.
 */
const QUOTED_FROM_DESK = new RegExp(
  String.raw`\b(?:you|u|ya|ni|du|your (?:own )?(?:test|measurement|check|system|reading)s?|er (?:matning|test|kontroll)\w*|din (?:matning|test|kontroll)\w*|the desk|frontline)\s+(?:(?:just|also|still|ju|har|have|had|ocksa|sjalva|said that|sa att|skrev att)\s+)*(?:say|says|said|wrote|write|claim\w*|measured|measure|mean|show\w*|saw|see|sager|sa|sade|skrev|skriver|pastar|pastod|menar|matte|mater|uppmatte|visar|visade|fick|ser|sag|namnde|namner)\s+(?:(?:it'?s|its|it is|it was|that|att|det ar|den ar|det var|den var|about|around|only|typ|ca|cirka|runt|bara|there'?s|there is|det finns)\s+)*(?:~\s*)?${FIGURE}${MBIT}(?![\d]|[.,]\d)`,
  'g',
);

/** A question's clause that opens with "is"/"är" ("is 500 realistic?", "är 310 ok?"): a figure asked about. */
const ASKS_IS = /^(?:is|isn'?t|are|aren'?t|was|ar|e|var|blir)\b/;
/** A clause that opens on what may be had ("should i get 500?", "can i expect 500 on wifi?", "kan man få 500?"). */
const ASKS_EXPECTED =
  /^(?:should|shouldn'?t|could|can|will|would|may|might|ska|skall|borde|bor|kan|kommer|is it possible to|ar det mojligt att)\s+(?:(?:i|we|you|one|it|jag|vi|man|du|ni|det|den)\s+)?(?:(?:really|actually|even|realistically|not|verkligen|faktiskt|ens|rimligen|inte)\s+)*(?:get|expect|reach|have|see|hit|be|fa|forvanta\w*|na|ha|vara|ligga)\b/;
/** The customer's own reading in the clause ("is it normal that i get 40", "är det ok att speedtest visar 40"). */
const MEASURED_IN_CLAUSE =
  /\b(?:i|we|jag|vi|it|det|den|speedtest\w*|test\w*|fast\.?com|bredbandskollen|ookla)\s+(?:(?:only|just|still|bara|fortfarande|nu|now)\s+)*(?:get|got|gets|see|saw|says?|said|shows?|showed|gives?|gave|measured|visar|visade|ger|gav|far|fick|matte|mater|har)\b/;

/**
 * "but you didn't answer - is 500 realistic over wifi at all?", "is 310 ok or should it be more?", "kan man
 * få 500 på wifi?": a figure the customer asks about is their plan or a hope, never a test result. Clauses of
 * a question that open with "is"/"should"/"can I get" lose their figures unless a reading is said in them.
 */
function withoutAskedFigures(folded: string): string {
  const sentences = folded.replace(/(\d)\.(\d)/g, '$1\u2024$2').match(/[^.!?]+[.!?]*/g) ?? [];
  return sentences
    .map((sentence) => {
      if (!sentence.trim().endsWith('?')) return sentence;
      return sentence
        .split(/([,;:]|\s[-–]\s|\b(?:but|and|or|so|then|men|och|eller|sa|da)\b)/)
        .map((clause) => {
          const c = clause.trim();
          const asked = ASKS_EXPECTED.test(c) || (ASKS_IS.test(c) && !MEASURED_IN_CLAUSE.test(c));
          return asked ? clause.replace(/\d/g, ' ') : clause;
        })
        .join('');
    })
    .join('')
    .replace(/\u2024/g, '.');
}

/**
 * The message without the figures it corrects away ("12,4 not 120" → "12,4"), quotes from the desk ("you say
 * 120, my test says 12" → "12") or asks about ("is 500 realistic?").
 */
function withoutCorrectedAway(folded: string): string {
  return withoutAskedFigures(folded.replace(CORRECTED_AWAY, ' ').replace(QUOTED_FROM_DESK, ' '));
}

const figure = (m: RegExpExecArray | null) => (m ? Number(m[1].replace(',', '.')) : NaN);

/** A test result the customer reports: download and, when said, upload (Mbit/s, decimals kept). */
export interface ReportedTest {
  down: number;
  up: number | null;
}

/** "12,4 down and 3,1 up", "down 12.4 up 3.1": the figures named by their direction, one way of writing for both. */
function labelledTest(text: string): ReportedTest | null {
  for (const form of LABELLED) {
    const down = figure(form.down.exec(text));
    if (down > 0) {
      const up = figure(form.up.exec(text));
      return { down, up: up > 0 ? up : null };
    }
  }
  return null;
}

/**
 * The test result in a message: "12,4 down and 3,1 up", "down 12.4 up 3.1", "12,4/3,1", or one figure
 * ("said 12,4 not 120" → 12.4). Decimal commas and points read alike; a figure corrected away is not the result.
 */
export function reportedTest(folded: string): ReportedTest | null {
  const text = withoutCorrectedAway(folded);
  const labelled = labelledTest(text);
  if (labelled) return labelled;
  const pair = PAIR.exec(text);
  if (pair) {
    const down = Number(pair[1].replace(',', '.'));
    const up = Number(pair[2].replace(',', '.'));
    if (down > 0 && up > 0) return { down, up };
  }
  for (const m of text.matchAll(SPEED)) {
    if (NAMED_OTHERWISE.test(text.slice(0, m.index))) continue;
    const value = Number(m[1].replace(',', '.'));
    if ((m[2] ?? '').startsWith('g')) return { down: value * 1000, up: null };
    if (value > 0 && value <= 10000) return { down: value, up: null };
  }
  return null;
}

/** The speed in Mbit/s the customer reports, or null. */
export function reportedSpeed(message: string): number | null {
  if (WIFI_ONLY.test(message) && !WIRED.test(message)) return null;
  const folded = withoutCorrectedAway(message);
  // "got 38,5 down": a figure named as the download counts with its decimals.
  const down = labelledTest(folded)?.down ?? 0;
  if (down >= 10 && down <= 10000) return Math.round(down);
  for (const m of folded.matchAll(SPEED)) {
    if (NAMED_OTHERWISE.test(folded.slice(0, m.index))) continue;
    const value = Number(m[1].replace(',', '.'));
    const unit = m[2] ?? '';
    if (unit.startsWith('g')) return Math.round(value * 1000);
    if (unit === '' && (value < 10 || !Number.isInteger(value))) continue;
    if (value > 0 && value <= 10000) return Math.round(value);
  }
  return null;
}

// "do I need to be home? I have meetings 13-15" is no test result (round 27, c5): outside the answer to a speed
// test the desk asked for, a figure is a speed only when it is said as one — with its unit, named as the download
// or upload, or with a speed word beside it ("speedtest said around 20", "hastigheten är typ 40").

/** Words that make a bare figure beside them a measured speed (folded). */
const SPEED_WORD =
  /^(speed\w*|hastighet\w*|fart\w*|test\w*|speedtest\w*|bredbandskollen|fast\.?com|ookla|nperf|matte|matt|matning\w*|measur\w*|bandwidth|bandbredd\w*)$/;
/** How many words either side of a bare figure a speed word may stand. */
const SPEED_WORD_REACH = 4;

/** A speed word within reach of the figure at `at`..`end`, in the same sentence. */
function speedWordBeside(text: string, at: number, end: number): boolean {
  // ("fast.com says 470": a point inside a word ends no sentence.)
  const sentenceEnd = /[!?;\n]|\.(?=\s|$)/;
  const before = text.slice(0, at).split(sentenceEnd).at(-1) ?? '';
  const after = text.slice(end).split(sentenceEnd)[0] ?? '';
  const words = (s: string) => s.split(/[^a-z0-9.]+/).filter(Boolean);
  return [...words(before).slice(-SPEED_WORD_REACH), ...words(after).slice(0, SPEED_WORD_REACH)].some((w) =>
    SPEED_WORD.test(w.replace(/\.$/, '')),
  );
}

/** "13-15", "13–15": a span of hours or days, not a figure of its own. */
const IN_SPAN_BEFORE = /\d\s*[-–]\s*$/;
const IN_SPAN_AFTER = /^\s*[-–]\s*\d/;

/**
 * The test result in a message that was not asked for one: like `reportedTest`, but a figure counts only when
 * said as a speed (unit, download/upload word, or a speed word beside it). Folded text.
 */
export function saidSpeedTest(folded: string): ReportedTest | null {
  const text = withoutCorrectedAway(folded);
  const labelled = labelledTest(text);
  if (labelled) return labelled;
  const pair = PAIR.exec(text);
  if (pair) {
    const end = pair.index + pair[0].length;
    const unit = /^\s*(mbit\w*|mbps|mb\/s|mb\b|megabit\w*)/.test(text.slice(end));
    const down = Number(pair[1].replace(',', '.'));
    const up = Number(pair[2].replace(',', '.'));
    if (down > 0 && up > 0 && (unit || speedWordBeside(text, pair.index, end))) return { down, up };
  }
  for (const m of text.matchAll(SPEED)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (NAMED_OTHERWISE.test(text.slice(0, at))) continue;
    const value = Number(m[1].replace(',', '.'));
    const unit = m[2] ?? '';
    if (!unit && (IN_SPAN_BEFORE.test(text.slice(0, at)) || IN_SPAN_AFTER.test(text.slice(end)))) continue;
    if (!unit && !speedWordBeside(text, at, end)) continue;
    if (unit.startsWith('g')) return { down: value * 1000, up: null };
    if (value > 0 && value <= 10000) return { down: value, up: null };
  }
  return null;
}

/** The test put on the Wi-Fi: Wi-Fi words, a band ("5 GHz", "2,4"), a network named for its band ("Nilsson-5G"). */
const ON_WIFI = /\b(wi-?fi\w*|wlan|tradlos\w*|wireless|5 ?ghz|5 ?g|2[.,]4 ?(ghz|g)?)\b/;
/** A cable said not to be there ("no cable", "har ingen kabel", "not on the cable", "utan sladd"). */
const NO_CABLE =
  /\b(no|not (on|over|with|using)( the| a)?|without( a| the)?|don'?t have( a| the)?|do not have( a| the)?|have no|ingen|inte (med|over|pa|via)( en)?|utan( en)?|har ingen|saknar)\s+(ethernet|lan|cable|natverkskabel\w*|kabel\w*|sladd\w*)\b/g;

/**
 * The customer reports a test on the Wi-Fi and names no cable ("Jag bytte till Nilsson-5G nu och speedtest visar
 * 380 Mbit", "on wifi next to the router fast.com says 380"): at the cable test that is no cable test done,
 * however "already" or "done" the rest of the message sounds. Folded text.
 */
export function testOnWifi(folded: string): boolean {
  if (!ON_WIFI.test(folded) || WIRED.test(folded.replace(NO_CABLE, ' '))) return false;
  return (
    saidSpeedTest(folded) !== null ||
    folded.split(/[^a-z0-9.]+/).some((w) => SPEED_WORD.test(w.replace(/\.$/, '')))
  );
}
