// A satisfaction score with more beside it: "4 typ. men kan det hända igen?", "4 i guess. what if it
// happens again?", "3. also can i get some money back?", "ok tack, 3 för att ni missade tv frågan". The
// score is what the message opens with (after an ok or a thanks, hedged or not); the rest is handled as
// what it is. Read on folded text (lower case, å/ä/ö as a/a/o).
import { cleanText, fold } from './normalize.js';
import { OUT_OF_FIVE, scoreWordsAsDigits } from './score-words.js';

/** Words before the score that only acknowledge ("ok tack, 3"). */
const ACK = String.raw`(?:(?:ok(?:ay|ej)?|tack|thanks?|thank you|thx|tusen tack|ja|yes|well|hmm+|um+|mja|jaha|sure)[\s,.!]+)*`;
/** The score named as such, as an e-mail writes it ("Rating: 2 - …", "Betyg: 2 – …", "my score is 4"). */
const LABEL = String.raw`(?:(?:my |min |mitt )?(?:rating|score|grade|betyg(?:et)?|omdome(?:t)?|vote)\s*(?:is|=|ar|blir)?\s*[:=]?\s*)?`;
/** A hedge before the score ("typ 4", "i'd say 4", "jag ger er en 3:a"). */
const BEFORE = String.raw`(?:(?:typ|kanske|maybe|about|around|ungefar|say|i'?d say|id say|i (?:would )?(?:say|give(?: it| you)?(?: a)?)|jag (?:skulle )?(?:saga|ge(?:r)?)(?: er| dig)?(?: en)?)\s+)?`;
/** The score itself, out of five or not ("4", "4/5", "4 av 5", "3:a"). */
const SCORE = String.raw`([1-5])(?::[ae]|:an)?(?:\s*(?:\/|av|of|out of)\s*(?:5|fem|five))?`;
/** A hedge after the score ("4 typ", "4 i guess"). */
const AFTER = String.raw`(?:\s+(?:typ|i guess|i think|i suppose|i'?d say|antar jag|tror jag|kanske|ish|or so|ungefar|maybe|liksom|val|nog|val da|da|eller nat|or something|probably))?`;
/** Where the score ends and the rest begins. */
const END = String.raw`(?=\s*$|\s*[,.!:;?–—-](?!\d)|\s+(?:but|men|because|for att|eftersom|since|for|also|och|and|though|fast|pga|cause|cuz))`;

const LEADING_SCORE = new RegExp(`^${ACK}${LABEL}${BEFORE}${SCORE}${AFTER}${END}`);

/**
 * A score standing elsewhere in the answer ("meh. 3 because you ignored…", "klart… 5 för övrigt",
 * "tja, en 4:a blir det", "id give you a 2"): a lone 1–5, with its hedges, that no unit or count follows
 * and no port, time or place number word precedes.
 */
const LOOSE_SCORE = new RegExp(
  String.raw`(?<![\d.,:/a-z-])(?:(?:en|ett|a|an)\s+)?${SCORE}${AFTER}(?=\s*$|\s*[,.!:;?–—)](?!\d)|\s+(?:but|men|because|for|eftersom|since|for att|pga|cause|cuz|tbh|overall|totalt|sammantaget|blir det|far det bli|fick det bli|it is|it'?ll be|fran mig|from me|i alla fall|anyway|anyways|though|fast|da|then|kanske|maybe))`,
  'g',
);
/** Words after a number that make it a count or a measure, not a score. */
const NOT_SCORE_AFTER =
  /^\s*(?:ar|arg?|years?|yrs?|manader|months?|veckor|weeks?|dagar|days?|timmar|hours?|hrs?|h\b|min\w*|sek\w*|seconds?|ganger|times?|gang|enheter|devices?|datorer|computers?|telefoner|phones?|rum|rooms?|meter|m\b|mbit\w*|mb\w*|gb\w*|ghz|g\b|kr\b|kronor|sek\b|st\b|stycken|of them|av dem|barn|kids|people|personer|lampor|lights?|pm\b|am\b|o'?clock|tiden|ggr)/;
/** Words before a number that make it something else. */
const NOT_SCORE_BEFORE =
  /\b(?:port|kl|klockan|at|vid|nummer|number|no|nr|lan|version|v|channel|kanal|floor|vaning|after|efter|before|fore|in|om|within|inom|for|sedan|since|ago|last|senaste|forsta|first)\s*$/;

/**
 * A score that opens the answer and runs straight on into words about the help ("4 snabbt o bra, men svara på
 * frågan nästa gång", "3 pretty slow tbh"): the only number in the message, and no count or measure ("4 devices").
 */
const OPENING_SCORE = new RegExp(`^${ACK}${LABEL}${BEFORE}${SCORE}\\s+(?=\\p{L})`, 'u');
/** Words after an opening number that make it a count of things, not a score ("2 things", "1 more question"). */
const COUNTED =
  /^\s*(?:more|other|others|another|things?|questions?|issues?|problems?|saker|sak|grejer|grej|fragor|fraga|till|annan|andra|routers?|modem\w*|boxar|of)\b/;

function openingScore(folded: string): RegExpExecArray | null {
  const m = OPENING_SCORE.exec(folded);
  if (!m) return null;
  const after = folded.slice(m[0].length);
  if (NOT_SCORE_AFTER.test(after) || COUNTED.test(after)) return null;
  return (folded.replace(OUT_OF_FIVE, '').match(/\d+/g) ?? []).length === 1 ? m : null;
}

function looseScore(folded: string): RegExpExecArray | null {
  const found: RegExpExecArray[] = [];
  for (const m of folded.matchAll(LOOSE_SCORE)) {
    const at = m.index ?? 0;
    if (NOT_SCORE_AFTER.test(folded.slice(at + m[0].length))) continue;
    if (NOT_SCORE_BEFORE.test(folded.slice(0, at))) continue;
    found.push(m as RegExpExecArray);
  }
  // Another number beside it ("2.4 ghz or 5?", "2 or 3") leaves no one score; the five of "4 av 5" is no other.
  const digits = folded.replace(OUT_OF_FIVE, '').match(/\d+/g) ?? [];
  return found.length === 1 && digits.length === 1 ? found[0]! : null;
}

/** What stands around a score found inside the message: the other sentences, in the customer's words. */
function around(raw: string, at: number, length: number): string {
  const before = raw.slice(0, at);
  const after = raw.slice(at + length);
  // The sentence the score stands in goes with it ("3 because you ignored…", "5 för övrigt").
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
  const endAt = after.search(/[.!?]/);
  const tail = endAt < 0 ? '' : after.slice(endAt + 1);
  return `${before.slice(0, start)} ${tail}`.replace(/\s+/g, ' ').trim();
}

/**
 * The words that go with a score found inside the message: what follows it in its sentence and after ("ok funkar
 * det. 4, bra men först sa du …" → "bra men först sa du …", "Jag ger 3, det gick fort men …" → "det gick fort men
 * …"); when nothing follows it, the sentences before it ("Great help, thanks! 5"). The lead-in of the score's own
 * sentence ("I'd give you a 2") is no comment.
 */
function saidWith(raw: string, at: number, length: number): string {
  const after = raw
    .slice(at + length)
    .replace(/^[\s,.!:;–—)-]+/, '')
    .trim();
  if (/[\p{L}\p{N}]/u.test(after)) return after;
  const before = raw.slice(0, at);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
  return before.slice(0, start).trim();
}

/** The score in the answer and what stands beside it, or null when there is none (or more than one). */
export function scoreBeside(text: string): { score: number; rest: string } | null {
  const found = scoreIn(text);
  return found ? { score: found.score, rest: found.rest } : null;
}

/**
 * The customer's words that go with the score in the answer (its comment, before questions and requests are
 * left out: csat-comment.ts), or null when there is no one score. `scoreBeside`'s rest is what is handled as
 * what it is; these are what the score is given with.
 */
export function scoreSaid(text: string): string | null {
  return scoreIn(text)?.said ?? null;
}

function scoreIn(text: string): { score: number; rest: string; said: string } | null {
  const raw = cleanText(String(text ?? '').slice(0, 600)).trim();
  const folded = scoreWordsAsDigits(fold(raw));
  const m = LEADING_SCORE.exec(folded) ?? openingScore(folded);
  if (!m) {
    const loose = looseScore(folded);
    if (!loose) return null;
    const at = loose.index ?? 0;
    return {
      score: Number(loose[1]),
      rest: around(raw, at, loose[0].length),
      said: saidWith(raw, at, loose[0].length),
    };
  }
  // Folding keeps the length, so the rest is cut from the customer's own words.
  const rest = raw
    .slice(m[0].length)
    .replace(/^[\s,.!:;–—-]+/, '')
    .trim();
  return { score: Number(m[1]), rest, said: rest };
}
