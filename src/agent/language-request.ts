// "english please", "kan vi ta det på svenska?": the customer names the language they want.
import type { Language } from '../domain/index.js';

const ASKS: [Language, RegExp][] = [
  [
    'en',
    /^\W*(?:english|engelska)\W*$|\b(?:in english|english (?:please|pls|plz)|(?:can|could) (?:you|we) (?:\w+ ){0,2}(?:speak|talk|write|reply|answer|continue)(?: in)? english|på engelska|pa engelska|engelska tack)\b/i,
  ],
  [
    'sv',
    /^\W*(?:swedish|svenska)\W*$|\b(?:in swedish|swedish (?:please|pls|plz)|(?:can|could) (?:you|we) (?:\w+ ){0,2}(?:speak|talk|write|reply|answer|continue)(?: in)? swedish|på svenska|pa svenska|svenska tack)\b/i,
  ],
];

/** "I don't speak Swedish well" names a language without asking for it. */
const NOT_SPEAKING =
  /\b(?:don'?t|do not|cannot|can'?t|not|inte)\b[^.?!,]{0,15}\b(?:speak|talk|understand|prata|pratar|förstår|forstar)\b/i;

/** "förlåt, skrev på engelska", "sorry, typed that in english": what the customer did, not what they want. */
const REPORTED =
  /\b(?:skrev|skrivit|skriver|svarade|wrote|written|writing|typed|typing|replied|switched)\b[^.?!]{0,20}\b(?:på|pa|in|into|to)\s+(?:engelska|svenska|english|swedish)\b|\b(?:sorry|förlåt|forlat|ursäkta|ursakta)\b[^.?!]{0,20}\b(?:engelskan?|svenskan?|english|swedish)\b/i;

/**
 * "I can't take phone calls in Swedish yet", "inte på svenska": the language named in a sentence that says what
 * the customer cannot or will not do — never a wish for this conversation.
 */
const NEGATED_BEFORE =
  /\b(?:don'?t|do not|cannot|can'?t|not|never|no|inte|ej|aldrig|kan inte)\b[^.?!]{0,40}\b(?:english|swedish|engelska|svenska)\b/i;

/** The language the message asks for, when it asks for one (and only one). */
export function requestedLanguage(text: string): Language | null {
  if (NOT_SPEAKING.test(text) || REPORTED.test(text)) return null;
  const sentences = (text.match(/[^.?!]+[.?!]*/g) ?? []).filter((s) => !NEGATED_BEFORE.test(s));
  const hits = ASKS.filter(([, re]) => sentences.some((s) => re.test(s)));
  return hits.length === 1 ? hits[0][0] : null;
}
