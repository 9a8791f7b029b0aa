// "I want the fastest plan you have, 1000 Mbit?", "would 1000 even help over wifi?", "kostar det mer än 399 kr?",
// "kan ni ringa kl 17?" where the desk asks for the customer number or the PIN: numbers that are something else —
// a speed, a price, a port, a year, a signal level, a time, or a number inside a question about something else.
// Read as an identity answer they looked up a stranger or burnt a PIN try; a customer number or PIN is what the
// customer gives as one ("200 255", "kundnr 200255", "it's 200255.", "4711").
import { fold } from './normalize.js';
import { techQuestionOf } from './tech-questions.js';

const AMOUNT = String.raw`(?<![\d.,:/])-?\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d+)?(?![\d])|(?<![\d.,:/])-?\d+`;

/** A number with its unit after it (folded text): a price, a speed, a level, a share, a length of time. */
const WITH_UNIT = new RegExp(
  String.raw`(?:${AMOUNT})\s?(?:kr\b|kronor|sek\b|:-|mbit\w*|mbps|mb\/s|mb\b|megabit\w*|meg\b|gbit\w*|gbps|gb\b|gig\w*|kbit\w*|kbps|ghz|mhz|dbm\w*|db\b|ms\b|%|procent|percent|years?\b|manader|months?\b|dagar|days?\b|timmar|hours?\b|minuter|minutes?\b|mins?\b(?! pin)|sekunder|seconds?\b)`,
  'g',
);

/** A number named by the word before it: a port, a time, a price, a plan or a speed ("port 3074", "kl 17"). */
const NAMED_BEFORE =
  /\b(?:ports?|porten|portar|tcp|udp|kl\.?|klockan|kostar|costs?|price|pris\w*|upgrade to|uppgradera till|byta till|switch to|plan|abonnemang\w*|speed|hastighet\w*|model|modell\w*|version|firmware)\s+(?:about |cirka |ca |runt |around )?-?\d+/g;

/** A year after a word that dates it ("from 2019", "sedan 2020", "in 2018"). */
const YEAR_BEFORE =
  /\b(?:from|since|in|back in|year|fran|sedan|sen|innan|before|after|efter|arsmodell)\s+(?:19|20)\d\d\b/g;

/** A sentence that starts as a question (folded). */
const ASKS_START =
  /^(?:\W*(?:and|also|but|so|or|och|men|sa|eller|forresten|btw)\b)*\W*(?:would|will|does|do|did|is|are|can|could|should|how|why|what|whats|which|when|isn'?t|wouldn'?t|blir|ar|hjalper|kan|kommer|lonar|skulle|vad|hur|varfor|vilk\w*|nar|gor|spelar|funkar|gar|behover|racker)\b/;

/** "is it 200157?", "är det 4711 ni vill ha?": the identity answer offered as a question. */
const OFFERED = /^\W*(?:is it|is that|was it|it'?s|ar det|e det|e de|var det|det ar)\b/;

/** Words of the identity answer itself: a sentence naming them gives the number, it does not ask about another. */
const NAMES_IDENTITY =
  /\b(?:kund\w*|customer|account|konto\w*|pin\w*|kod\w*|code|nummer\w*|number|nr|digits|siffror)\b/;

/** A number inside a question about something else, words on both sides of it ("would 1000 even help?"). */
const EMBEDDED =
  /(?<=[a-z]\W*\s)\d+(?=\s+(?!(?:right|correct|ok|okay|ratt|korrekt|okej|then|da|now|nu|i think|tror|maybe|kanske|eller hur)\b)[a-z]{2,})/g;

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => m.replace(/\d/g, ' '));
}

/** A question's numbers that ask about something else are blanked (the other sentences are left as written). */
function withoutAskedNumbers(sentence: string): string {
  const s = sentence.trim();
  if (NAMES_IDENTITY.test(s) || OFFERED.test(s)) return sentence;
  if ((/\?\s*$/.test(s) || ASKS_START.test(s)) && techQuestionOf(s)) return sentence.replace(/\d/g, ' ');
  return ASKS_START.test(s) ? blank(sentence, EMBEDDED) : sentence;
}

/**
 * `text` with the digits of numbers that are no customer number or PIN turned into spaces; everything else as
 * written (the positions stay, so the rest reads as before).
 */
export function withoutOtherNumbers(text: string): string {
  const raw = String(text ?? '');
  const f = fold(raw);
  const masked = blank(blank(blank(f, WITH_UNIT), NAMED_BEFORE), YEAR_BEFORE)
    .split(/(?<=[.!?\n])/)
    .map(withoutAskedNumbers)
    .join('');
  if (masked.length !== raw.length) return masked;
  return [...raw].map((c, i) => (/\d/.test(c) && masked[i] === ' ' ? ' ' : c)).join('');
}
